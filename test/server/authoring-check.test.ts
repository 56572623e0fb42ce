/**
 * The server's draft checker (src/server/authoring-check/worker-checker.ts): the build's checks in a checker
 * process with a time and a memory limit and a bounded queue. A broken draft gets its errors at their lines, a
 * good one its bundle; a story that loops is reported (at its line when the checker can tell, else when the
 * time runs out) while the server's event loop keeps answering; a story that exhausts memory is contained.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  CheckerBusyError,
  workerChecker,
  type WorkerChecker,
  type WorkerCheckerOptions,
} from '../../src/server/authoring-check/worker-checker.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
const miniYaml = readFileSync(join(FIXTURES, 'stories/mini/scenario.yaml'), 'utf8');
const miniInk = readFileSync(join(FIXTURES, 'stories/mini/main.ink'), 'utf8');
const draft = (ink: string, yaml = miniYaml) => ({ slug: 'draft-under-test', yaml, ink });

/** Opens the story with two tagged options, then runs `body` as the knot `after`. */
const story = (body: string, vars = '') => `${vars}Mira sits down.
* [Ask how her week has been. #rubric:trust.active-listening:+1 #feedback:An open start.]
    -> after
* [Start on last week's plan. #rubric:trust.active-listening:-1 #feedback:Sets the agenda first.]
    -> after

=== after ===
${body}`;

/** Never reaches a choice, and each line takes long enough that only the time limit stops it. */
const SPINNER = story('~ i = i + 1\n{ i % 1000 == 0: The clock ticks. }\n-> after\n', 'VAR i = 0\n');
/** Doubles a text and prints it: the heap runs out long before the text's length does. */
const EXPLODER = story('~ s = s + s\n{s}\n-> after\n', 'VAR s = "xxxxxxxxxxxxxxxx"\n');

// No library: these checks need the rubric only, and a checker is ready at once.
const STALL = 1_000;
const empty = mkdtempSync(join(tmpdir(), 'rapport-no-stories-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));
const open: WorkerChecker[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
const checker = (options: Partial<WorkerCheckerOptions> = {}) => {
  const c = workerChecker({ root: ROOT, rubricDir: join(FIXTURES, 'rubric'), storiesDir: empty, ...options });
  open.push(c);
  return c;
};

/**
 * The longest the event loop went without running a 10 ms timer while `work` ran. A check run on the event loop
 * would stall it for the whole check (seconds, here); off it, the loop answers within a few milliseconds, and
 * STALL allows for a machine busy with other work (a loaded 2-core CI machine has paused ~350 ms) and stays below
 * the 1.5 s a check run on the loop would hold it (the spinner's time limit), so it still tells the two apart.
 */
async function longestStall<T>(work: Promise<T>): Promise<{ result: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  try {
    return { result: await work, stall };
  } finally {
    clearInterval(timer);
  }
}

describe('the worker checker', () => {
  it('reports a broken draft at its lines, in the draft’s own file names', async () => {
    const yaml = miniYaml.replace('minutes: 5', 'minutes: an hour');
    const ink = miniInk.replace('#rubric:boundaries.gifts:+2', '#rubric:boundaries.gifts:+3');
    const result = await checker()(draft(ink, yaml));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toContainEqual({
      file: 'scenario.yaml',
      line: yaml.split('\n').findIndex((l) => l.startsWith('minutes:')) + 1,
      severity: 'error',
      message: 'minutes: Invalid input: expected number, received string',
    });
    expect(errors).toContainEqual({
      file: 'main.ink',
      line: ink.split('\n').findIndex((l) => l.includes('boundaries.gifts:+3')) + 1,
      severity: 'error',
      message: 'rubric value +3 for boundaries.gifts is outside -2..+2',
    });
    expect(result.bundle).toBeNull();
    expect(result.took).toBeGreaterThan(0);
  });

  it('answers a good draft with the bundle the player runs, checked against the library', async () => {
    // The real rubric and library: the bots' classifier is trained on the other scenarios, as in the build.
    const c = workerChecker({ root: ROOT, timeoutMs: 60_000 });
    open.push(c);
    const slug = 'small-wins';
    const files = {
      slug,
      yaml: readFileSync(join(ROOT, 'stories', slug, 'scenario.yaml'), 'utf8'),
      ink: readFileSync(join(ROOT, 'stories', slug, 'main.ink'), 'utf8'),
    };
    const result = await c(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.bundle).toMatchObject({ slug, meta: { title: expect.any(String), main: 'main.ink' } });
    // The build's hash of the same story: the same compiled JSON.
    const built = loadScenario(ROOT, join(ROOT, 'stories'), slug, loadRubric(ROOT).rubric);
    expect(result.bundle!.hash).toBe(built.hash);
    expect(result.bundle!.map).not.toBeNull();
    expect(result.bundle!.rubric.domains.length).toBeGreaterThan(0);
  }, 120_000);

  it('reports a knot that loops without a choice at its line, well within the time limit', async () => {
    const ink = readFileSync(join(FIXTURES, 'checks/loop-no-choice/main.ink'), 'utf8');
    const result = await checker({ timeoutMs: 60_000 })(draft(ink));
    const loop = result.diagnostics.filter((d) => /loop/.test(d.message));
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatchObject({ file: 'main.ink', severity: 'error' });
    expect(loop[0]!.line).toBe(ink.split('\n').indexOf('=== waiting ===') + 1);
    expect(loop[0]!.message).not.toMatch(/seconds/);
    expect(result.bundle).toBeNull();
  });

  it('stops a story that runs past the time limit, while the event loop and an HTTP server keep answering', async () => {
    const c = checker({ timeoutMs: 1_500 });
    const server: Server = createServer((_req, res) => res.end('still here'));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as { port: number };
    try {
      const started = performance.now();
      const check = c(draft(SPINNER));
      // While the checker spins, requests are answered promptly.
      const answers: number[] = [];
      const ask = async () => {
        while (performance.now() - started < 1_200) {
          const t = performance.now();
          expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('still here');
          answers.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const [{ result, stall }] = await Promise.all([longestStall(check), ask()]);
      expect(answers.length).toBeGreaterThan(5);
      const sorted = [...answers].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(STALL / 4);
      expect(sorted.at(-1)).toBeLessThan(STALL);
      expect(stall).toBeLessThan(STALL);
      expect(result.bundle).toBeNull();
      expect(result.diagnostics).toEqual([
        {
          file: 'main.ink',
          line: null,
          severity: 'error',
          message:
            'the story ran for 1.5 seconds without reaching a choice or an end, so the check was stopped: does a knot divert back to itself with no choice in between?',
        },
      ]);
      expect(result.took).toBeGreaterThanOrEqual(1_400);
      // The process was replaced: the next draft is checked as usual.
      const next = await c(draft(miniInk));
      expect(next.diagnostics.some((d) => d.message.startsWith('a test-wise bot'))).toBe(true);
    } finally {
      server.close();
    }
  }, 30_000);

  it('contains a story that exhausts memory, again and again, and checks the next draft', async () => {
    // In a worker thread this story once aborted the whole process (V8 cannot always honour a thread's heap
    // limit for one large allocation); in its own process it ends that process alone.
    const c = checker({ timeoutMs: 60_000, memoryMb: 128 });
    for (let round = 0; round < 2; round++) {
      const { result, stall } = await longestStall(c(draft(EXPLODER)));
      expect(stall).toBeLessThan(STALL);
      expect(result.bundle).toBeNull();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ file: 'main.ink', severity: 'error' });
      expect(result.diagnostics[0]!.message).toMatch(/^checking the story used more than 128 MB of memory/);
    }
    const next = await c(draft(miniInk));
    expect(next.diagnostics.length).toBeGreaterThan(0);
    expect(next.diagnostics.every((d) => !/memory|stopped/.test(d.message))).toBe(true);
  }, 60_000);

  it('refuses at once when the queue is full, and answers every check it took', async () => {
    const c = checker({ timeoutMs: 1_500, maxQueue: 2 });
    const running = c(draft(SPINNER));
    // Wait until the spinner holds the checker, so the next two wait in the queue.
    while (c.load().running === 0) await new Promise((r) => setTimeout(r, 10));
    const waiting = [c(draft(miniInk)), c(draft(miniInk))];
    expect(c.load()).toEqual({ running: 1, waiting: 2 });
    const t = performance.now();
    await expect(c(draft(miniInk))).rejects.toBeInstanceOf(CheckerBusyError);
    await expect(c(draft(miniInk))).rejects.toThrow(/busy: 2 drafts are already waiting/);
    // Refused at once, not after the running check's 1.5 s.
    expect(performance.now() - t).toBeLessThan(STALL / 2);
    const [first, ...rest] = await Promise.all([running, ...waiting]);
    expect(first!.diagnostics[0]!.message).toMatch(/ran for 1.5 seconds/);
    for (const r of rest) expect(r.diagnostics.some((d) => d.message.startsWith('a test-wise bot'))).toBe(true);
    expect(c.load()).toEqual({ running: 0, waiting: 0 });
  }, 30_000);

  it('refuses checks once closed, and the waiting ones with it', async () => {
    const c = checker({ timeoutMs: 5_000, maxQueue: 4 });
    const outcomes = Promise.allSettled([c(draft(SPINNER)), c(draft(miniInk))]);
    await c.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(CheckerBusyError);
    }
    await expect(c(draft(miniInk))).rejects.toThrow(/stopped/);
  });
});
