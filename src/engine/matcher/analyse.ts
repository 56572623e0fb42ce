/**
 * A text as the matcher compares it: weighted terms (content lemmas and stems, marked when negated, and the
 * moves it makes as pseudo-words) and character trigrams of its content words (which survive typing
 * errors and word forms the lemmatiser does not join, "apologise" and "apology").
 */
import { INTENTS, intentsOf, type Intent } from './intents.ts';
import { tokenize, type Nlp, type Token } from './nlp.ts';

export interface Analysis {
  /**
   * Term → count. Content lemmas as `l:…`, their stems as `s:…` (negated ones prefixed `!`), stop words as `w:…`,
   * moves as `+move` / `-move`.
   */
  terms: Map<string, number>;
  /** Character trigram → count, over content words. */
  grams: Map<string, number>;
  intents: Set<Intent>;
  /** How many content words (not stop words, not punctuation) the text has. */
  contentWords: number;
  /** How many words, stop words included. */
  words: number;
}

const isWord = (t: Token) => (t.type === 'word' || t.type === 'number') && t.normal.length > 1;

const add = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export function analyse(nlp: Nlp, text: string): Analysis {
  const tokens = tokenize(nlp, text);
  const terms = new Map<string, number>();
  const grams = new Map<string, number>();
  let contentWords = 0;
  let words = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    words += 1;
    if (t.stop) {
      // Stop words ("you", "what", "not", "me") say little alone, but a short question is mostly made of them.
      add(terms, `w:${t.lemma}`);
      continue;
    }
    contentWords += 1;
    const neg = t.negated ? '!' : '';
    add(terms, `${neg}l:${t.lemma}`);
    if (t.stem !== t.lemma) add(terms, `${neg}s:${t.stem}`);
    const padded = ` ${t.normal} `;
    for (let i = 0; i + 3 <= padded.length; i++) add(grams, padded.slice(i, i + 3));
  }
  const intents = intentsOf(tokens);
  for (const intent of INTENTS) add(terms, `${intents.has(intent) ? '+' : '-'}${intent}`);
  return { terms, grams, intents, contentWords, words };
}
