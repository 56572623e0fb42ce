/**
 * The authoring page's flow: the author edits; after a pause in typing the draft is compiled and checked
 * (in a worker, provided as `compile`); the newest result is kept. An edit during a compile starts the
 * pause again and the stale result is dropped. The draft is saved after every edit, so a reload loses nothing.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { Diagnostic } from '../engine/diagnostics.ts';

export interface CompileResult {
  json: string | null;
  diagnostics: Diagnostic[];
  points: { min: number; max: number } | null;
  criteria: string[];
  passages: string[];
  variables: Record<string, number | string | boolean>;
  took: number;
}

export interface Draft {
  /** Where the draft came from: a scenario's slug, or "new". */
  origin: string;
  source: string;
  includes: Record<string, string>;
}

export interface AuthoringDeps {
  compile: (draft: Draft) => Promise<CompileResult>;
  saveDraft: (draft: Draft) => void;
  /** Milliseconds of quiet before compiling; 400 by default. */
  pause?: number;
}

export interface AuthoringContext {
  draft: Draft;
  result: CompileResult | null;
  /** Counts edits, so a result can be matched to the text it came from. */
  revision: number;
  compiledRevision: number;
  error: string | null;
}

export type AuthoringEvent =
  { type: 'draft.edit'; source: string } | { type: 'draft.open'; draft: Draft } | { type: 'draft.compile' };

export function createAuthoringMachine(deps: AuthoringDeps) {
  return setup({
    types: { context: {} as AuthoringContext, events: {} as AuthoringEvent, input: {} as { draft: Draft } },
    actors: {
      compile: fromPromise<CompileResult & { revision: number }, { draft: Draft; revision: number }>(
        async ({ input }) => ({
          ...(await deps.compile(input.draft)),
          revision: input.revision,
        }),
      ),
    },
    delays: { pause: () => deps.pause ?? 400 },
    actions: {
      edit: assign(({ context, event }) => {
        if (event.type === 'draft.edit')
          return { draft: { ...context.draft, source: event.source }, revision: context.revision + 1 };
        if (event.type === 'draft.open') return { draft: event.draft, revision: context.revision + 1, result: null };
        return {};
      }),
      save: ({ context }) => {
        try {
          deps.saveDraft(context.draft);
        } catch {
          // Storage full or off: editing goes on; the page says drafts are not kept.
        }
      },
    },
  }).createMachine({
    id: 'authoring',
    context: ({ input }) => ({ draft: input.draft, result: null, revision: 0, compiledRevision: -1, error: null }),
    initial: 'compiling',
    on: {
      'draft.edit': { target: '.waiting', actions: ['edit', 'save'] },
      'draft.open': { target: '.compiling', actions: ['edit', 'save'] },
    },
    states: {
      idle: {
        on: { 'draft.compile': 'compiling' },
      },
      waiting: {
        after: { pause: 'compiling' },
        on: { 'draft.compile': 'compiling' },
      },
      compiling: {
        invoke: {
          src: 'compile',
          input: ({ context }) => ({ draft: context.draft, revision: context.revision }),
          onDone: {
            target: 'idle',
            actions: assign(({ event }) => {
              const { revision, ...result } = event.output;
              return { result, compiledRevision: revision, error: null };
            }),
          },
          onError: {
            target: 'idle',
            actions: assign(({ event }) => ({
              error: `The compiler could not run: ${(event.error as Error)?.message ?? 'unknown error'}`,
            })),
          },
        },
      },
    },
  });
}
