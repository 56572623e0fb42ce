/**
 * Model-based test of the authoring machine: a `TestModel` (xstate/graph) walks its state graph; every state
 * is reached and every transition taken (each state the model can be in, by its shortest path, then each event
 * it answers there), and each such path is replayed on a live actor whose compiler answers when the path says,
 * on a simulated clock, checking at every step that the live actor is where the model is.
 *
 * `createTestModel` refuses a machine with an invocation or a delayed transition (this one has both: the compile
 * and the pause) because it cannot make up their events; the model below is the same `TestModel` it builds, with
 * those events given explicitly, as the other model tests give them to `getShortestPaths`.
 */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import { TestModel } from 'xstate/graph';
import {
  createAuthoringMachine,
  type AuthoringDeps,
  type AuthoringEvent,
  type CompileResult,
  type Draft,
} from '../../src/machines/authoring-machine.ts';

type Machine = ReturnType<typeof createAuthoringMachine>;
type Snap = SnapshotFrom<Machine>;

const PAUSE = 400;
const DRAFT: Draft = { origin: 'new', source: 'Hello.', includes: {} };
const OPENED: Draft = { origin: 'small-wins', source: 'Another scenario.', includes: { 'part.ink': 'A part.' } };

const machine = (deps: Partial<AuthoringDeps> = {}) =>
  createAuthoringMachine({ compile: () => new Promise(() => {}), saveDraft: () => {}, pause: PAUSE, ...deps });

const m = machine();
const invokeId = (m.root.states.compiling!.invoke[0] as { id: string }).id;
const DONE = `xstate.done.actor.${invokeId}`;
const ERROR = `xstate.error.actor.${invokeId}`;
const AFTER = Object.keys(m.root.states.waiting!.on).find((t) => t.startsWith('xstate.after.'));
if (!AFTER) throw new Error('the waiting state has no delayed transition');

/** A compiler's answer, named so the test can tell which compile it came from. */
const answer = (name: string): CompileResult => ({
  json: JSON.stringify({ name }),
  diagnostics: [],
  points: null,
  criteria: [],
  passages: [],
  variables: {},
  took: 1,
});

const events = (s: Snap): AuthoringEvent[] => [
  { type: 'draft.edit', source: `Hello, edit ${s.context.revision + 1}.` },
  { type: 'draft.open', draft: OPENED },
  { type: 'draft.compile' },
  ...(s.matches('waiting') ? [{ type: AFTER } as unknown as AuthoringEvent] : []),
  ...(s.matches('compiling')
    ? ([
        { type: DONE, output: { ...answer('model'), revision: s.context.revision } },
        { type: ERROR, error: new Error('the worker crashed') },
      ] as unknown as AuthoringEvent[])
    : []),
];

/** What matters of a snapshot: the state, and whether the result kept is for the text shown, an older text, or none. */
const key = (s: Pick<Snap, 'value' | 'context'>) =>
  JSON.stringify({
    v: s.value,
    result:
      s.context.result === null ? 'none' : s.context.compiledRevision === s.context.revision ? 'current' : 'older',
    error: s.context.error !== null,
  });

/**
 * The flow as the page needs it, state by state: where each event leads (the same state when it is ignored).
 * An edit always waits for a pause, even mid-compile (that compile's result is dropped); opening a draft or
 * asking to compile does not wait.
 */
const FLOW: Record<string, Record<string, string>> = {
  idle: { 'draft.edit': 'waiting', 'draft.open': 'compiling', 'draft.compile': 'compiling' },
  waiting: { 'draft.edit': 'waiting', 'draft.open': 'compiling', 'draft.compile': 'compiling', [AFTER]: 'compiling' },
  compiling: {
    'draft.edit': 'waiting',
    'draft.open': 'compiling',
    'draft.compile': 'compiling',
    [DONE]: 'idle',
    [ERROR]: 'idle',
  },
};

function invariants(s: Snap, event: { type: string }) {
  const c = s.context;
  if (event.type === DONE) expect(c.error, 'a result clears the error').toBeNull();
  if (event.type === ERROR) expect(c.error).not.toBeNull();
  expect(c.compiledRevision).toBeLessThanOrEqual(c.revision);
  if (c.result !== null) expect(c.compiledRevision).toBeGreaterThanOrEqual(0);
  // At rest, the result shown is that of the text shown, unless the compiler could not run.
  if (s.matches('idle') && c.error === null) expect(c.result !== null && c.compiledRevision === c.revision).toBe(true);
}

const model = new TestModel(m, {
  events,
  serializeState: (s) => key(s as Snap),
  input: { draft: DRAFT },
  // As createTestModel matches a state test to a snapshot.
  stateMatcher: (s, name) => (s as Snap).matches(name as 'idle' | 'waiting' | 'compiling'),
});
const shortest = model.getShortestPaths({ allowDuplicatePaths: true });
/** Every state the model can be in, with where each event takes it from there. */
const adjacency = Object.values(model.getAdjacencyMap()).map(({ state, transitions }) => ({
  state: state as Snap,
  transitions: Object.values(transitions) as { event: AuthoringEvent; state: Snap }[],
}));
type Path = Parameters<typeof model.testPath>[0];

/** Every transition the model can take: the shortest path to a state, then one event from there. */
const transitionPaths: Path[] = adjacency.flatMap(({ state, transitions }) => {
  const to = shortest.find((p) => key(p.state) === key(state));
  if (!to) throw new Error(`no path to ${key(state)}`);
  return transitions.map(({ event, state: next }) => ({
    state: next,
    steps: [...to.steps, { event, state: next }],
    weight: to.steps.length + 1,
  }));
});

describe('authoring machine model', () => {
  it('reaches every state and takes every transition the machine defines, keeping the result in step with the text', () => {
    const reached = new Set(shortest.map((p) => String((p.state as Snap).value)));
    expect([...reached].sort()).toEqual(Object.keys(m.root.states).sort());
    // Each state's own transitions and the machine-wide ones (edit, open) are taken from every state.
    const taken = new Set(
      adjacency.flatMap(({ state, transitions }) =>
        transitions.map(({ event }) => `${String(state.value)} ${event.type}`),
      ),
    );
    for (const [name, node] of Object.entries(m.root.states)) {
      for (const type of [...Object.keys(m.root.on), ...Object.keys(node.on)])
        expect(taken, `${name} on ${type}`).toContain(`${name} ${type}`);
    }
    const table = Object.entries(FLOW).flatMap(([from, on]) => Object.keys(on).map((type) => `${from} ${type}`));
    expect([...taken].sort()).toEqual(table.sort());
    for (const { state, transitions } of adjacency) {
      for (const { event, state: next } of transitions) {
        const from = String(state.value);
        expect(String(next.value), `${from} on ${event.type}`).toBe(FLOW[from]![event.type]);
      }
    }
    for (const p of transitionPaths) for (const step of p.steps) invariants(step.state as Snap, step.event);
  });

  it('replays every transition on a live actor: compiles after the pause, keeps the newest result, saves every edit', async () => {
    expect(transitionPaths.length).toBeGreaterThan(20);
    for (const path of transitionPaths) {
      const clock = new SimulatedClock();
      const calls: {
        draft: Draft;
        name: string;
        settled: boolean;
        resolve: (r: CompileResult) => void;
        reject: (e: Error) => void;
      }[] = [];
      const saved: Draft[] = [];
      let edits = 0;
      let checked = 0;
      const actor = createActor(
        machine({
          compile: (draft) =>
            new Promise((resolve, reject) => {
              calls.push({
                draft: structuredClone(draft),
                name: `compile ${calls.length}`,
                settled: false,
                resolve,
                reject,
              });
            }),
          saveDraft: (draft) => void saved.push(structuredClone(draft)),
        }),
        { input: { draft: DRAFT }, clock },
      );
      actor.start();
      // (xstate/graph types an executor's event by its type alone; the step holds the whole event.)
      const send = async (step: { event: { type: string } }) => {
        if (step.event.type === 'draft.edit' || step.event.type === 'draft.open') edits += 1;
        actor.send(step.event as AuthoringEvent);
        await settle();
      };
      /** Answers the compiles the machine walked away from first: each answer must be dropped. */
      const answerStale = async () => {
        const before = actor.getSnapshot().context;
        for (const call of calls.slice(0, -1).filter((c) => !c.settled)) {
          call.settled = true;
          call.resolve(answer(call.name));
        }
        await settle();
        expect(actor.getSnapshot().context.result).toBe(before.result);
      };
      /** At every step: the live actor is where the model is, and every edit or open was saved, once. */
      const inStep = (s: Snap) => {
        expect(key(actor.getSnapshot())).toBe(key(s));
        expect(saved).toHaveLength(edits);
        checked += 1;
      };
      const newest = () => {
        const call = calls.at(-1)!;
        expect(call.settled, 'the compile being answered is still running').toBe(false);
        call.settled = true;
        return call;
      };

      await model.testPath(path, {
        events: {
          'draft.edit': send,
          'draft.open': send,
          'draft.compile': send,
          [AFTER]: async () => {
            // Nothing is compiled a moment before the pause is over; at the pause, it is.
            const compiles = calls.length;
            clock.increment(PAUSE - 1);
            await settle();
            expect(actor.getSnapshot().matches('waiting')).toBe(true);
            expect(calls.length).toBe(compiles);
            clock.increment(1);
            await settle();
          },
          [DONE]: async () => {
            await answerStale();
            const call = newest();
            call.resolve(answer(call.name));
            await settle();
          },
          [ERROR]: async () => {
            await answerStale();
            newest().reject(new Error('the worker crashed'));
            await settle();
          },
        },
        states: {
          idle: (s) => {
            inStep(s);
            const c = actor.getSnapshot().context;
            if (s.context.error === null) expect(c.result?.json).toBe(answer(calls.at(-1)!.name).json);
            else expect(c.error).toMatch(/^The compiler could not run: the worker crashed$/);
          },
          waiting: (s) => {
            inStep(s);
            // The text being typed is saved, and not yet compiled.
            expect(saved.at(-1)).toEqual(actor.getSnapshot().context.draft);
            expect(calls.at(-1)?.draft).not.toEqual(actor.getSnapshot().context.draft);
          },
          compiling: (s) => {
            inStep(s);
            // The compile running is of the text shown.
            expect(calls.at(-1)!.settled).toBe(false);
            expect(calls.at(-1)!.draft).toEqual(actor.getSnapshot().context.draft);
          },
        },
      });
      expect(checked, 'every step was checked').toBe(path.steps.length);
      if (path.steps.at(-1)!.event.type === 'draft.open') {
        expect(actor.getSnapshot().context.draft).toEqual(OPENED);
        expect(actor.getSnapshot().context.result).toBeNull();
      }
      actor.stop();
    }
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
