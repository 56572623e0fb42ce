/**
 * The scenario machine's context and events (scenario-machine.ts), and the pure functions that build its context:
 * the fresh one, a play-through's start, a rewind, and what is saved to storage. None of them runs the story.
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import type { AttemptSummary, Mode, PlayContext, PlayStyle, SavedPhase, SavedProgress } from './progress-store.ts';

export interface ScenarioInput {
  slug: string;
  mode?: Mode;
  style?: PlayStyle;
}

/** Respond-first: the fewest characters a response needs before the options are shown (a few words, not one). */
export const MIN_RESPONSE = 15;
/** Respond-first: the most a response may hold (what the attempt protocol stores). */
export const MAX_RESPONSE = 2_000;

export interface ScenarioContext extends PlayContext {
  slug: string;
  meta: ScenarioBundle['meta'] | null;
  rubric: ScenarioBundle['rubric'] | null;
  hash: string | null;
  /** The story loaded is an older version kept for an attempt begun on it; a new attempt loads the current one. */
  superseded: boolean;
  /** The branch map from the bundle, for the debrief. */
  map: Exclude<ScenarioBundle['map'], undefined>;
  /** Fewest and most choice points on a path of this story, for the progress indication. */
  pathPoints: ScenarioBundle['points'];
  /** Progress found in storage for this scenario and this story version. */
  saved: SavedProgress | null;
  /** A plain-language message for the trainee (a stale save, a failed load, a story error). */
  notice: string | null;
  error: string | null;
  /** How the last save to storage went: `idle` before any, `saved`, or `not-saved` when it failed. */
  saving: 'saved' | 'not-saved' | 'idle';
  nextId: number;
}

export type ScenarioEvent =
  | { type: 'scenario.retry' }
  | { type: 'save.resume' }
  | { type: 'save.discard' }
  | { type: 'briefing.start'; mode?: Mode; style?: PlayStyle }
  | { type: 'response.edit'; text: string }
  | { type: 'response.submit' }
  /** Respond-first: show the options now, unmarked, without waiting for the matcher to load. */
  | { type: 'response.skipMatching' }
  /** `noneClose`: in respond-first play, the trainee said no option was close to what they wrote. */
  | { type: 'choice.select'; index: number; noneClose?: boolean }
  | { type: 'choice.rewind'; point: number }
  | { type: 'feedback.continue' }
  /** The page is idle: work out what the next click leads to (StoryRunner.lookAhead). Changes nothing shown. */
  | { type: 'story.lookAhead' }
  | { type: 'scenario.stepOut' }
  | { type: 'scenario.resume' }
  | { type: 'scenario.leave' }
  | { type: 'scenario.restart' }
  | { type: 'reflection.submit'; text: string }
  | { type: 'debrief.replayFrom'; point: number };

/** A play-through before its first line. */
export const emptyPlay = (
  mode: Mode,
  attemptId: string,
  seed: string | null = null,
  style: PlayStyle = 'choose',
): PlayContext => ({
  attemptId,
  mode,
  seed,
  style,
  ...noResponse,
  transcript: [],
  points: [],
  options: [],
  alliance: [],
  ending: null,
  reflection: '',
  report: null,
  rewinds: 0,
  ink: null,
});

/** Respond-first: nothing written or shown yet at the current point. */
export const noResponse = { draft: '', response: null, marks: null } as const satisfies Partial<PlayContext>;

/** The context before the scenario's bundle has loaded. */
export const initialContext = (input: ScenarioInput): ScenarioContext => ({
  ...emptyPlay(input.mode ?? 'practice', '', null, input.style ?? 'choose'),
  slug: input.slug,
  meta: null,
  rubric: null,
  hash: null,
  superseded: false,
  map: null,
  pathPoints: null,
  saved: null,
  notice: null,
  error: null,
  saving: 'idle',
  nextId: 0,
});

/** The attempt's seed, for a recorded start: absent in attempts saved before options were shuffled. */
export const seedOf = (c: PlayContext): { seed?: string } => (c.seed ? { seed: c.seed } : {});

/** The play-through part of the context, as it is saved. */
export const playOf = (c: ScenarioContext): PlayContext => ({
  attemptId: c.attemptId,
  mode: c.mode,
  seed: c.seed ?? null,
  style: c.style ?? 'choose',
  draft: c.draft ?? '',
  response: c.response ?? null,
  marks: c.marks ?? null,
  transcript: c.transcript,
  points: c.points,
  options: c.options,
  alliance: c.alliance,
  ending: c.ending,
  reflection: c.reflection,
  report: c.report,
  rewinds: c.rewinds,
  ink: c.ink,
});

/** Progress to save at `phase`. */
export const progressOf = (c: ScenarioContext, phase: SavedPhase, at: Date): SavedProgress => ({
  version: 1,
  slug: c.slug,
  storyHash: c.hash!,
  savedAt: at.toISOString(),
  phase,
  play: playOf(c),
});

/** The finished attempt, as the browser keeps it. */
export const attemptSummaryOf = (c: ScenarioContext, at: Date): AttemptSummary => ({
  id: c.attemptId,
  slug: c.slug,
  storyHash: c.hash!,
  mode: c.mode,
  finishedAt: at.toISOString(),
  overall: c.report?.overall ?? null,
  band: c.report?.band ?? null,
  incidents: c.report?.incidents.length ?? 0,
  reflection: c.reflection,
});

/** The play-through a save holds, with transcript ids going on after its last (a save from before respond-first chose). */
export const restoredPlay = (saved: SavedProgress): Partial<ScenarioContext> => {
  const ids = saved.play.transcript.map((e) => e.id);
  return { style: 'choose', ...noResponse, ...saved.play, notice: null, nextId: ids.length ? Math.max(...ids) + 1 : 0 };
};

/** Whether the trainee is still to write their response at the current point (respond-first). */
export const composing = (c: PlayContext): boolean => c.style === 'respond-first' && (c.response ?? null) === null;

/** Returns to the moment point `n` was offered: ink state, transcript and alliance as they were. */
export const rewindTo = (c: ScenarioContext, n: number): Partial<ScenarioContext> => {
  const point = c.points[n]!;
  return {
    ink: point.inkBefore,
    points: c.points.slice(0, n),
    transcript: c.transcript.slice(0, point.transcriptBefore),
    alliance: c.alliance.slice(0, n + 1),
    options: point.options,
    // Respond-first: back to writing at that point, afresh.
    ...noResponse,
    ending: null,
    report: null,
    rewinds: c.rewinds + 1,
    error: null,
  };
};
