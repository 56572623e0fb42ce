/**
 * The draft editor's autosave (issue 15) against a fake server that keeps revisions as the authoring API does
 * (a save names the revision it was edited from; another revision in between is a conflict; saving the newest
 * text again makes no revision), on Vitest's fake clock so the pause after typing and the retries' backoff are
 * measured, not waited for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { DraftTexts, Revision } from '../../src/lib/authoring-types.ts';
import {
  createDraftMachine,
  DEFAULT_PAUSE,
  hasUnsaved,
  type DraftDeps,
  type SaveOutcome,
} from '../../src/machines/draft-machine.ts';
import { draftSaveStatus } from '../../src/machines/draft-status.ts';
import { keepUnsaved, readUnsaved, unsavedKey } from '../../src/machines/draft-unsaved.ts';
import { memoryStorage } from './outbox-support.ts';

const DRAFT = 'd-1';
const YAML = 'title: A new scenario\n';
const INK = 'Hello. #speaker:Rae\n-> END\n';

function revision(number: number, text: DraftTexts, author = 'Ada'): Revision {
  return {
    number,
    ...text,
    inkFile: 'main.ink',
    author: { id: author.toLowerCase(), name: author },
    createdAt: new Date(Date.UTC(2026, 10, 1, 9, number)).toISOString(),
    checkStatus: 'ok',
    diagnostics: [],
    hash: null,
  };
}

/** Revisions as the server keeps them, and what it was asked. `weather` is how the next saves go. */
function fakeServer(first: DraftTexts = { yaml: YAML, ink: INK }) {
  const revisions: Revision[] = [revision(1, first)];
  const server = {
    revisions,
    saves: [] as { basedOn: number; text: DraftTexts }[],
    weather: 'up' as 'up' | 'offline' | 'down' | 'refuse',
    newest: () => revisions.at(-1)!,
    /** Someone else saves a revision. */
    theirSave(text: DraftTexts) {
      revisions.push(revision(revisions.length + 1, text, 'Bea'));
    },
    save: async (_id: string, basedOn: number, text: DraftTexts): Promise<SaveOutcome> => {
      server.saves.push({ basedOn, text });
      await new Promise((r) => setTimeout(r, 10));
      if (server.weather === 'offline') throw new TypeError('Failed to fetch');
      if (server.weather === 'down') return { kind: 'failed', message: 'The server did not answer.', transient: true };
      if (server.weather === 'refuse') return { kind: 'failed', message: 'The draft is in review.', transient: false };
      const newest = server.newest();
      if (basedOn !== newest.number)
        return { kind: 'conflict', conflict: { theirs: newest, yours: text }, message: 'Someone saved first.' };
      if (newest.yaml === text.yaml && newest.ink === text.ink) return { kind: 'saved', revision: newest };
      revisions.push(revision(revisions.length + 1, text));
      return { kind: 'saved', revision: server.newest() };
    },
  };
  return server;
}

type Server = ReturnType<typeof fakeServer>;

function editor(server: Server, overrides: Partial<DraftDeps> = {}) {
  const storage = overrides.storage === undefined ? memoryStorage() : overrides.storage;
  const actor = createActor(
    createDraftMachine({ save: server.save, storage, retryDelay: (n) => 1000 * n, ...overrides }),
    { input: { draftId: DRAFT, revision: server.newest() } },
  );
  actor.start();
  return { actor, storage };
}

const state = (actor: ReturnType<typeof editor>['actor']) => actor.getSnapshot().value;
const typeInk = (actor: ReturnType<typeof editor>['actor'], ink: string) => actor.send({ type: 'draft.edit', ink });

afterEach(() => {
  vi.useRealTimers();
});

/** An editor whose server is unreachable, after `ink` was typed and the save failed: retrying, the text kept. */
async function typedOffline(ink: string) {
  vi.useFakeTimers();
  const server = fakeServer();
  const { actor, storage } = editor(server);
  server.weather = 'offline';
  typeInk(actor, ink);
  await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
  expect(state(actor)).toBe('retrying');
  expect(readUnsaved(storage, DRAFT)).toEqual({ basedOn: 1, yaml: YAML, ink });
  return { server, actor, storage };
}

describe('autosave', () => {
  it('saves once, 1.5 s after typing stops, the newest text on top of the newest revision', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor } = editor(server);
    expect(state(actor)).toBe('saved');
    for (const [i, ink] of ['H', 'He', 'Hel'].entries()) {
      typeInk(actor, ink);
      expect(state(actor)).toBe('dirty');
      await vi.advanceTimersByTimeAsync(i < 2 ? 1000 : 0);
    }
    // 2 s since the first keystroke, 1 s since the second: nothing sent yet.
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE - 1);
    expect(server.saves).toHaveLength(0);
    expect(draftSaveStatus(actor.getSnapshot()).text).toBe('Changes not saved yet');
    await vi.advanceTimersByTimeAsync(1);
    expect(state(actor)).toBe('saving');
    expect(draftSaveStatus(actor.getSnapshot()).text).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(10);
    expect(server.saves).toEqual([{ basedOn: 1, text: { yaml: YAML, ink: 'Hel' } }]);
    expect(state(actor)).toBe('saved');
    expect(actor.getSnapshot().context.basedOn).toBe(2);
    expect(draftSaveStatus(actor.getSnapshot()).text).toBe('Saved as revision 2');
    expect(hasUnsaved(actor.getSnapshot())).toBe(false);
  });

  it('Ctrl+S saves at once; typing back to the saved text leaves nothing to save', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor } = editor(server);
    typeInk(actor, `${INK}more`);
    typeInk(actor, INK);
    expect(state(actor)).toBe('saved');
    typeInk(actor, `${INK}more`);
    actor.send({ type: 'draft.saveNow' });
    expect(state(actor)).toBe('saving');
    await vi.advanceTimersByTimeAsync(10);
    expect(server.saves.map((s) => s.text.ink)).toEqual([`${INK}more`]);
  });

  it('what is typed during a save is saved next, on top of the revision that save made', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor } = editor(server);
    typeInk(actor, 'one');
    actor.send({ type: 'draft.saveNow' });
    typeInk(actor, 'one two');
    await vi.advanceTimersByTimeAsync(10);
    expect(state(actor)).toBe('dirty');
    expect(hasUnsaved(actor.getSnapshot())).toBe(true);
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(server.saves).toEqual([
      { basedOn: 1, text: { yaml: YAML, ink: 'one' } },
      { basedOn: 2, text: { yaml: YAML, ink: 'one two' } },
    ]);
    expect(server.newest().ink).toBe('one two');
    expect(state(actor)).toBe('saved');
  });
});

describe('conflict', () => {
  it('a save after someone else saved shows both versions and sends nothing until the author chooses', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor, storage } = editor(server);
    server.theirSave({ yaml: YAML, ink: 'Their line.' });
    typeInk(actor, 'My line.');
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(state(actor)).toBe('conflict');
    const { conflict } = actor.getSnapshot().context;
    expect(conflict?.theirs.number).toBe(2);
    expect(conflict?.theirs.author.name).toBe('Bea');
    expect(conflict?.yours.ink).toBe('My line.');
    expect(draftSaveStatus(actor.getSnapshot()).text).toMatch(/^Not saved/);
    // Typing goes on and is kept, but nothing is sent while the conflict is open.
    typeInk(actor, 'My line, longer.');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.saves).toHaveLength(1);
    expect(readUnsaved(storage, DRAFT)?.ink).toBe('My line, longer.');
    expect(server.newest().ink).toBe('Their line.');

    // Keep mine: saved on top of theirs.
    actor.send({ type: 'conflict.keepMine' });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.saves.at(-1)).toEqual({ basedOn: 2, text: { yaml: YAML, ink: 'My line, longer.' } });
    expect(server.newest()).toMatchObject({ number: 3, ink: 'My line, longer.' });
    expect(state(actor)).toBe('saved');
    expect(readUnsaved(storage, DRAFT)).toBeNull();
  });

  it('keeping theirs replaces my text with theirs; copying one file of theirs keeps my other file', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor, storage } = editor(server);
    server.theirSave({ yaml: 'title: Theirs\n', ink: 'Their line.' });
    actor.send({ type: 'draft.edit', yaml: 'title: Mine\n', ink: 'My line.' });
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(state(actor)).toBe('conflict');
    actor.send({ type: 'conflict.takeTheirs', file: 'yaml' });
    expect(actor.getSnapshot().context.text).toEqual({ yaml: 'title: Theirs\n', ink: 'My line.' });
    actor.send({ type: 'conflict.keepTheirs' });
    expect(state(actor)).toBe('saved');
    expect(actor.getSnapshot().context.text).toEqual({ yaml: 'title: Theirs\n', ink: 'Their line.' });
    expect(actor.getSnapshot().context.basedOn).toBe(2);
    expect(readUnsaved(storage, DRAFT)).toBeNull();
    expect(server.saves).toHaveLength(1);
  });
});

describe('offline and refusals', () => {
  it('offline: the text stays, "Not saved — retrying" shows, retries back off, and the newest text is saved', async () => {
    const { server, actor, storage } = await typedOffline('Typed offline.');
    expect(draftSaveStatus(actor.getSnapshot()).text).toMatch(/^Not saved — retrying/);
    // The first retry after 1 s, the second 2 s after that (retryDelay = 1000 × failures).
    await vi.advanceTimersByTimeAsync(1000 + 10);
    expect(server.saves).toHaveLength(2);
    server.weather = 'down';
    typeInk(actor, 'Typed offline, and more.');
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1 + 10);
    expect(server.saves).toHaveLength(3);
    expect(actor.getSnapshot().context.failures).toBe(3);
    expect(actor.getSnapshot().context.text.ink).toBe('Typed offline, and more.');
    server.weather = 'up';
    // Back online: the page's `online` event retries at once instead of waiting out the backoff.
    actor.send({ type: 'draft.retry' });
    await vi.advanceTimersByTimeAsync(10);
    expect(state(actor)).toBe('saved');
    expect(server.newest().ink).toBe('Typed offline, and more.');
    expect(actor.getSnapshot().context.failures).toBe(0);
    expect(readUnsaved(storage, DRAFT)).toBeNull();
  });

  it('a refusal keeps the text and waits for the author instead of retrying', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor } = editor(server);
    server.weather = 'refuse';
    typeInk(actor, 'Edited.');
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(state(actor)).toBe('refused');
    expect(draftSaveStatus(actor.getSnapshot()).text).toBe('Not saved: The draft is in review.');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.saves).toHaveLength(1);
    expect(actor.getSnapshot().context.text.ink).toBe('Edited.');
    server.weather = 'up';
    actor.send({ type: 'draft.saveNow' });
    await vi.advanceTimersByTimeAsync(10);
    expect(state(actor)).toBe('saved');
  });
});

describe('reload', () => {
  it('unsaved text comes back after a reload and is saved on top of the revision it was edited from', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const storage = memoryStorage();
    server.weather = 'offline';
    const first = editor(server, { storage });
    typeInk(first.actor, 'Typed before the reload.');
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(state(first.actor)).toBe('retrying');
    first.actor.stop();
    expect(storage.getItem(unsavedKey(DRAFT, 1))).not.toBeNull();

    server.weather = 'up';
    const second = editor(server, { storage });
    expect(state(second.actor)).toBe('dirty');
    expect(second.actor.getSnapshot().context.restored).toBe(true);
    expect(second.actor.getSnapshot().context.text.ink).toBe('Typed before the reload.');
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(server.saves.at(-1)).toEqual({ basedOn: 1, text: { yaml: YAML, ink: 'Typed before the reload.' } });
    expect(state(second.actor)).toBe('saved');
    expect(storage.data.size).toBe(0);
  });

  it('text kept against an older revision meets the newer one as a conflict, never replacing it', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const storage = memoryStorage();
    keepUnsaved(storage, DRAFT, { basedOn: 1, yaml: YAML, ink: 'Mine, from yesterday.' });
    server.theirSave({ yaml: YAML, ink: 'Theirs, from this morning.' });
    const { actor } = editor(server, { storage });
    expect(actor.getSnapshot().context.basedOn).toBe(1);
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(state(actor)).toBe('conflict');
    expect(actor.getSnapshot().context.conflict?.theirs.ink).toBe('Theirs, from this morning.');
    expect(actor.getSnapshot().context.text.ink).toBe('Mine, from yesterday.');
    expect(server.newest().ink).toBe('Theirs, from this morning.');
  });

  it('kept text equal to the newest revision is dropped; with storage off, typing still saves', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const storage = memoryStorage();
    keepUnsaved(storage, DRAFT, { basedOn: 1, yaml: YAML, ink: INK });
    const { actor } = editor(server, { storage });
    expect(state(actor)).toBe('saved');
    expect(storage.data.size).toBe(0);

    const off = editor(server, { storage: null });
    typeInk(off.actor, 'No storage.');
    expect(off.actor.getSnapshot().context.kept).toBe(false);
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE + 10);
    expect(server.newest().ink).toBe('No storage.');
  });
});

describe('discarded', () => {
  it('stops saving from any state, drops the text kept in this browser and leaves nothing unsaved', async () => {
    const { server, actor, storage } = await typedOffline('Typed, then thrown away.');
    expect(hasUnsaved(actor.getSnapshot())).toBe(true);

    actor.send({ type: 'draft.discarded' });
    expect(state(actor)).toBe('discarded');
    expect(readUnsaved(storage, DRAFT)).toBeNull();
    expect(hasUnsaved(actor.getSnapshot())).toBe(false);
    expect(draftSaveStatus(actor.getSnapshot())).toEqual({ text: 'Discarded: nothing more is saved.', tone: 'warn' });

    // No retry, no save at Ctrl+S, nothing kept for what is typed after.
    server.weather = 'up';
    const saves = server.saves.length;
    actor.send({ type: 'draft.retry' });
    actor.send({ type: 'draft.saveNow' });
    typeInk(actor, 'More.');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.saves).toHaveLength(saves);
    expect(state(actor)).toBe('discarded');
    expect(readUnsaved(storage, DRAFT)).toBeNull();
  });

  it('a save in flight when the draft is discarded changes nothing after', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const { actor } = editor(server);
    typeInk(actor, 'On its way.');
    await vi.advanceTimersByTimeAsync(DEFAULT_PAUSE);
    expect(state(actor)).toBe('saving');
    actor.send({ type: 'draft.discarded' });
    await vi.advanceTimersByTimeAsync(10);
    expect(state(actor)).toBe('discarded');
    expect(actor.getSnapshot().context.revision.number).toBe(1);
  });
});
