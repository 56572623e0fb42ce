/**
 * The server's draft checker (issue 15): each check runs in a node:worker_threads thread (check-worker.ts) with a
 * memory limit and a wall-clock limit, so a story that loops or explodes costs its author an error message and
 * the server nothing. Past the time limit the thread is terminated and replaced; past the memory limit V8 ends
 * it and it is replaced. Checks wait in a bounded queue for a free thread: a full queue refuses at once (the
 * caller answers 503), so a save never hangs behind a crowd of others.
 */
import { Worker } from 'node:worker_threads';
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
  /** Threads checking at once: 1 (the default) or 2 per process. */
  workers?: number;
  /** Longest a check may run, in milliseconds, before its thread is terminated. */
  timeoutMs?: number;
  /** A thread's JavaScript heap (V8's old generation), in megabytes. */
  memoryMb?: number;
  /** Checks that may wait for a free thread; one more is refused at once. */
  maxQueue?: number;
}

/** A DraftChecker whose threads are stopped by `close()` (when the server stops). */
export type WorkerChecker = DraftChecker & {
  close(): Promise<void>;
  /** Checks running and waiting now, for logs and tests. */
  load(): { running: number; waiting: number };
};

/** Refused when every thread is busy and the queue is full, or once the checker is closed. */
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
  worker: Worker;
  ready: boolean;
  job: Job | null;
  started: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** Terminated on purpose (a time-out, or close): its exit needs no answer. */
  retired: boolean;
  error: Error | null;
}

export function workerChecker(options: WorkerCheckerOptions): WorkerChecker {
  const { timeoutMs = 10_000, memoryMb = 256, maxQueue = 8 } = options;
  const size = Math.min(Math.max(Math.trunc(options.workers ?? 1), 1), 2);
  /** Read by the first thread and handed to the threads that replace it, so a replacement is ready at once. */
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
    const setup: WorkerSetup = {
      root: options.root,
      rubricDir: options.rubricDir,
      storiesDir: options.storiesDir,
      library,
    };
    const worker = new Worker(WORKER_URL, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    // The threads never keep the process alive by themselves: the HTTP server does, while it serves.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, started: 0, timer: null, retired: false, error: null };
    slots.add(slot);
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'library') library ??= message.library;
      else if (message.kind === 'ready') {
        slot.ready = true;
        pump();
      } else if (message.kind === 'checked' && slot.job?.id === message.id) {
        answer(slot, { diagnostics: message.diagnostics, bundle: message.bundle, took: message.took });
        pump();
      }
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', () => {
      slots.delete(slot);
      if (slot.retired || closed) return;
      const job = slot.job;
      if (job) {
        const memory = (slot.error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        answer(
          slot,
          stopped(
            job,
            memory
              ? `checking the story used more than ${memoryMb} MB of memory, so it was stopped: does a knot keep adding to a text, or call itself, with no choice in between?`
              : `the checker stopped unexpectedly while checking this draft (${slot.error?.message ?? 'its thread ended'}); save again, and report it if it happens again`,
            performance.now() - slot.started,
          ),
        );
      } else if (!slot.ready) {
        // A thread that cannot even start (a missing file, a broken install) would fail again at once: the waiting
        // checks are refused with the reason, and the next check tries again.
        for (const waiting of queue.splice(0))
          waiting.reject(new Error(`the draft checker could not start: ${slot.error?.message ?? 'its thread ended'}`));
        return;
      }
      fill();
      pump();
    });
  }

  /** Keeps `size` threads, while there is work for them. */
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
        // The thread is busy in the story and cannot be asked to stop: it is terminated, and another takes its place.
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
        void slot.worker.terminate();
        fill();
        pump();
      }, timeoutMs);
      slot.worker.postMessage({ id: job.id, files: job.files } satisfies CheckJob);
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

  // The first thread starts now: it reads the library while the server starts, not on the first save.
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
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  });
}
