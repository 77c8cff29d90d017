// Worker thread: analyses articles for a WorkerPool (see pool.ts).
import { type AnalyzeOptions, analyze } from '../analyze.js';
import type { AnalysisRecord } from '../record.js';
import { serve } from './pool.js';

export interface AnalyzeTask {
  text: string;
  options: AnalyzeOptions;
}

serve<AnalyzeTask, AnalysisRecord>(({ text, options }) => analyze(text, options));
