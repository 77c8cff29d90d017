// The text stage: paragraphs, tokens, sentences and datelines, all stand-off.
import type { Doc } from '../doc.js';
import { datelines, paragraphs, sentences } from './segment.js';
import { norms, tokenize } from './tokenize.js';

export function textStage(doc: Doc): void {
  const paras = paragraphs(doc.text);
  const raw = tokenize(doc.text);
  const sents = sentences(doc.text, raw, paras);
  const sentence = new Int32Array(raw.length).fill(-1);
  sents.forEach((s, k) => {
    sentence.fill(k, s.tokenStart, s.tokenEnd);
  });
  doc.paragraphs = paras;
  doc.sentences = sents;
  doc.tokens = { ...raw, sentence, norm: norms(doc.text, raw) };
  doc.datelines = datelines(doc.text, paras);
}
