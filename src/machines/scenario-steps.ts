/**
 * What the scenario machine's actions do to its context, as plain functions of the story runner and the context,
 * with no XState in them: the scenario machine (scenario-machine.ts) runs them as its actions, and the player's
 * opening (scenario-opening.ts) runs the same ones up to the first choice, before the machine's code has loaded.
 * One implementation, so both reach the same context by the same events.
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import { orderOptions } from '../engine/option-order.ts';
import type { StoryRunner } from '../engine/story-runner.ts';
import type {
  Mode,
  PlayContext,
  PlayedPoint,
  PlayStyle,
  ProgressStore,
  SavedPhase,
  TranscriptEntry,
} from './progress-store.ts';
import { emptyPlay, noResponse, progressOf, type ScenarioContext, type ScenarioEvent } from './scenario-context.ts';

/**
 * Marks a context whose ink state is the runner's own, not yet written out: `chosen` leaves it when told the story goes
 * straight on (`advanced` writes the state then, as it always does), which saves writing the whole state twice per
 * click. Never saved or handed on: `advanced` replaces it before anything else reads the context.
 */
const AT_RUNNER = '@runner';

/** The runner, positioned at the ink state the context records (the runner skips the load when it is there). */
export function positioned(runner: StoryRunner, c: ScenarioContext): StoryRunner {
  if (c.ink === AT_RUNNER) return runner;
  if (c.ink === null) runner.reset();
  else runner.loadState(c.ink);
  return runner;
}

/** What a loaded bundle puts in the context. */
export const loadedContext = (bundle: ScenarioBundle): Partial<ScenarioContext> => ({
  meta: bundle.meta,
  rubric: bundle.rubric,
  hash: bundle.hash,
  superseded: bundle.superseded === true,
  map: bundle.map ?? null,
  pathPoints: bundle.points,
  error: null,
});

/** A new play-through, before its first line: `seed` orders its options (src/engine/option-order.ts). */
export const freshPlay = (mode: Mode, style: PlayStyle, attemptId: string, seed: string): Partial<ScenarioContext> => ({
  ...emptyPlay(mode, attemptId, seed, style),
  error: null,
  notice: null,
  nextId: 0,
});

/** Runs the story to its next choice point or its end, adding its lines to the transcript. */
export function advanced(runner: StoryRunner, context: ScenarioContext): Partial<ScenarioContext> {
  try {
    const r = positioned(runner, context);
    const step = r.step();
    const point = context.points.length;
    let id = context.nextId;
    const added: TranscriptEntry[] = step.lines.map((line) => ({ kind: 'line', id: id++, point, line }));
    const alliance = r.alliance();
    return {
      ink: r.saveState(),
      transcript: [...context.transcript, ...added],
      options: orderOptions(step.options, context.seed, context.points.length),
      ending: step.ending ?? context.ending,
      alliance: alliance ? [...context.alliance, alliance] : context.alliance,
      nextId: id,
      ...noResponse,
    };
  } catch (error) {
    return { error: (error as Error).message, options: [] };
  }
}

/**
 * The option `event` names is chosen: the point is kept (with the ink state before it, for a rewind). With `next`,
 * the caller advances the story at once (assessment play, in the opening): the ink state after the choice is left
 * unwritten (AT_RUNNER), since `advanced` writes the state after the next lines anyway.
 */
export function chosen(
  runner: StoryRunner,
  context: ScenarioContext,
  event: ScenarioEvent,
  next = false,
): Partial<ScenarioContext> {
  if (event.type !== 'choice.select') return {};
  const r = positioned(runner, context);
  // The context's ink is the state the options were offered at (saved by `advanced`, or restored), which is where
  // the runner now is: no need to write it out again.
  const inkBefore = context.ink ?? r.saveState();
  const option = context.options.find((o) => o.index === event.index)!;
  const played: PlayedPoint = {
    options: context.options,
    chosen: context.options.indexOf(option),
    inkBefore,
    transcriptBefore: context.transcript.length,
  };
  if (context.style === 'respond-first' && context.response) {
    played.response = context.response;
    if (context.marks) played.marked = context.marks;
    if (event.noneClose) played.noneClose = true;
  }
  const you: TranscriptEntry = { kind: 'you', id: context.nextId, point: context.points.length, text: option.text };
  try {
    // Going straight on, the step a look-ahead worked out (lookedAhead) is taken with the choice, and `advanced`
    // then only shows it.
    if (next) r.chooseAhead(event.index);
    else r.choose(event.index);
  } catch (error) {
    return { error: (error as Error).message };
  }
  return {
    ink: next ? AT_RUNNER : r.saveState(),
    points: [...context.points, played],
    transcript: [...context.transcript, you],
    options: [],
    nextId: context.nextId + 1,
    ...noResponse,
  };
}

/**
 * While the trainee reads: what each option on offer leads to (or, after a choice in practice, the next step) is
 * worked out and kept by the runner, so the click that follows only shows it (StoryRunner.lookAhead). Changes nothing
 * in the context; a failure here is met again, and reported, when the choice is really made.
 */
export function lookedAhead(runner: StoryRunner, context: ScenarioContext): void {
  if (context.ink === null || context.ink === AT_RUNNER || context.error !== null) return;
  try {
    positioned(runner, context).lookAhead();
  } catch {
    // Nothing is kept; the real choice takes the ordinary way.
  }
}

/** Saves the progress at `phase`; says whether it could be saved. */
export function persisted(
  store: ProgressStore,
  context: ScenarioContext,
  phase: SavedPhase,
  at: Date,
): Pick<ScenarioContext, 'saving'> {
  try {
    store.save(progressOf(context, phase, at));
    return { saving: 'saved' };
  } catch {
    return { saving: 'not-saved' };
  }
}

/**
 * The ink states of a play-through saved before the story had loaded (the player's opening answers the first choice
 * from the page, and saves it with no ink state): the story is run again through the choices made, by their ink
 * index, to where the save was made (`phase`: just after the last choice for feedback, else the point after it).
 */
export function rebuiltInk(
  runner: StoryRunner,
  play: PlayContext,
  phase: SavedPhase,
): Pick<PlayContext, 'points' | 'ink'> {
  runner.reset();
  const points = play.points.map((p) => {
    runner.step();
    const inkBefore = runner.saveState();
    runner.choose(p.options[p.chosen]!.index);
    return { ...p, inkBefore };
  });
  if (phase !== 'feedback' || points.length === 0) runner.step();
  return { points, ink: runner.saveState() };
}

/** A save made before the story had loaded, whose ink states must be rebuilt (`rebuiltInk`). */
export const savedWithoutInk = (play: PlayContext): boolean => play.ink === null && play.transcript.length > 0;
