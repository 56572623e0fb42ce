/**
 * The slice of wink-nlp the matcher reads, typed by shape so the engine imports nothing from wink: the
 * instance is made by `load.ts` (the only file that names the package) or by a test, and passed in.
 */

/** A token property reader from wink's `its` (its.lemma, its.stem, …): opaque to the matcher. */
export type TokenProperty = unknown;

export interface NlpTokens {
  out(property: TokenProperty): unknown[];
}

export interface NlpDoc {
  tokens(): NlpTokens;
}

/** What `winkNLP(model, ['sbd', 'pos', 'negation'])` returns, as far as the matcher uses it. */
export interface Nlp {
  readDoc(text: string): NlpDoc;
  its: {
    normal: TokenProperty;
    lemma: TokenProperty;
    stem: TokenProperty;
    pos: TokenProperty;
    type: TokenProperty;
    stopWordFlag: TokenProperty;
    negationFlag: TokenProperty;
  };
}

/** One word as wink reads it. */
export interface Token {
  /** Lower-cased, contractions expanded ("can't" → "can", "not"). */
  normal: string;
  lemma: string;
  stem: string;
  /** Universal POS tag: NOUN, VERB, AUX, PRON, … */
  pos: string;
  /** wink's token type: word, number, punctuation, emoji, … */
  type: string;
  stop: boolean;
  /** Inside the scope of a negation ("not", "never", "n't"), by wink's negation model. */
  negated: boolean;
}

export function tokenize(nlp: Nlp, text: string): Token[] {
  const tokens = nlp.readDoc(text).tokens();
  const { its } = nlp;
  const normal = tokens.out(its.normal) as string[];
  const lemma = tokens.out(its.lemma) as string[];
  const stem = tokens.out(its.stem) as string[];
  const pos = tokens.out(its.pos) as string[];
  const type = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as boolean[];
  const negated = tokens.out(its.negationFlag) as boolean[];
  return normal.map((n, i) => ({
    normal: n,
    lemma: lemma[i] ?? n,
    stem: stem[i] ?? n,
    pos: pos[i] ?? 'X',
    type: type[i] ?? 'word',
    stop: stop[i] ?? false,
    negated: negated[i] ?? false,
  }));
}
