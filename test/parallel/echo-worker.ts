// A test worker: echoes, fails, or dies on demand.
import { serve } from '../../src/parallel/pool.js';

serve<{ op: 'echo' | 'fail' | 'die'; value: number }, number>(({ op, value }) => {
  if (op === 'fail') throw new Error(`failed on ${value}`);
  if (op === 'die') process.exit(3);
  return value * 2;
});
