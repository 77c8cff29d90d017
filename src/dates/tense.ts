// Rough tense of the clause around a token: is the nearest verb form a future one (« se rendra »,
// « va signer », « doit annoncer ») or a past/present one (« a annoncé », « annonce »)? News reports
// past events by default, so without any marker the answer is « not future ».
import lexicon from '../../data/fr/dates.json' with { type: 'json' };
import type { Doc } from '../doc.js';

const FUTURE_FORMS = new Set(lexicon.futureForms);
const FUTURE_AUX = new Set(lexicon.futureAuxiliaries);
const NOT_VERBS = new Set(lexicon.futureNotVerbs);
const NEXT = new Set(lexicon.next);
const PAST_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'eut', 'est', 'sont', 'etait', 'etaient', 'fut']);
// Simple future endings after a consonant + r: annoncera, signeront, prendra, rendrons.
const FUTURE_ENDING = /^[a-z'-]{2,}[^aeiouy]e?r(?:a|ont|ons|ez|ai|as)$/;
const INFINITIVE = /(?:er|ir|re|oir)$/;
const PARTICIPLE = /(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|it|ert|erts|ainte?s?|eint)$/;

export function isFutureForm(norm: string): boolean {
  return FUTURE_FORMS.has(norm) || (FUTURE_ENDING.test(norm) && !NOT_VERBS.has(norm));
}

function marker(doc: Doc, i: number): 'future' | 'past' | null {
  const n = doc.tokens.norm;
  const w = n[i]!;
  if (NEXT.has(w)) return 'future';
  if (isFutureForm(w)) return 'future';
  if (FUTURE_AUX.has(w) && INFINITIVE.test(n[i + 1] ?? '')) return 'future';
  if (PAST_AUX.has(w) && PARTICIPLE.test(n[i + 1] ?? '') && (n[i + 1] ?? '').length > 2) return 'past';
  return null;
}

/** Whether the clause around token `at` (within its sentence, up to `window` tokens) is in the future. */
export function isFutureAround(doc: Doc, at: number, window = 8): boolean {
  const s = doc.sentences[doc.tokens.sentence[at]!];
  if (!s) return false;
  for (let k = 1; k <= window; k++) {
    for (const i of [at - k, at + k]) {
      if (i < s.tokenStart || i >= s.tokenEnd) continue;
      const m = marker(doc, i);
      if (m) return m === 'future';
    }
  }
  return false;
}
