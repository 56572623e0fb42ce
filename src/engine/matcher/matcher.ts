/**
 * The respond-first matcher (issue 16): ranks the options offered at a choice point by how close each is to
 * what the trainee wrote. Everything runs on the device: wink-nlp reads the words (tokens, lemmas, stems,
 * stop words, negation), and this file combines two standard measures over the point's options alone:
 *
 * - BM25 of the response against each option, over content lemmas and stems and the moves each text makes
 *   (`intents.ts`), with inverse document frequency taken across the point's options: a word or move that
 *   every option shares weighs nothing, one that only one option has weighs most;
 * - cosine similarity of character trigrams (TF-IDF over the same options), for misspellings and word forms.
 *
 * Each is scaled to the best option at the point, then mixed. The result is deterministic, depends only on
 * the set of options (not their order), and a response too short to judge marks nothing.
 */
import { analyse, type Analysis } from './analyse.ts';
import type { Nlp } from './nlp.ts';

export interface MatchOption {
  /** The option's ink source path: its identity. */
  source: string;
  text: string;
}

export interface RankedOption {
  source: string;
  /** 0–1, relative to the best option at this point (the best has 1, unless nothing matched: then all 0). */
  score: number;
  /** Close enough to show as matching what the trainee wrote. */
  marked: boolean;
}

export interface Matcher {
  /** The options from closest to farthest (ties by source), with their scores and marks. */
  rank(response: string, options: readonly MatchOption[]): RankedOption[];
}

export interface MatcherSettings {
  /** BM25's term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
  /** Weight of the trigram similarity beside BM25 (BM25 weighs 1). */
  gramWeight: number;
  /** Weight of a move's pseudo-word, and of a stop word, against a content word's. */
  intentWeight: number;
  stopWeight: number;
  /**
   * A response with fewer words than this is too short to judge: every score 0, nothing marked. One that shares
   * no content word with any option is ranked, but marks nothing.
   */
  minWords: number;
  /** Options scoring at least this share of the best are marked (at most `maxMarks`). */
  markShare: number;
  maxMarks: number;
}

export const DEFAULT_SETTINGS: MatcherSettings = {
  k1: 1.2,
  b: 0.75,
  gramWeight: 0.5,
  intentWeight: 1,
  stopWeight: 0.3,
  minWords: 2,
  markShare: 0.8,
  maxMarks: 2,
};

const isIntent = (term: string) => term.startsWith('+') || term.startsWith('-');
const isContent = (term: string) => /^!?[ls]:/.test(term);
const weightOf = (term: string, s: MatcherSettings) =>
  isIntent(term) ? s.intentWeight : term.startsWith('w:') ? s.stopWeight : 1;

/** Inverse document frequency over the point's options, ln(N / df): what every option shares weighs exactly 0. */
const idf = (n: number, df: number) => (df > 0 ? Math.log(n / df) : 0);

function documentFrequencies(docs: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

function bm25(query: Analysis, docs: readonly Analysis[], s: MatcherSettings): number[] {
  const df = documentFrequencies(docs.map((d) => d.terms));
  const lengths = docs.map((d) => d.contentWords);
  const avg = lengths.reduce((a, b) => a + b, 0) / docs.length || 1;
  return docs.map((doc, i) => {
    let score = 0;
    for (const term of query.terms.keys()) {
      const f = doc.terms.get(term);
      if (!f) continue;
      const weight = weightOf(term, s);
      score +=
        weight *
        idf(docs.length, df.get(term)!) *
        ((f * (s.k1 + 1)) / (f + s.k1 * (1 - s.b + (s.b * lengths[i]!) / avg)));
    }
    return score;
  });
}

function gramCosine(query: Analysis, docs: readonly Analysis[]): number[] {
  const df = documentFrequencies(docs.map((d) => d.grams));
  const weigh = (grams: Map<string, number>) => {
    const v = new Map<string, number>();
    for (const [g, f] of grams) {
      const w = f * idf(docs.length, df.get(g) ?? 0);
      if (w > 0) v.set(g, w);
    }
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0));
  const q = weigh(query.grams);
  const qn = norm(q);
  return docs.map((doc) => {
    const d = weigh(doc.grams);
    const dn = norm(d);
    if (qn === 0 || dn === 0) return 0;
    let dot = 0;
    for (const [g, w] of q) dot += w * (d.get(g) ?? 0);
    return dot / (qn * dn);
  });
}

const scaled = (xs: number[]) => {
  const max = Math.max(0, ...xs);
  return xs.map((x) => (max > 0 ? x / max : 0));
};

const bySource = (a: { source: string }, b: { source: string }) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : 0;

export function createMatcher(nlp: Nlp, settings: Partial<MatcherSettings> = {}): Matcher {
  const s = { ...DEFAULT_SETTINGS, ...settings };
  // Options come back at every visit of a point: read each text once.
  const cache = new Map<string, Analysis>();
  const read = (text: string) => {
    let a = cache.get(text);
    if (!a) {
      if (cache.size > 2000) cache.clear();
      a = analyse(nlp, text);
      cache.set(text, a);
    }
    return a;
  };

  return {
    rank(response, options) {
      // Sorted by source first, so every sum below runs in the same order whatever order the options came in.
      const sorted = [...options].sort(bySource);
      const query = analyse(nlp, response);
      if (query.words < s.minWords || sorted.length === 0) {
        return sorted.map((o) => ({ source: o.source, score: 0, marked: false }));
      }
      const docs = sorted.map((o) => read(o.text));
      const lexical = scaled(bm25(query, docs, s));
      const grams = scaled(gramCosine(query, docs));
      const combined = scaled(lexical.map((x, i) => x + s.gramWeight * grams[i]!));
      // Moves alone ("a question", "no apology") are too thin to show as a match: mark only when the response
      // shares a content word with some option.
      const evidence = docs.some((d) => [...query.terms.keys()].some((t) => isContent(t) && d.terms.has(t)));
      const ranked = sorted
        .map((o, i) => ({ source: o.source, score: combined[i]! }))
        .sort((a, b) => b.score - a.score || bySource(a, b));
      return ranked.map((r, i) => ({
        ...r,
        marked: evidence && r.score > 0 && i < s.maxMarks && r.score >= s.markShare,
      }));
    },
  };
}
