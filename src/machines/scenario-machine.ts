/**
 * The scenario machine: loading → briefing → playing (narrating / awaiting a choice / feedback) →
 * reflection → debrief, with resume, rewind, step-out and error states.
 *
 * The ink Story runs in a StoryRunner that this factory closes over; the machine's context holds plain
 * data only, including the ink state as JSON text. Every action that runs the story first loads the
 * state from context and writes the new state back, so a transition depends on context alone: the
 * machine can be saved, restored and traversed by model-based tests like any pure machine.
 *
 * With a `recorder` (someone is signed in), the attempt is also told to the server as it happens: its start,
 * every choice with the point it was made at, and the reflection. A replay from the debrief is a new
 * attempt, whose first choices are the ones replayed. Without one (guests, the authoring preview) nothing
 * leaves the browser.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { ScenarioBundle } from '../engine/bundle.ts';
import { orderOptions } from '../engine/option-order.ts';
import { scoreAttempt } from '../engine/scoring.ts';
import { StoryRunner } from '../engine/story-runner.ts';
import type { Mode, PlayContext, ProgressStore, SavedPhase, SavedProgress, TranscriptEntry } from './progress-store.ts';
import type { AttemptRecorder } from './recorder.ts';

export interface ScenarioInput {
  slug: string;
  mode?: Mode;
}

export interface ScenarioContext extends PlayContext {
  slug: string;
  meta: ScenarioBundle['meta'] | null;
  rubric: ScenarioBundle['rubric'] | null;
  hash: string | null;
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
  | { type: 'briefing.start'; mode?: Mode }
  | { type: 'choice.select'; index: number }
  | { type: 'choice.rewind'; point: number }
  | { type: 'feedback.continue' }
  | { type: 'scenario.stepOut' }
  | { type: 'scenario.resume' }
  | { type: 'scenario.leave' }
  | { type: 'scenario.restart' }
  | { type: 'reflection.submit'; text: string }
  | { type: 'debrief.replayFrom'; point: number };

export interface ScenarioDeps {
  loadBundle: (slug: string) => Promise<ScenarioBundle>;
  store: ProgressStore;
  now?: () => Date;
  /** A fresh attempt id; random by default. */
  newId?: () => string;
  /** Records attempts on the server; absent for guests and the authoring preview. */
  recorder?: AttemptRecorder | undefined;
}

const emptyPlay = (mode: Mode, attemptId: string, seed: string | null = null): PlayContext => ({
  attemptId,
  mode,
  seed,
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

const seedOf = (c: PlayContext): { seed?: string } => (c.seed ? { seed: c.seed } : {});

export function createScenarioMachine(deps: ScenarioDeps) {
  let runner: StoryRunner | null = null;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const recorder = deps.recorder;
  const need = (): StoryRunner => {
    if (!runner) throw new Error('the story is not loaded');
    return runner;
  };

  const playOf = (c: ScenarioContext): PlayContext => ({
    attemptId: c.attemptId,
    mode: c.mode,
    seed: c.seed ?? null,
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

  /** The runner, positioned at the ink state the context records. */
  const at = (c: ScenarioContext): StoryRunner => {
    const r = need();
    if (c.ink === null) r.reset();
    else r.loadState(c.ink);
    return r;
  };

  /** Returns to the moment point `n` was offered: ink state, transcript and alliance as they were. */
  const rewindTo = (c: ScenarioContext, n: number): Partial<ScenarioContext> => {
    const point = c.points[n]!;
    return {
      ink: point.inkBefore,
      points: c.points.slice(0, n),
      transcript: c.transcript.slice(0, point.transcriptBefore),
      alliance: c.alliance.slice(0, n + 1),
      options: point.options,
      ending: null,
      report: null,
      rewinds: c.rewinds + 1,
      error: null,
    };
  };

  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      input: {} as ScenarioInput,
    },
    actors: {
      loadBundle: fromPromise<ScenarioBundle, { slug: string }>(({ input }) => deps.loadBundle(input.slug)),
    },
    guards: {
      hasCurrentSave: ({ context }) => context.saved !== null && context.saved.storyHash === context.hash,
      hasStaleSave: ({ context }) => context.saved !== null && context.saved.storyHash !== context.hash,
      isPractice: ({ context }) => context.mode === 'practice',
      storyFailed: ({ context }) => context.error !== null,
      storyEnded: ({ context }) => context.options.length === 0,
      canRewind: ({ context, event }) =>
        context.mode === 'practice' &&
        'point' in event &&
        Number.isInteger(event.point) &&
        event.point >= 0 &&
        event.point < context.points.length,
      validChoice: ({ context, event }) =>
        event.type === 'choice.select' &&
        Number.isInteger(event.index) &&
        context.options.some((o) => o.index === event.index),
      savedPhaseIs: ({ context }, phase: SavedPhase) => context.saved?.phase === phase,
    },
    actions: {
      findSave: assign(({ context }) => ({ saved: deps.store.load(context.slug) })),
      noteStaleSave: assign(({ context }) => {
        deps.store.clear(context.slug);
        return {
          saved: null,
          notice:
            'This scenario has been revised since you last played it, so your saved progress no longer fits it. You are starting afresh.',
        };
      }),
      discardSave: assign(({ context }) => {
        deps.store.clear(context.slug);
        return { saved: null };
      }),
      restoreSave: assign(({ context }) => {
        const saved = context.saved!;
        const ids = saved.play.transcript.map((e) => e.id);
        return { ...saved.play, notice: null, nextId: ids.length ? Math.max(...ids) + 1 : 0 };
      }),
      startFresh: assign(({ context, event }) => {
        const mode = event.type === 'briefing.start' && event.mode ? event.mode : context.mode;
        deps.store.clear(context.slug);
        // A fresh seed per attempt: the options are shown in a new order each time the scenario is played.
        return { ...emptyPlay(mode, newId(), newId()), error: null, notice: null, nextId: 0 };
      }),
      advance: assign(({ context }) => {
        try {
          const r = at(context);
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
          };
        } catch (error) {
          return { error: (error as Error).message, options: [] };
        }
      }),
      choose: assign(({ context, event }) => {
        if (event.type !== 'choice.select') return {};
        const r = at(context);
        const inkBefore = r.saveState();
        const option = context.options.find((o) => o.index === event.index)!;
        const played = {
          options: context.options,
          chosen: context.options.indexOf(option),
          inkBefore,
          transcriptBefore: context.transcript.length,
        };
        const you: TranscriptEntry = { kind: 'you', id: context.nextId, point: context.points.length, text: option.text };
        try {
          r.choose(event.index);
        } catch (error) {
          return { error: (error as Error).message };
        }
        return {
          ink: r.saveState(),
          points: [...context.points, played],
          transcript: [...context.transcript, you],
          options: [],
          nextId: context.nextId + 1,
        };
      }),
      rewind: assign(({ context, event }) => ('point' in event ? rewindTo(context, event.point) : {})),
      /** A replay from the debrief is recorded as a new attempt (the finished one stays as it was). */
      beginReplay: assign(() => (recorder ? { attemptId: newId(), rewinds: 0 } : {})),
      recordStart: ({ context }) => {
        recorder?.start({ attemptId: context.attemptId, scenario: context.slug, storyHash: context.hash!, mode: context.mode, ...seedOf(context) });
      },
      recordChoice: ({ context }) => {
        const point = context.points.at(-1);
        if (!recorder || context.error !== null || !point) return;
        const option = point.options[point.chosen]!;
        recorder.choice(context.attemptId, { point: context.points.length - 1, index: option.index, text: option.text });
      },
      /** The start of a replay's attempt and the choices it replays, up to the point it goes on from. */
      recordReplay: ({ context }) => {
        if (!recorder) return;
        // The replay keeps the seed, so the points it replays keep the order the trainee saw them in.
        recorder.start({ attemptId: context.attemptId, scenario: context.slug, storyHash: context.hash!, mode: context.mode, ...seedOf(context) });
        context.points.forEach((p, point) => {
          const option = p.options[p.chosen]!;
          recorder.choice(context.attemptId, { point, index: option.index, text: option.text });
        });
      },
      recordComplete: ({ context }) => {
        recorder?.complete(context.attemptId, context.reflection);
      },
      keepReflection: assign(({ event }) => (event.type === 'reflection.submit' ? { reflection: event.text.trim() } : {})),
      score: assign(({ context }) => ({
        report: scoreAttempt(context.rubric!, context.points.map((p) => ({ options: p.options, chosen: p.chosen }))),
      })),
      persist: assign(({ context }, phase: SavedPhase) => {
        try {
          deps.store.save({
            version: 1,
            slug: context.slug,
            storyHash: context.hash!,
            savedAt: now().toISOString(),
            phase,
            play: playOf(context),
          });
          return { saving: 'saved' as const };
        } catch {
          return { saving: 'not-saved' as const };
        }
      }),
      recordAttempt: ({ context }) => {
        try {
          deps.store.recordAttempt({
            id: context.attemptId,
            slug: context.slug,
            storyHash: context.hash!,
            mode: context.mode,
            finishedAt: now().toISOString(),
            overall: context.report?.overall ?? null,
            band: context.report?.band ?? null,
            incidents: context.report?.incidents.length ?? 0,
            reflection: context.reflection,
          });
        } catch {
          // The debrief still shows; only the local record is missing.
        }
      },
    },
  }).createMachine({
    id: 'scenario',
    context: ({ input }) => ({
      ...emptyPlay(input.mode ?? 'practice', ''),
      slug: input.slug,
      meta: null,
      rubric: null,
      hash: null,
      map: null,
      pathPoints: null,
      saved: null,
      notice: null,
      error: null,
      saving: 'idle',
      nextId: 0,
    }),
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          id: 'loadBundle',
          src: 'loadBundle',
          input: ({ context }) => ({ slug: context.slug }),
          onDone: {
            target: 'checkingSave',
            actions: assign(({ event }) => {
              runner = new StoryRunner(event.output.ink as object);
              if (event.output.start) runner.startAt(event.output.start.path, event.output.start.variables);
              return { meta: event.output.meta, rubric: event.output.rubric, hash: event.output.hash, map: event.output.map ?? null, pathPoints: event.output.points, error: null };
            }),
          },
          onError: {
            target: 'loadFailed',
            actions: assign(({ event }) => ({
              error: `The scenario could not be loaded (${(event.error as Error)?.message ?? 'unknown error'}). Check your connection and try again.`,
            })),
          },
        },
      },
      loadFailed: {
        on: { 'scenario.retry': { target: 'loading', actions: assign({ error: null }) } },
      },
      checkingSave: {
        entry: 'findSave',
        always: [
          { guard: 'hasCurrentSave', target: 'resumeOffer' },
          { guard: 'hasStaleSave', target: 'briefing', actions: 'noteStaleSave' },
          { target: 'briefing' },
        ],
      },
      resumeOffer: {
        on: {
          'save.resume': 'restoring',
          'save.discard': { target: 'briefing', actions: 'discardSave' },
        },
      },
      restoring: {
        entry: 'restoreSave',
        always: [
          { guard: { type: 'savedPhaseIs', params: 'feedback' }, target: 'playing.feedback' },
          { guard: { type: 'savedPhaseIs', params: 'reflection' }, target: 'reflection' },
          { guard: { type: 'savedPhaseIs', params: 'debrief' }, target: 'debrief' },
          { target: 'playing.awaitingChoice' },
        ],
        exit: assign({ saved: null }),
      },
      briefing: {
        on: { 'briefing.start': { target: 'playing', actions: ['startFresh', 'recordStart'] } },
      },
      playing: {
        initial: 'narrating',
        on: { 'scenario.stepOut': 'steppedOut' },
        states: {
          narrating: {
            entry: 'advance',
            always: [
              { guard: 'storyFailed', target: '#scenario.storyError' },
              { guard: 'storyEnded', target: '#scenario.reflection' },
              { target: 'awaitingChoice' },
            ],
          },
          awaitingChoice: {
            entry: { type: 'persist', params: 'awaitingChoice' },
            on: {
              'choice.select': [
                { guard: { type: 'validChoice' }, target: 'chosen', actions: ['choose', 'recordChoice'] },
              ],
              'choice.rewind': { guard: 'canRewind', target: 'awaitingChoice', reenter: true, actions: 'rewind' },
            },
          },
          chosen: {
            always: [
              { guard: 'storyFailed', target: '#scenario.storyError' },
              { guard: 'isPractice', target: 'feedback' },
              { target: 'narrating' },
            ],
          },
          feedback: {
            entry: { type: 'persist', params: 'feedback' },
            on: {
              'feedback.continue': 'narrating',
              'choice.rewind': { guard: 'canRewind', target: 'awaitingChoice', actions: 'rewind' },
            },
          },
          history: { type: 'history' },
        },
      },
      steppedOut: {
        on: {
          'scenario.resume': 'playing.history',
          'scenario.leave': 'left',
        },
      },
      left: { type: 'final' },
      storyError: {
        on: { 'scenario.restart': { target: 'playing', actions: ['startFresh', 'recordStart'] } },
      },
      reflection: {
        entry: { type: 'persist', params: 'reflection' },
        on: {
          'reflection.submit': { target: 'debrief', actions: ['keepReflection', 'recordComplete'] },
          'choice.rewind': { guard: 'canRewind', target: 'playing.awaitingChoice', actions: 'rewind' },
        },
      },
      debrief: {
        entry: ['score', 'recordAttempt', { type: 'persist', params: 'debrief' }],
        on: {
          'scenario.restart': { target: 'playing', actions: ['startFresh', 'recordStart'] },
          'debrief.replayFrom': { guard: 'canRewind', target: 'playing.awaitingChoice', actions: ['rewind', 'beginReplay', 'recordReplay'] },
        },
      },
    },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
