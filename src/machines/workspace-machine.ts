/**
 * The authoring workspace (issue 15): load the educator's drafts, the reviews asked of them and the published
 * scenarios; then start a new scenario (a short name and a title) or import a zipped scenario folder, either of
 * which opens the new draft in the editor. One request at a time: a second submit while one runs is ignored. The
 * API calls and the navigation are injected (`WorkspaceDeps`); each call rejects with an Error whose message is the
 * server's sentence.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { AuthoredScenario, DraftSummary, Review } from '../lib/authoring-types.ts';

/** The drafts and reviews of GET /api/authoring/drafts, with the scenarios of GET /api/authoring/scenarios. */
export interface WorkspaceLists {
  drafts: DraftSummary[];
  reviews: (Review & { draft: DraftSummary })[];
  scenarios: AuthoredScenario[];
}

export interface WorkspaceDeps {
  load: () => Promise<WorkspaceLists>;
  /** Creates a draft from the blank template with this title; answers its id. */
  create: (slug: string, title: string) => Promise<string>;
  /** Imports a zipped scenario folder as a draft; answers its id. */
  importZip: (file: Blob) => Promise<string>;
  openDraft: (draftId: string) => void;
}

/** The import endpoint's limit. */
export const IMPORT_LIMIT = 1024 * 1024;

export interface WorkspaceContext {
  lists: WorkspaceLists | null;
  loadError: string | null;
  slug: string;
  title: string;
  createError: string | null;
  file: Blob | null;
  importError: string | null;
}

export type WorkspaceEvent =
  | { type: 'workspace.retry' }
  | { type: 'create.edit'; slug?: string; title?: string }
  | { type: 'create.submit' }
  | { type: 'import.choose'; file: Blob | null }
  | { type: 'import.submit' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createProblem(slug: string, title: string): string | null {
  if (title.trim() === '' && slug.trim() === '') return 'Give the new scenario a title and a short name.';
  if (title.trim() === '') return 'Give the new scenario a title.';
  if (slug.trim() === '') return 'Give the new scenario a short name.';
  return null;
}

export function importProblem(file: Blob | null): string | null {
  if (!file) return 'Choose a .zip file first.';
  if (file.size > IMPORT_LIMIT) return 'This file is larger than 1 MB, the most Rapport imports.';
  return null;
}

export function createWorkspaceMachine(deps: WorkspaceDeps) {
  return setup({
    types: { context: {} as WorkspaceContext, events: {} as WorkspaceEvent },
    actors: {
      load: fromPromise<WorkspaceLists>(() => deps.load()),
      create: fromPromise<string, { slug: string; title: string }>(({ input }) => deps.create(input.slug, input.title)),
      importZip: fromPromise<string, { file: Blob }>(({ input }) => deps.importZip(input.file)),
    },
    guards: {
      createReady: ({ context }) => createProblem(context.slug, context.title) === null,
      importReady: ({ context }) => importProblem(context.file) === null,
    },
    actions: {
      open: (_, draftId: string) => deps.openDraft(draftId),
    },
  }).createMachine({
    id: 'workspace',
    context: { lists: null, loadError: null, slug: '', title: '', createError: null, file: null, importError: null },
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          src: 'load',
          onDone: { target: 'ready', actions: assign({ lists: ({ event }) => event.output, loadError: null }) },
          onError: { target: 'failed', actions: assign({ loadError: ({ event }) => messageOf(event.error) }) },
        },
      },
      failed: {
        on: { 'workspace.retry': 'loading' },
      },
      ready: {
        initial: 'idle',
        states: {
          idle: {
            on: {
              'create.edit': {
                actions: assign(({ context, event }) => ({
                  slug: event.slug ?? context.slug,
                  title: event.title ?? context.title,
                  createError: null,
                })),
              },
              'create.submit': [
                { guard: 'createReady', target: 'creating', actions: assign({ createError: null }) },
                { actions: assign({ createError: ({ context }) => createProblem(context.slug, context.title) }) },
              ],
              'import.choose': { actions: assign({ file: ({ event }) => event.file, importError: null }) },
              'import.submit': [
                { guard: 'importReady', target: 'importing', actions: assign({ importError: null }) },
                { actions: assign({ importError: ({ context }) => importProblem(context.file) }) },
              ],
            },
          },
          creating: {
            invoke: {
              src: 'create',
              input: ({ context }) => ({ slug: context.slug, title: context.title }),
              onDone: {
                target: '#workspace.leaving',
                actions: { type: 'open', params: ({ event }) => event.output },
              },
              onError: {
                target: 'idle',
                actions: assign({ createError: ({ event }) => `No scenario was made: ${messageOf(event.error)}` }),
              },
            },
          },
          importing: {
            invoke: {
              src: 'importZip',
              input: ({ context }) => ({ file: context.file! }),
              onDone: {
                target: '#workspace.leaving',
                actions: { type: 'open', params: ({ event }) => event.output },
              },
              onError: {
                target: 'idle',
                actions: assign({ importError: ({ event }) => `Nothing was imported: ${messageOf(event.error)}` }),
              },
            },
          },
        },
      },
      // The editor is opening: the form stays disabled until the page changes.
      leaving: {},
    },
  });
}
