/** The scenario machine's guards (scenario-machine.ts): named predicates on its context and the event. */
import type { SavedPhase } from './progress-store.ts';
import { composing, MIN_RESPONSE, type ScenarioContext, type ScenarioEvent } from './scenario-context.ts';

type On = { context: ScenarioContext };
type OnEvent = { context: ScenarioContext; event: ScenarioEvent };

export const scenarioGuards = {
  hasCurrentSave: ({ context }: On) => context.saved !== null && context.saved.storyHash === context.hash,
  hasStaleSave: ({ context }: On) => context.saved !== null && context.saved.storyHash !== context.hash,
  /** The story is an older version kept for the attempt begun on it (a new attempt loads the current one). */
  superseded: ({ context }: On) => context.superseded,
  isPractice: ({ context }: On) => context.mode === 'practice',
  storyFailed: ({ context }: On) => context.error !== null,
  storyEnded: ({ context }: On) => context.options.length === 0,
  /**
   * A new attempt from a point of this one: as a rewind, and never on an older version kept for the attempt begun on
   * it (the server records new attempts on the current version only).
   */
  canReplay: ({ context, event }: OnEvent) => !context.superseded && scenarioGuards.canRewind({ context, event }),
  /** Going back, in practice only, to a point on the path. */
  canRewind: ({ context, event }: OnEvent) =>
    context.mode === 'practice' &&
    'point' in event &&
    Number.isInteger(event.point) &&
    event.point >= 0 &&
    event.point < context.points.length,
  /** An option offered now. */
  validChoice: ({ context, event }: OnEvent) =>
    event.type === 'choice.select' &&
    Number.isInteger(event.index) &&
    context.options.some((o) => o.index === event.index),
  /** Respond-first, with the response at this point still to be written: the options stay hidden. */
  isComposing: ({ context }: On) => composing(context),
  /** A response long enough to show the options for. */
  responseLongEnough: ({ context }: On) => (context.draft ?? '').trim().length >= MIN_RESPONSE,
  savedPhaseIs: ({ context }: On, phase: SavedPhase) => context.saved?.phase === phase,
};
