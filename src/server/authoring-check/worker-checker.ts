/**
 * The server's draft checker (issue 15): each check runs in a checker process (check-worker.ts, started with
 * node:child_process) with a heap limit and a wall-clock limit, so a story that loops or explodes costs its author
 * an error message and the server nothing. Past the time limit the process is killed and replaced; past the
 * heap limit V8 aborts it, and it is replaced. Checks wait in a bounded queue for a free process: a full queue
 * refuses at once (the caller answers 503), so a save never hangs behind a crowd of others.
 *
 * A process rather than a node:worker_threads thread: a thread's `resourceLimits` are best effort, and a story
 * that doubles a text (one large allocation past the limit) aborted the whole process it ran in, as Node's own
 * issue tracker describes (nodejs/node#47224). A process's heap limit ends that process alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Diagnostic } from '../../engine/diagnostics.ts';
import { inkFileOf } from '../../pipeline/entry-name.ts';
import type { DraftLibrary } from '../../pipeline/draft-check.ts';
import type { CheckJob, WorkerMessage, WorkerSetup } from './check-worker.ts';
import type { DraftCheck, DraftChecker, DraftFiles } from './types.ts';

export interface WorkerCheckerOptions {
  /** The repository root: the rubric (content/rubrics) and the library (stories/) are read from it. */
  root: string;
  /** Another rubric folder (tests). */
  rubricDir?: string;
  /** Another stories folder (tests); RAPPORT_STORIES_DIR or stories/ otherwise. */
  storiesDir?: string;
  /** Checker processes at once: 1 (the default) or 2 per server process. */
  workers?: number;
  /** Longest a check may run, in milliseconds, before its process is killed. */
  timeoutMs?: number;
  /** A checker process's JavaScript heap (V8's old generation), in megabytes. */
  memoryMb?: number;
  /** Checks that may wait for a free checker process; one more is refused at once. */
  maxQueue?: number;
}

/** A DraftChecker whose processes are stopped by `close()` (when the server stops). */
export type WorkerChecker = DraftChecker & {
  close(): Promise<void>;
  /** Checks running and waiting now, for logs and tests. */
  load(): { running: number; waiting: number };
};

/** Refused when every checker process is busy and the queue is full, or once the checker is closed. */
export class CheckerBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckerBusyError';
  }
}

const WORKER_URL = new URL('./check-worker.ts', import.meta.url);

interface Job {
  id: number;
  files: DraftFiles;
  resolve(check: DraftCheck): void;
  reject(error: Error): void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  job: Job | null;
  started: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** Killed on purpose (a time-out, or close): its exit needs no answer. */
  retired: boolean;
  /** The end of what the process wrote to stderr, to tell running out of memory from another end. */
  stderr: string;
}

/** What V8 writes when it aborts a process that has reached its heap limit. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;

export function workerChecker(options: WorkerCheckerOptions): WorkerChecker {
  const { timeoutMs = 10_000, memoryMb = 256, maxQueue = 8 } = options;
  const size = Math.min(Math.max(Math.trunc(options.workers ?? 1), 1), 2);
  /** Read by the first process and handed to the processes that replace it, so a replacement is ready at once. */
  let library: DraftLibrary | null = null;
  let closed = false;
  let nextId = 1;
  const queue: Job[] = [];
  const slots = new Set<Slot>();

  const answer = (slot: Slot, check: DraftCheck) => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(check);
  };

  /** An error a person can act on, at the draft's ink file (where the story that misbehaved is written). */
  const stopped = (job: Job, message: string, took: number): DraftCheck => ({
    diagnostics: [{ file: inkFileOf(job.files.yaml), line: null, severity: 'error', message } satisfies Diagnostic],
    bundle: null,
    took: Math.round(took),
  });

  function spawn(): void {
    const child = fork(WORKER_URL, [], {
      execArgv: [`--max-old-space-size=${memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    // The checker never keeps the server's process alive by itself: the HTTP server does, while it serves.
    child.unref();
    child.channel?.unref();
    const slot: Slot = { child, ready: false, job: null, started: 0, timer: null, retired: false, stderr: '' };
    slots.add(slot);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => {
      // The checker's own lines (a broken rubric) go to the server's log at once; V8's report of an abort is kept
      // to tell why the process ended.
      for (const line of text.split('\n')) if (line.startsWith('The draft checker')) console.error(line);
      slot.stderr = (slot.stderr + text).slice(-8_192);
    });
    (child.stderr as unknown as { unref?: () => void }).unref?.();
    child.on('message', (message: WorkerMessage) => {
      if (message.kind === 'library') library ??= message.library;
      else if (message.kind === 'ready') {
        slot.ready = true;
        pump();
      } else if (message.kind === 'checked' && slot.job?.id === message.id) {
        answer(slot, { diagnostics: message.diagnostics, bundle: message.bundle, took: message.took });
        pump();
      }
    });
    child.on('error', (error) => {
      slot.stderr += `\n${error.message}`;
    });
    // 'close' rather than 'exit': by then everything the process wrote to stderr has been read.
    child.on('close', (code, signal) => {
      slots.delete(slot);
      if (slot.retired || closed) return;
      const job = slot.job;
      const how = signal ?? `exit code ${code}`;
      if (job) {
        const memory = OUT_OF_MEMORY.test(slot.stderr);
        if (!memory) console.error(`A draft check's process ended (${how}):\n${slot.stderr.trim()}`);
        answer(
          slot,
          stopped(
            job,
            memory
              ? `checking the story used more than ${memoryMb} MB of memory, so it was stopped: does a knot keep adding to a text, or call itself, with no choice in between?`
              : `the checker stopped unexpectedly while checking this draft (${how}); save again, and report it if it happens again`,
            performance.now() - slot.started,
          ),
        );
      } else if (!slot.ready) {
        // A process that cannot even start (a missing file, a broken install) would fail again at once: the waiting
        // checks are refused with the reason, and the next check tries again.
        const why = slot.stderr.trim().split('\n').at(-1) || how;
        console.error(`The draft checker could not start (${how}):\n${slot.stderr.trim()}`);
        for (const waiting of queue.splice(0)) waiting.reject(new Error(`the draft checker could not start: ${why}`));
        return;
      }
      fill();
      pump();
    });
    const setup: WorkerSetup = {
      kind: 'setup',
      root: options.root,
      rubricDir: options.rubricDir,
      storiesDir: options.storiesDir,
      library,
    };
    child.send(setup);
  }

  /** Keeps `size` checker processes. */
  function fill() {
    while (!closed && slots.size < size) spawn();
  }

  function pump() {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.started = performance.now();
      slot.timer = setTimeout(() => {
        // The process is busy in the story and cannot be asked to stop: it is killed, and another takes its place.
        slot.retired = true;
        slots.delete(slot);
        answer(
          slot,
          stopped(
            job,
            `the story ran for ${timeoutMs / 1000} seconds without reaching a choice or an end, so the check was stopped: does a knot divert back to itself with no choice in between?`,
            performance.now() - slot.started,
          ),
        );
        slot.child.kill('SIGKILL');
        fill();
        pump();
      }, timeoutMs);
      slot.child.send({ kind: 'check', id: job.id, files: job.files } satisfies CheckJob);
    }
  }

  const check = (files: DraftFiles): Promise<DraftCheck> => {
    if (closed) return Promise.reject(new CheckerBusyError('the draft checker has stopped'));
    if (queue.length >= maxQueue)
      return Promise.reject(
        new CheckerBusyError(`the draft checker is busy: ${queue.length} drafts are already waiting to be checked`),
      );
    fill();
    return new Promise<DraftCheck>((resolve, reject) => {
      queue.push({ id: nextId++, files: { slug: files.slug, yaml: files.yaml, ink: files.ink }, resolve, reject });
      pump();
    });
  };

  // The first process starts now: it reads the library while the server starts, not on the first save.
  fill();
  return Object.assign(check, {
    load: () => ({ running: [...slots].filter((s) => s.job).length, waiting: queue.length }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new CheckerBusyError('the draft checker has stopped'));
      const all = [...slots];
      slots.clear();
      for (const slot of all) {
        slot.retired = true;
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new CheckerBusyError('the draft checker has stopped'));
        slot.job = null;
      }
      await Promise.all(
        all.map(
          (s) =>
            new Promise<void>((ended) => {
              if (s.child.exitCode !== null || s.child.signalCode !== null) return ended();
              // Held, so that the server waits for its checkers to end before it closes the database and exits.
              s.child.ref();
              s.child.once('exit', () => ended());
              s.child.kill('SIGKILL');
            }),
        ),
      );
    },
  });
}
