/**
 * The workspace's and the published-scenario page's machines (issue 15), with API calls the test answers by hand:
 * a new scenario and an import each open the new draft once made, a refusal stays on the page in words, and
 * retire / restore / roll back are confirmed before they run, then read back from the server.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AuthoredScenario } from '../../src/lib/authoring-types.ts';
import {
  createScenarioMachine,
  type ScenarioAction,
  type ScenarioDetail,
} from '../../src/machines/authored-scenario-machine.ts';
import { createWorkspaceMachine, IMPORT_LIMIT, type WorkspaceLists } from '../../src/machines/workspace-machine.ts';

function deferred<T, A extends unknown[]>() {
  const calls: { args: A; resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  const fn = (...args: A) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ args, resolve, reject });
    });
  return { fn, calls };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

const LISTS: WorkspaceLists = { drafts: [], reviews: [], scenarios: [] };

function workspace() {
  const load = deferred<WorkspaceLists, []>();
  const create = deferred<string, [string, string]>();
  const importZip = deferred<string, [Blob]>();
  const opened: string[] = [];
  const actor = createActor(
    createWorkspaceMachine({
      load: load.fn,
      create: create.fn,
      importZip: importZip.fn,
      openDraft: (id) => opened.push(id),
    }),
  ).start();
  return { actor, load, create, importZip, opened };
}

describe('the workspace machine', () => {
  it('loads the lists, or says why not and tries again', async () => {
    const w = workspace();
    w.load.calls[0]!.reject(new Error('Your session has ended.'));
    await tick();
    expect(w.actor.getSnapshot().matches('failed')).toBe(true);
    expect(w.actor.getSnapshot().context.loadError).toBe('Your session has ended.');
    w.actor.send({ type: 'workspace.retry' });
    w.load.calls[1]!.resolve(LISTS);
    await tick();
    expect(w.actor.getSnapshot().matches({ ready: 'idle' })).toBe(true);
    expect(w.actor.getSnapshot().context.lists).toEqual(LISTS);
  });

  it('a new scenario needs a title and a short name, then opens in the editor', async () => {
    const w = workspace();
    w.load.calls[0]!.resolve(LISTS);
    await tick();
    w.actor.send({ type: 'create.submit' });
    expect(w.actor.getSnapshot().context.createError).toBe('Give the new scenario a title and a short name.');
    w.actor.send({ type: 'create.edit', title: 'The late arrival' });
    w.actor.send({ type: 'create.submit' });
    expect(w.actor.getSnapshot().context.createError).toBe('Give the new scenario a short name.');
    expect(w.create.calls).toHaveLength(0);
    w.actor.send({ type: 'create.edit', slug: 'late-arrival' });
    w.actor.send({ type: 'create.submit' });
    expect(w.create.calls[0]!.args).toEqual(['late-arrival', 'The late arrival']);
    // Submitting again while it runs makes nothing more.
    w.actor.send({ type: 'create.submit' });
    expect(w.create.calls).toHaveLength(1);
    w.create.calls[0]!.resolve('draft-9');
    await tick();
    expect(w.opened).toEqual(['draft-9']);
    expect(w.actor.getSnapshot().matches('leaving')).toBe(true);
  });

  it('a refused name stays on the page with the server’s sentence', async () => {
    const w = workspace();
    w.load.calls[0]!.resolve(LISTS);
    await tick();
    w.actor.send({ type: 'create.edit', slug: 'salamat-last-session', title: 'Again' });
    w.actor.send({ type: 'create.submit' });
    w.create.calls[0]!.reject(new Error('A built-in scenario already uses the name salamat-last-session.'));
    await tick();
    const s = w.actor.getSnapshot();
    expect(s.matches({ ready: 'idle' })).toBe(true);
    expect(s.context.createError).toBe(
      'No scenario was made: A built-in scenario already uses the name salamat-last-session.',
    );
    expect(w.opened).toEqual([]);
  });

  it('imports a zip up to 1 MB and opens it; a larger one or none is refused before sending', async () => {
    const w = workspace();
    w.load.calls[0]!.resolve(LISTS);
    await tick();
    w.actor.send({ type: 'import.submit' });
    expect(w.actor.getSnapshot().context.importError).toBe('Choose a .zip file first.');
    w.actor.send({ type: 'import.choose', file: new Blob([new Uint8Array(IMPORT_LIMIT + 1)]) });
    w.actor.send({ type: 'import.submit' });
    expect(w.actor.getSnapshot().context.importError).toMatch(/larger than 1 MB/);
    expect(w.importZip.calls).toHaveLength(0);
    const zip = new Blob([new Uint8Array(10)]);
    w.actor.send({ type: 'import.choose', file: zip });
    w.actor.send({ type: 'import.submit' });
    expect(w.actor.getSnapshot().matches({ ready: 'importing' })).toBe(true);
    w.importZip.calls[0]!.reject(new Error('The zip has no scenario.yaml.'));
    await tick();
    expect(w.actor.getSnapshot().context.importError).toBe('Nothing was imported: The zip has no scenario.yaml.');
    w.actor.send({ type: 'import.submit' });
    w.importZip.calls[1]!.resolve('draft-10');
    await tick();
    expect(w.importZip.calls[1]!.args[0]).toBe(zip);
    expect(w.opened).toEqual(['draft-10']);
  });
});

const person = { id: 'u1', name: 'Alex' };
function scenarioDetail(over: Partial<AuthoredScenario> = {}): ScenarioDetail {
  const releases = [1, 2].map((version) => ({
    slug: 'late-arrival',
    version,
    hash: `h${version}`,
    publishedAt: '2026-11-20T10:00:00.000Z',
    author: person,
    approvedBy: { id: null, name: 'Removed account' },
    live: version === 2,
  }));
  return {
    scenario: { slug: 'late-arrival', title: 'The late arrival', status: 'active', liveVersion: 2, releases, ...over },
    history: [],
    drafts: [],
  };
}

function scenarioPage() {
  const load = deferred<ScenarioDetail, [string]>();
  const act = deferred<{ draftId?: string }, [string, ScenarioAction]>();
  const opened: string[] = [];
  const actor = createActor(createScenarioMachine({ load: load.fn, act: act.fn, openDraft: (id) => opened.push(id) }), {
    input: { slug: 'late-arrival' },
  }).start();
  return { actor, load, act, opened };
}

describe('the published scenario machine', () => {
  it('asks before rolling back, runs it on confirmation, then reads the scenario again', async () => {
    const p = scenarioPage();
    p.load.calls[0]!.resolve(scenarioDetail());
    await tick();
    p.actor.send({ type: 'action.ask', action: { kind: 'rollback', version: 1 } });
    expect(p.actor.getSnapshot().matches({ ready: 'confirming' })).toBe(true);
    expect(p.act.calls).toHaveLength(0);
    p.actor.send({ type: 'action.confirm' });
    expect(p.act.calls[0]!.args).toEqual(['late-arrival', { kind: 'rollback', version: 1 }]);
    p.act.calls[0]!.resolve({});
    await tick();
    expect(p.actor.getSnapshot().matches({ ready: 'reloading' })).toBe(true);
    p.load.calls[1]!.resolve(scenarioDetail({ liveVersion: 1 }));
    await tick();
    const s = p.actor.getSnapshot();
    expect(s.matches({ ready: 'idle' })).toBe(true);
    expect(s.context.detail!.scenario.liveVersion).toBe(1);
    expect(s.context.done).toEqual({ kind: 'rollback', version: 1 });
  });

  it('cancelling changes nothing; an action that does not fit is not offered', async () => {
    const p = scenarioPage();
    p.load.calls[0]!.resolve(scenarioDetail());
    await tick();
    p.actor.send({ type: 'action.ask', action: { kind: 'retire' } });
    p.actor.send({ type: 'action.cancel' });
    expect(p.actor.getSnapshot().matches({ ready: 'idle' })).toBe(true);
    expect(p.actor.getSnapshot().context.pending).toBeNull();
    // Already active; already live.
    p.actor.send({ type: 'action.ask', action: { kind: 'restore' } });
    p.actor.send({ type: 'action.ask', action: { kind: 'rollback', version: 2 } });
    expect(p.actor.getSnapshot().matches({ ready: 'idle' })).toBe(true);
    expect(p.act.calls).toHaveLength(0);
  });

  it('a refused action says nothing changed, with the server’s sentence', async () => {
    const p = scenarioPage();
    p.load.calls[0]!.resolve(scenarioDetail());
    await tick();
    p.actor.send({ type: 'action.ask', action: { kind: 'retire' } });
    p.actor.send({ type: 'action.confirm' });
    p.act.calls[0]!.reject(new Error('Only educators and administrators can retire a scenario.'));
    await tick();
    expect(p.actor.getSnapshot().matches({ ready: 'idle' })).toBe(true);
    expect(p.actor.getSnapshot().context.error).toBe(
      'Nothing changed: Only educators and administrators can retire a scenario.',
    );
  });

  it('revise makes a draft without asking and opens it', async () => {
    const p = scenarioPage();
    p.load.calls[0]!.resolve(scenarioDetail());
    await tick();
    p.actor.send({ type: 'action.ask', action: { kind: 'revise' } });
    expect(p.actor.getSnapshot().matches({ ready: 'working' })).toBe(true);
    p.act.calls[0]!.resolve({ draftId: 'draft-3' });
    await tick();
    expect(p.opened).toEqual(['draft-3']);
    expect(p.actor.getSnapshot().matches('leaving')).toBe(true);
  });

  it('a page that cannot load keeps the status, and tries again', async () => {
    const p = scenarioPage();
    p.load.calls[0]!.reject(Object.assign(new Error('No such scenario.'), { status: 404 }));
    await tick();
    expect(p.actor.getSnapshot().context.loadError).toEqual({ message: 'No such scenario.', status: 404 });
    p.actor.send({ type: 'scenario.retry' });
    expect(p.load.calls).toHaveLength(2);
  });
});
