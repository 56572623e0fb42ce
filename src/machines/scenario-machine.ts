// Over 300 lines: the machine's states and transitions, which read best in one place; its context, guards and recording actions are in sibling files.
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
 *
 * In respond-first play (issue 16) each choice point begins in `composing`: the options stay hidden until the
 * trainee has written what they would say (the draft is in the context, so a reload resumes it half-written); then
 * `matching` ranks the options against it with the injected matcher, and `awaitingChoice` shows them with the
 * closest marked (unmarked, with a note, when the matcher cannot be had: play never waits on it for good).
 *
 * Its parts: the context, events and the pure functions that build the context are in scenario-context.ts, the
 * guards in scenario-guards.ts, the actions that tell the recorder in scenario-recording.ts. What is here runs
 * the story or the storage, which this factory closes over, and the states.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { ScenarioBundle } from '../engine/bundle.ts';
import type { RankedOption } from '../engine/matcher/matcher.ts';
import { scoreAttempt } from '../engine/scoring.ts';
import { StoryRunner, type StoryOption } from '../engine/story-runner.ts';
import type { ProgressStore, SavedPhase } from './progress-store.ts';
import type { AttemptRecorder } from './recorder.ts';
import {
  attemptSummaryOf,
  initialContext,
  MAX_RESPONSE,
  restoredPlay,
  rewindTo,
  type ScenarioContext,
  type ScenarioEvent,
  type ScenarioInput,
} from './scenario-context.ts';
import { scenarioGuards } from './scenario-guards.ts';
import { recordingActions } from './scenario-recording.ts';
import {
  advanced,
  chosen,
  lookedAhead,
  freshPlay,
  loadedContext,
  persisted,
  rebuiltInk,
  savedWithoutInk,
} from './scenario-steps.ts';

export type { ScenarioContext, ScenarioEvent, ScenarioInput } from './scenario-context.ts';

export interface ScenarioDeps {
  loadBundle: (slug: string) => Promise<ScenarioBundle>;
  store: ProgressStore;
  now?: () => Date;
  /** A fresh attempt id; random by default. */
  newId?: () => string;
  /** Records attempts on the server; absent for guests and the authoring preview. */
  recorder?: AttemptRecorder | undefined;
  /**
   * Respond-first: ranks the options by closeness to what the trainee wrote (the matcher of src/engine/matcher,
   * which the player loads only for this style). Absent or failing, the options are shown unmarked.
   */
  rank?: ((response: string, options: StoryOption[]) => Promise<RankedOption[]>) | undefined;
  /**
   * The story, already built from the bundle by the player's opening (scenario-opening.ts), for a machine that takes
   * over from it (`takeOver`) rather than loading the bundle itself.
   */
  runner?: StoryRunner | undefined;
}

export function createScenarioMachine(deps: ScenarioDeps) {
  let runner: StoryRunner | null = deps.runner ?? null;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const recorder = deps.recorder;
  const need = (): StoryRunner => {
    if (!runner) throw new Error('the story is not loaded');
    return runner;
  };
  /** A loaded bundle: its story becomes the runner, its details the context. */
  const takeBundle = (bundle: ScenarioBundle): Partial<ScenarioContext> => {
    runner = new StoryRunner(bundle.ink as object);
    if (bundle.start) runner.startAt(bundle.start.path, bundle.start.variables);
    return loadedContext(bundle);
  };
  const loadError = (error: unknown): Partial<ScenarioContext> => ({
    error: `The scenario could not be loaded (${(error as Error)?.message ?? 'unknown error'}). Check your connection and try again.`,
  });

  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      input: {} as ScenarioInput,
    },
    actors: {
      loadBundle: fromPromise<ScenarioBundle, { slug: string }>(({ input }) => deps.loadBundle(input.slug)),
      rank: fromPromise<RankedOption[], { response: string; options: StoryOption[] }>(async ({ input }) => {
        if (!deps.rank) throw new Error('no matcher');
        return deps.rank(input.response, input.options);
      }),
    },
    guards: scenarioGuards,
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
        const play = restoredPlay(saved);
        if (!savedWithoutInk(saved.play)) return play;
        // Saved by the opening before the story loaded: its ink states are rebuilt from the choices it holds.
        try {
          return { ...play, ...rebuiltInk(need(), saved.play, saved.phase) };
        } catch (error) {
          return { ...play, error: (error as Error).message };
        }
      }),
      startFresh: assign(({ context, event }) => {
        const mode = event.type === 'briefing.start' && event.mode ? event.mode : context.mode;
        const style = event.type === 'briefing.start' && event.style ? event.style : (context.style ?? 'choose');
        deps.store.clear(context.slug);
        // A fresh seed per attempt: the options are shown in a new order each time the scenario is played.
        return freshPlay(mode, style, newId(), newId());
      }),
      advance: assign(({ context }) => advanced(need(), context)),
      // In assessment play the story goes straight on (chosen → narrating), whose `advance` writes the ink state:
      // writing it after the choice as well would serialise the whole story state twice per click.
      choose: assign(({ context, event }) => chosen(need(), context, event, context.mode === 'assessment')),
      lookAhead: ({ context }) => lookedAhead(need(), context),
      editDraft: assign(({ event }) =>
        event.type === 'response.edit' ? { draft: event.text.slice(0, MAX_RESPONSE) } : {},
      ),
      submitResponse: assign(({ context }) => ({ response: (context.draft ?? '').trim() })),
      keepMarks: assign((_, ranked: RankedOption[]) => ({
        marks: ranked.filter((r) => r.marked).map((r) => r.source),
      })),
      noMarks: assign({ marks: null }),
      rewind: assign(({ context, event }) => ('point' in event ? rewindTo(context, event.point) : {})),
      /** A replay from the debrief is recorded as a new attempt (the finished one stays as it was). */
      beginReplay: assign(() => (recorder ? { attemptId: newId(), rewinds: 0 } : {})),
      ...recordingActions(recorder),
      keepReflection: assign(({ event }) =>
        event.type === 'reflection.submit' ? { reflection: event.text.trim() } : {},
      ),
      score: assign(({ context }) => ({
        report: scoreAttempt(
          context.rubric!,
          context.points.map((p) => ({ options: p.options, chosen: p.chosen })),
        ),
      })),
      persist: assign(({ context }, phase: SavedPhase) => persisted(deps.store, context, phase, now())),
      recordAttempt: ({ context }) => {
        try {
          deps.store.recordAttempt(attemptSummaryOf(context, now()));
        } catch {
          // The debrief still shows; only the local record is missing.
        }
      },
    },
  }).createMachine({
    id: 'scenario',
    context: ({ input }) => initialContext(input),
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          id: 'loadBundle',
          src: 'loadBundle',
          input: ({ context }) => ({ slug: context.slug }),
          onDone: { target: 'checkingSave', actions: assign(({ event }) => takeBundle(event.output)) },
          onError: { target: 'loadFailed', actions: assign(({ event }) => loadError(event.error)) },
        },
      },
      /**
       * A new attempt after one that was finished on an older version of the story: the current version is loaded
       * (the saved progress, which pointed at the old one, is already cleared) and play begins on it.
       */
      reloading: {
        invoke: {
          id: 'reloadBundle',
          src: 'loadBundle',
          input: ({ context }) => ({ slug: context.slug }),
          onDone: {
            target: 'playing',
            actions: [assign(({ event }) => takeBundle(event.output)), 'startFresh', 'recordStart'],
          },
          onError: { target: 'loadFailed', actions: assign(({ event }) => loadError(event.error)) },
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
          // Starting over after progress on an older version: the current version is loaded first.
          'save.discard': [
            { guard: 'superseded', target: 'loading', actions: 'discardSave' },
            { target: 'briefing', actions: 'discardSave' },
          ],
        },
      },
      restoring: {
        entry: 'restoreSave',
        always: [
          // Only a save made before the story loaded can fail here, when its choices no longer run.
          { guard: 'storyFailed', target: 'storyError' },
          { guard: { type: 'savedPhaseIs', params: 'feedback' }, target: 'playing.feedback' },
          { guard: { type: 'savedPhaseIs', params: 'reflection' }, target: 'reflection' },
          { guard: { type: 'savedPhaseIs', params: 'debrief' }, target: 'debrief' },
          { target: 'playing.offering' },
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
              { target: 'offering' },
            ],
          },
          /** Options on offer: shown at once, or (respond-first) once the trainee has written what they would say. */
          offering: {
            always: [{ guard: 'isComposing', target: 'composing' }, { target: 'awaitingChoice' }],
          },
          composing: {
            // Saved as awaiting a choice: the context (no response yet) brings a reload back here, draft and all.
            entry: { type: 'persist', params: 'awaitingChoice' },
            on: {
              'response.edit': { actions: ['editDraft', { type: 'persist', params: 'awaitingChoice' }] },
              'response.submit': { guard: 'responseLongEnough', target: 'matching', actions: 'submitResponse' },
              'choice.rewind': { guard: 'canRewind', target: 'offering', actions: 'rewind' },
            },
          },
          matching: {
            invoke: {
              id: 'rank',
              src: 'rank',
              input: ({ context }) => ({ response: context.response ?? '', options: context.options }),
              onDone: { target: 'awaitingChoice', actions: { type: 'keepMarks', params: ({ event }) => event.output } },
              onError: { target: 'awaitingChoice', actions: 'noMarks' },
            },
            on: { 'response.skipMatching': { target: 'awaitingChoice', actions: 'noMarks' } },
          },
          awaitingChoice: {
            entry: { type: 'persist', params: 'awaitingChoice' },
            on: {
              'choice.select': [
                { guard: { type: 'validChoice' }, target: 'chosen', actions: ['choose', 'recordChoice'] },
              ],
              'choice.rewind': { guard: 'canRewind', target: 'offering', actions: 'rewind' },
              // Sent by the player while the page is idle: the next click's lines are worked out before it.
              'story.lookAhead': { actions: 'lookAhead' },
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
              'story.lookAhead': { actions: 'lookAhead' },
              'choice.rewind': { guard: 'canRewind', target: 'offering', actions: 'rewind' },
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
        on: {
          'scenario.restart': [
            { guard: 'superseded', target: 'reloading', actions: 'discardSave' },
            { target: 'playing', actions: ['startFresh', 'recordStart'] },
          ],
        },
      },
      reflection: {
        entry: { type: 'persist', params: 'reflection' },
        on: {
          'reflection.submit': { target: 'debrief', actions: ['keepReflection', 'recordComplete'] },
          'choice.rewind': { guard: 'canRewind', target: 'playing.offering', actions: 'rewind' },
        },
      },
      debrief: {
        entry: ['score', 'recordAttempt', { type: 'persist', params: 'debrief' }],
        on: {
          'scenario.restart': [
            { guard: 'superseded', target: 'reloading', actions: 'discardSave' },
            { target: 'playing', actions: ['startFresh', 'recordStart'] },
          ],
          'debrief.replayFrom': {
            guard: 'canReplay',
            target: 'playing.offering',
            actions: ['rewind', 'beginReplay', 'recordReplay'],
          },
        },
      },
    },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
