/**
 * The page of a scenario published from the browser (issue 15): load its releases and history, then act on it.
 * Retire, restore and roll back change what trainees are offered, so each is confirmed first (a dialog); revise
 * makes a new draft and opens it in the editor at once. After an action the page is loaded again, so what it shows
 * is what the server now holds. The API calls and the navigation are injected (`ScenarioDeps`); each call rejects
 * with an Error whose message is the server's sentence.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { AuthoredScenario, AuthoringEvent, DraftSummary } from '../lib/authoring-types.ts';

export interface ScenarioDetail {
  scenario: AuthoredScenario;
  history: AuthoringEvent[];
  drafts: DraftSummary[];
}

export type ScenarioAction =
  { kind: 'retire' } | { kind: 'restore' } | { kind: 'rollback'; version: number } | { kind: 'revise' };

export interface ScenarioDeps {
  load: (slug: string) => Promise<ScenarioDetail>;
  /** Runs an action; revise answers the new draft's id, the others nothing. */
  act: (slug: string, action: ScenarioAction) => Promise<{ draftId?: string }>;
  /** Leaves the page for the editor of a new draft. */
  openDraft: (draftId: string) => void;
}

export interface ScenarioContext {
  slug: string;
  detail: ScenarioDetail | null;
  loadError: { message: string; status: number } | null;
  /** The action waiting for confirmation, or running. */
  pending: ScenarioAction | null;
  /** The last action done, for the page to say what changed. */
  done: ScenarioAction | null;
  error: string | null;
}

export type ScenarioEvent =
  | { type: 'scenario.retry' }
  | { type: 'action.ask'; action: ScenarioAction }
  | { type: 'action.confirm' }
  | { type: 'action.cancel' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const statusOf = (error: unknown) =>
  error && typeof error === 'object' && typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : 0;

/** Whether an action makes sense for the scenario as it stands (the server refuses the rest anyway). */
export function actionFits(scenario: AuthoredScenario, action: ScenarioAction): boolean {
  switch (action.kind) {
    case 'retire':
      return scenario.status === 'active';
    case 'restore':
      return scenario.status === 'retired';
    case 'rollback':
      return action.version !== scenario.liveVersion && scenario.releases.some((r) => r.version === action.version);
    case 'revise':
      return scenario.liveVersion !== null;
  }
}

export function createScenarioMachine(deps: ScenarioDeps) {
  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      input: {} as { slug: string },
    },
    actors: {
      load: fromPromise<ScenarioDetail, { slug: string }>(({ input }) => deps.load(input.slug)),
      act: fromPromise<{ draftId?: string }, { slug: string; action: ScenarioAction }>(({ input }) =>
        deps.act(input.slug, input.action),
      ),
    },
    guards: {
      fits: ({ context, event }) =>
        event.type === 'action.ask' && context.detail !== null && actionFits(context.detail.scenario, event.action),
      isRevise: ({ event }) => event.type === 'action.ask' && event.action.kind === 'revise',
      revised: ({ context }) => context.pending?.kind === 'revise',
    },
  }).createMachine({
    id: 'authored-scenario',
    context: ({ input }) => ({
      slug: input.slug,
      detail: null,
      loadError: null,
      pending: null,
      done: null,
      error: null,
    }),
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          src: 'load',
          input: ({ context }) => ({ slug: context.slug }),
          onDone: { target: 'ready', actions: assign({ detail: ({ event }) => event.output, loadError: null }) },
          onError: {
            target: 'failed',
            actions: assign({
              loadError: ({ event }) => ({ message: messageOf(event.error), status: statusOf(event.error) }),
            }),
          },
        },
      },
      failed: {
        on: { 'scenario.retry': 'loading' },
      },
      ready: {
        initial: 'idle',
        states: {
          idle: {
            on: {
              'action.ask': [
                // Revising changes nothing trainees see: it only opens a new draft, so it is not asked twice.
                {
                  guard: 'isRevise',
                  target: 'working',
                  actions: assign({ pending: ({ event }) => event.action, error: null, done: null }),
                },
                {
                  guard: 'fits',
                  target: 'confirming',
                  actions: assign({ pending: ({ event }) => event.action, error: null, done: null }),
                },
              ],
            },
          },
          confirming: {
            on: {
              'action.confirm': 'working',
              'action.cancel': { target: 'idle', actions: assign({ pending: null }) },
            },
          },
          working: {
            invoke: {
              src: 'act',
              input: ({ context }) => ({ slug: context.slug, action: context.pending! }),
              onDone: [
                {
                  guard: 'revised',
                  target: '#authored-scenario.leaving',
                  actions: ({ event }) => {
                    if (event.output.draftId) deps.openDraft(event.output.draftId);
                  },
                },
                { target: 'reloading', actions: assign(({ context }) => ({ done: context.pending, pending: null })) },
              ],
              onError: {
                target: 'idle',
                actions: assign(({ context, event }) => ({
                  error: `${context.pending?.kind === 'revise' ? 'No draft was made' : 'Nothing changed'}: ${messageOf(event.error)}`,
                  pending: null,
                })),
              },
            },
          },
          // What the page shows is read back from the server, so it is what trainees now get.
          reloading: {
            invoke: {
              src: 'load',
              input: ({ context }) => ({ slug: context.slug }),
              onDone: { target: 'idle', actions: assign({ detail: ({ event }) => event.output }) },
              onError: {
                target: 'idle',
                actions: assign({
                  error: ({ event }) =>
                    `The change was made, but the page could not be refreshed: ${messageOf(event.error)}`,
                }),
              },
            },
          },
        },
      },
      leaving: {},
    },
  });
}
