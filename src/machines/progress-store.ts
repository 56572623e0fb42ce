/** Saved progress through one scenario: the machine's state and context plus the ink state. */
import type { StoryLine, StoryOption, Alliance } from '../engine/story-runner.ts';
import type { ScoreReport } from '../engine/scoring.ts';
import type { Mode, PlayStyle } from '../lib/attempt-protocol.ts';

export type { Mode, PlayStyle };

export type TranscriptEntry =
  | { kind: 'line'; id: number; point: number; line: StoryLine }
  | { kind: 'you'; id: number; point: number; text: string };

/** One choice point as played: what was offered, what was chosen, and how to return to it. */
export interface PlayedPoint {
  /** The options in the order they were shown (src/engine/option-order.ts); each keeps its ink `index`. */
  options: StoryOption[];
  /**
   * Which of `options` was chosen, by its place among them: the form the scoring engine and the debrief read. What
   * is recorded and sent is the option's ink index (`options[chosen].index`), never this place.
   */
  chosen: number;
  /** ink state just before the choice, for rewinding. */
  inkBefore: string;
  /** How many transcript entries existed when the options were offered. */
  transcriptBefore: number;
  /** In respond-first play: what the trainee wrote before the options were shown. */
  response?: string;
  /** In respond-first play: the sources of the options marked closest to it (absent when the matcher was not there). */
  marked?: string[];
  /** In respond-first play: the trainee said no option was close to what they wrote, and picked anyway. */
  noneClose?: boolean;
}

/** The parts of the machine's context worth saving. */
export interface PlayContext {
  /** Identifies one play-through from its start; the finished attempt is recorded under it. */
  attemptId: string;
  mode: Mode;
  /** Seeds the order options are shown in (src/engine/option-order.ts); null in saves made before shuffling. */
  seed?: string | null;
  transcript: TranscriptEntry[];
  points: PlayedPoint[];
  options: StoryOption[];
  alliance: Alliance[];
  ending: string | null;
  reflection: string;
  report: ScoreReport | null;
  rewinds: number;
  /** The ink story's state now (inkjs state JSON); the Story object itself lives outside the machine. */
  ink: string | null;
  /** How the options are offered (issue 16); `choose` in saves made before respond-first play. */
  style?: PlayStyle;
  /** Respond-first: what the trainee is writing at the current point, kept so a reload resumes it half-written. */
  draft?: string;
  /** Respond-first: what they submitted at the current point, once the options are shown; null before. */
  response?: string | null;
  /**
   * Respond-first: the sources of the options marked closest to `response` at the current point; null when the
   * matcher could not be used (the options are shown unmarked, with a note).
   */
  marks?: string[] | null;
}

/** Where the save was made: `awaitingChoice` also covers writing a response first (the saved context says which). */
export type SavedPhase = 'awaitingChoice' | 'feedback' | 'reflection' | 'debrief';

export interface SavedProgress {
  version: 1;
  slug: string;
  storyHash: string;
  savedAt: string;
  phase: SavedPhase;
  play: PlayContext;
}

/** A finished attempt as the browser keeps it: enough for "best score" and the reflection. */
export interface AttemptSummary {
  id: string;
  slug: string;
  storyHash: string;
  mode: Mode;
  finishedAt: string;
  overall: number | null;
  band: string | null;
  incidents: number;
  reflection: string;
}

export interface ProgressStore {
  load(slug: string): SavedProgress | null;
  save(progress: SavedProgress): void;
  clear(slug: string): void;
  /** Adds or replaces (by id) a finished attempt. */
  recordAttempt(attempt: AttemptSummary): void;
  attempts(slug: string): AttemptSummary[];
}

/** localStorage keys: progress through a scenario, and its finished attempts. */
export const KEY = (slug: string) => `rapport:progress:${slug}`;
export const ATTEMPTS = (slug: string) => `rapport:attempts:${slug}`;

/** Progress kept in the browser's localStorage (guest practice stores nothing on a server). */
export function localProgressStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): ProgressStore {
  return {
    load(slug) {
      try {
        const raw = storage.getItem(KEY(slug));
        if (!raw) return null;
        const value = JSON.parse(raw) as SavedProgress;
        return value && value.version === 1 && value.slug === slug ? value : null;
      } catch {
        return null;
      }
    },
    save(progress) {
      try {
        storage.setItem(KEY(progress.slug), JSON.stringify(progress));
      } catch {
        // Storage full or disabled: play goes on; the player shows that progress is not being saved.
        throw new Error('progress could not be saved in this browser');
      }
    },
    clear(slug) {
      storage.removeItem(KEY(slug));
    },
    recordAttempt(attempt) {
      const list = this.attempts(attempt.slug).filter((a) => a.id !== attempt.id);
      storage.setItem(ATTEMPTS(attempt.slug), JSON.stringify([...list, attempt]));
    },
    attempts(slug) {
      try {
        const list = JSON.parse(storage.getItem(ATTEMPTS(slug)) ?? '[]') as AttemptSummary[];
        return Array.isArray(list) ? list : [];
      } catch {
        return [];
      }
    },
  };
}

export type LocalStatus =
  { state: 'not-started' } | { state: 'in-progress' } | { state: 'done'; best: number | null; attempts: number };

/** What the catalogue shows for a scenario: not started, in progress, or the best score so far. */
export function localStatus(store: ProgressStore, slug: string): LocalStatus {
  const attempts = store.attempts(slug);
  const saved = store.load(slug);
  if (saved && saved.phase !== 'debrief') return { state: 'in-progress' };
  if (attempts.length === 0) return { state: 'not-started' };
  const scores = attempts.flatMap((a) => (a.overall === null ? [] : [a.overall]));
  return { state: 'done', best: scores.length ? Math.max(...scores) : null, attempts: attempts.length };
}

/** An in-memory store, for tests and for browsers without storage. */
export function memoryProgressStore(): ProgressStore & {
  entries: Map<string, SavedProgress>;
  finished: AttemptSummary[];
} {
  const entries = new Map<string, SavedProgress>();
  const finished: AttemptSummary[] = [];
  return {
    entries,
    finished,
    load: (slug) => structuredClone(entries.get(slug) ?? null),
    save: (p) => void entries.set(p.slug, structuredClone(p)),
    clear: (slug) => void entries.delete(slug),
    recordAttempt: (a) => {
      const i = finished.findIndex((f) => f.id === a.id);
      if (i >= 0) finished[i] = a;
      else finished.push(a);
    },
    attempts: (slug) => finished.filter((a) => a.slug === slug),
  };
}
