/**
 * Autosave for a draft written in the browser (issue 15). The author types; after a pause (1.5 s) or at Ctrl+S
 * the text is saved on top of the revision it was edited from (`basedOn`), and the server answers with the new
 * revision (and its check). Someone else having saved first is a conflict: both versions wait for the author
 * to choose, and nothing is sent until they do. A failure to reach the server keeps the text and tries again
 * with a growing pause; a refusal keeps the text and waits for the author. Every unsaved text is also kept in
 * this browser (draft-unsaved.ts) until the server has it, so a reload restores it. Once the draft is discarded
 * (draft-discard-machine.ts) nothing more is saved or kept: whatever state it was in, it stops.
 *
 *   saved ──edit──▶ dirty ──pause / Ctrl+S──▶ saving ──▶ saved | dirty (typed meanwhile)
 *                                               │──▶ conflict ──keep theirs──▶ saved
 *                                               │              └─keep mine──▶ saving (on top of theirs)
 *                                               │──▶ retrying ──backoff──▶ saving   (offline, 5xx)
 *                                               └──▶ refused  ──edit / Ctrl+S──▶ …  (any other refusal)
 *   any state ──discarded──▶ discarded
 */
import { assign, fromPromise, setup } from 'xstate';
import type { DraftTexts, Revision, SaveConflict } from '../lib/authoring-types.ts';
import { forgetUnsaved, keepUnsaved, readUnsaved, type DraftStorage } from './draft-unsaved.ts';

/** What one save came to, read from the server's answer by the page (src/components/author/draft/draft-save.ts). */
export type SaveOutcome =
  | { kind: 'saved'; revision: Revision }
  | { kind: 'conflict'; conflict: SaveConflict; message: string }
  | { kind: 'failed'; message: string; /** worth trying again by itself (offline, 5xx) */ transient: boolean };

export interface DraftDeps {
  save: (draftId: string, basedOn: number, text: DraftTexts) => Promise<SaveOutcome>;
  storage: DraftStorage | null;
  /** Milliseconds of quiet after typing before saving; 1500 by default. */
  pause?: number;
  /** Milliseconds before the nth retry (1, 2, …); 2 s doubling to 30 s by default. */
  retryDelay?: (failures: number) => number;
}

export interface DraftInput {
  draftId: string;
  /** The newest revision, as the server gave it when the page opened. */
  revision: Revision;
}

export interface DraftContext {
  draftId: string;
  /** The revision the text is edited from: what the next save names as `basedOn`. */
  basedOn: number;
  /** The text of revision `basedOn`, to tell whether there is anything to save. */
  saved: DraftTexts;
  /** What the author sees and edits. */
  text: DraftTexts;
  /** The text of the save in flight. */
  sending: DraftTexts | null;
  /** The newest revision known, with the server's check of it. */
  revision: Revision;
  conflict: SaveConflict | null;
  /** Why the last save failed, in words. */
  error: string | null;
  failures: number;
  /** The text came back from this browser (a reload after unsaved typing). */
  restored: boolean;
  /** Whether unsaved text is kept in this browser (false when storage is off or full). */
  kept: boolean;
}

export type DraftEvent =
  | { type: 'draft.edit'; yaml?: string; ink?: string }
  | { type: 'draft.saveNow' }
  | { type: 'draft.retry' }
  | { type: 'conflict.keepTheirs' }
  | { type: 'conflict.keepMine' }
  /** Copies their version of one file into mine (the other stays as I wrote it). */
  | { type: 'conflict.takeTheirs'; file: 'yaml' | 'ink' }
  /** The draft was discarded: nothing more is saved, and text kept in this browser is dropped. */
  | { type: 'draft.discarded' };

export const DEFAULT_PAUSE = 1500;
export const defaultRetryDelay = (failures: number) => Math.min(30_000, 2_000 * 2 ** Math.max(0, failures - 1));

const same = (a: DraftTexts, b: DraftTexts) => a.yaml === b.yaml && a.ink === b.ink;
const textsOf = (r: { yaml: string; ink: string }): DraftTexts => ({ yaml: r.yaml, ink: r.ink });

function initialContext(input: DraftInput, storage: DraftStorage | null): DraftContext {
  const newest = input.revision;
  const base: DraftContext = {
    draftId: input.draftId,
    basedOn: newest.number,
    saved: textsOf(newest),
    text: textsOf(newest),
    sending: null,
    revision: newest,
    conflict: null,
    error: null,
    failures: 0,
    restored: false,
    kept: storage !== null,
  };
  const unsaved = readUnsaved(storage, input.draftId);
  if (!unsaved || unsaved.basedOn > newest.number) {
    if (unsaved) forgetUnsaved(storage, input.draftId);
    return base;
  }
  if (unsaved.basedOn === newest.number && same(unsaved, base.saved)) {
    forgetUnsaved(storage, input.draftId);
    return base;
  }
  // Text edited from an older revision keeps that revision as its base, so its save meets the newer one as a
  // conflict instead of replacing it.
  return { ...base, basedOn: unsaved.basedOn, text: textsOf(unsaved), restored: true };
}

export function createDraftMachine(deps: DraftDeps) {
  const keep = (c: DraftContext) =>
    same(c.text, c.saved) && c.basedOn === c.revision.number
      ? (forgetUnsaved(deps.storage, c.draftId), deps.storage !== null)
      : keepUnsaved(deps.storage, c.draftId, { basedOn: c.basedOn, ...c.text });

  return setup({
    types: {
      context: {} as DraftContext,
      events: {} as DraftEvent,
      input: {} as DraftInput,
    },
    actors: {
      save: fromPromise<SaveOutcome, { draftId: string; basedOn: number; text: DraftTexts }>(({ input }) =>
        deps.save(input.draftId, input.basedOn, input.text),
      ),
    },
    delays: {
      pause: () => deps.pause ?? DEFAULT_PAUSE,
      backoff: ({ context }) => (deps.retryDelay ?? defaultRetryDelay)(context.failures),
    },
    guards: {
      restored: ({ context }) => context.restored,
      clean: ({ context }) => same(context.text, context.saved) && context.basedOn === context.revision.number,
      savedAll: ({ context }) => context.sending !== null && same(context.text, context.sending),
      isSaved: ({ event }) => (event as unknown as { output: SaveOutcome }).output.kind === 'saved',
      isConflict: ({ event }) => (event as unknown as { output: SaveOutcome }).output.kind === 'conflict',
      isTransient: ({ event }) => {
        const out = (event as unknown as { output: SaveOutcome }).output;
        return out.kind === 'failed' && out.transient;
      },
    },
    actions: {
      edit: assign(({ context, event }) => {
        if (event.type !== 'draft.edit') return {};
        const text = { yaml: event.yaml ?? context.text.yaml, ink: event.ink ?? context.text.ink };
        const next = { ...context, text };
        return { text, kept: keep(next) };
      }),
      takeTheirs: assign(({ context, event }) => {
        if (event.type !== 'conflict.takeTheirs' || !context.conflict) return {};
        const text = { ...context.text, [event.file]: context.conflict.theirs[event.file] };
        return { text, kept: keep({ ...context, text }) };
      }),
      startSending: assign(({ context }) => ({ sending: context.text })),
      acceptSaved: assign(({ context, event }) => {
        const out = (event as unknown as { output: SaveOutcome }).output;
        if (out.kind !== 'saved') return {};
        const next: DraftContext = {
          ...context,
          basedOn: out.revision.number,
          saved: context.sending ?? context.text,
          revision: out.revision,
          sending: null,
          error: null,
          failures: 0,
          restored: false,
        };
        return { ...next, kept: keep(next) };
      }),
      noteConflict: assign(({ event }) => {
        const out = (event as unknown as { output: SaveOutcome }).output;
        return out.kind === 'conflict'
          ? { conflict: out.conflict, error: out.message, sending: null, failures: 0 }
          : {};
      }),
      noteFailure: assign(({ context, event }) => {
        const out = (event as unknown as { output: SaveOutcome }).output;
        return {
          error: out.kind === 'failed' ? out.message : 'The draft could not be saved.',
          failures: context.failures + 1,
          sending: null,
        };
      }),
      noteThrown: assign(({ context }) => ({
        error: 'The draft could not be saved: the page could not reach Rapport’s server.',
        failures: context.failures + 1,
        sending: null,
      })),
      keepTheirs: assign(({ context }) => {
        if (!context.conflict) return {};
        const theirs = context.conflict.theirs;
        const next: DraftContext = {
          ...context,
          basedOn: theirs.number,
          saved: textsOf(theirs),
          text: textsOf(theirs),
          revision: theirs,
          conflict: null,
          error: null,
          restored: false,
        };
        return { ...next, kept: keep(next) };
      }),
      forgetKept: assign(({ context }) => {
        forgetUnsaved(deps.storage, context.draftId);
        return { sending: null, conflict: null, error: null };
      }),
      keepMine: assign(({ context }) => {
        if (!context.conflict) return {};
        const theirs = context.conflict.theirs;
        const next: DraftContext = {
          ...context,
          basedOn: theirs.number,
          saved: textsOf(theirs),
          revision: theirs,
          conflict: null,
          error: null,
        };
        return { ...next, kept: keep(next) };
      }),
    },
  }).createMachine({
    id: 'draft',
    context: ({ input }) => initialContext(input, deps.storage),
    initial: 'opening',
    on: { 'draft.discarded': { target: '.discarded', actions: 'forgetKept' } },
    states: {
      opening: {
        always: [{ guard: 'restored', target: 'dirty' }, { target: 'saved' }],
      },
      saved: {
        // An edit that puts the text back as saved returns at once (dirty's `clean` check).
        on: { 'draft.edit': { actions: 'edit', target: 'dirty' } },
      },
      dirty: {
        always: { guard: 'clean', target: 'saved' },
        after: { pause: 'saving' },
        on: {
          // Each keystroke starts the pause again.
          'draft.edit': { actions: 'edit', target: 'dirty', reenter: true },
          'draft.saveNow': 'saving',
        },
      },
      saving: {
        entry: 'startSending',
        invoke: {
          src: 'save',
          input: ({ context }) => ({ draftId: context.draftId, basedOn: context.basedOn, text: context.text }),
          onDone: [
            { guard: 'isSaved', actions: 'acceptSaved', target: 'afterSave' },
            { guard: 'isConflict', actions: 'noteConflict', target: 'conflict' },
            { guard: 'isTransient', actions: 'noteFailure', target: 'retrying' },
            { actions: 'noteFailure', target: 'refused' },
          ],
          onError: { actions: 'noteThrown', target: 'retrying' },
        },
        // Typing goes on while a save is in flight; what is typed is saved next.
        on: { 'draft.edit': { actions: 'edit' } },
      },
      afterSave: {
        always: [{ guard: 'clean', target: 'saved' }, { target: 'dirty' }],
      },
      retrying: {
        after: { backoff: 'saving' },
        on: {
          'draft.edit': { actions: 'edit' },
          'draft.saveNow': 'saving',
          'draft.retry': 'saving',
        },
      },
      refused: {
        on: {
          'draft.edit': { actions: 'edit', target: 'dirty' },
          'draft.saveNow': 'saving',
          'draft.retry': 'saving',
        },
      },
      conflict: {
        on: {
          'draft.edit': { actions: 'edit' },
          'conflict.takeTheirs': { actions: 'takeTheirs' },
          'conflict.keepTheirs': { actions: 'keepTheirs', target: 'saved' },
          'conflict.keepMine': { actions: 'keepMine', target: 'saving' },
        },
      },
      // Nothing leaves it: a save in flight is stopped with the state that invoked it, and later events change
      // nothing (not final, so a stray Ctrl+S meets a running actor rather than a stopped one).
      discarded: {},
    },
  });
}

export type DraftMachine = ReturnType<typeof createDraftMachine>;

/** Whether leaving now would leave typing the server does not have (a discarded draft has none to keep). */
export function hasUnsaved(state: { value: unknown; context: DraftContext }): boolean {
  if (state.value === 'discarded') return false;
  return state.value !== 'saved' || !same(state.context.text, state.context.saved);
}
