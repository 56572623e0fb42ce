/**
 * The player's recording of a signed-in trainee's attempts on the server, as reactive state (Svelte 5 runes in a
 * class): who is playing, the outbox once someone is signed in, and what the page says about the current attempt's
 * record (the status line and, in the debrief, the server's score).
 *
 * Until /api/me answers, `recorder` holds what the scenario machine tells it; for a guest (or a failed answer) it
 * drops it and nothing is sent. The outbox (recording.ts, with its machine) is loaded only for someone signed in.
 */
import type { RecordedScore } from '../lib/attempt-protocol.ts';
import type { SyncSnapshot } from '../machines/attempt-sync-machine.ts';
import type { SyncStatus } from '../machines/attempt-sync-status.ts';
import type { Mode } from '../machines/progress-store.ts';
import { deferredRecorder, forAssignment, type AttemptRecorder } from '../machines/recorder.ts';

type OutboxModule = typeof import('./recording.ts');

/** What the debrief says about the attempt on the record. */
export type Recorded =
  | { state: 'scored'; overall: RecordedScore['overall']; band: RecordedScore['band'] }
  | { state: 'pending'; offline: boolean }
  | { state: 'not-saved'; message: string }
  | null;

export interface RecordingDeps {
  /** The current attempt's id (read reactively: it changes on "Try again" and on a replay). */
  attemptId: () => string;
  /** Loads the outbox module; the player passes `() => import('./recording.ts')` so it is its own chunk. */
  load: () => Promise<OutboxModule>;
  /** The assignment the page was opened for: attempts in its mode are recorded for it. */
  assignment?: { id: string; mode: Mode } | null;
  /** Who is signed in, or null for a guest; asks /api/me by default. */
  whoIsSignedIn?: () => Promise<{ id: string } | null>;
}

const NOT_STARTED = 'recording could not start. Check your connection and reload the page.';

/** Who is signed in: null for a guest, or when the server cannot say. */
export async function askWhoIsSignedIn(): Promise<{ id: string } | null> {
  try {
    const response = await fetch('/api/me', { headers: { accept: 'application/json' } });
    // Read the body whatever the status: an unread one keeps the request open.
    const body = (await response.json().catch(() => null)) as { user?: { id?: unknown } | null } | null;
    return response.ok && typeof body?.user?.id === 'string' ? { id: body.user.id } : null;
  } catch {
    return null;
  }
}

export class Recording {
  /** What the scenario machine tells: held until it is known who is playing. */
  readonly recorder: AttemptRecorder;
  #attach: (target: AttemptRecorder | null) => void;
  #deps: RecordingDeps;
  /** The outbox's snapshot and its module, once someone is known to be signed in. */
  #sync = $state.raw<{ snapshot: SyncSnapshot; lib: OutboxModule } | null>(null);
  #failed = $state(false);

  constructor(deps: RecordingDeps) {
    this.#deps = deps;
    const deferred = deferredRecorder();
    this.recorder = deferred.recorder;
    this.#attach = deferred.attach;
  }

  /** Someone is signed in and their attempts go to the outbox. */
  get signedIn(): boolean {
    return this.#sync !== null;
  }

  /** Whether the page shows a line about the record: someone is signed in, or recording failed to start. */
  get shown(): boolean {
    return this.#sync !== null || this.#failed;
  }

  /** How the current attempt stands in the outbox; null for a guest or before anyone is known. */
  status: SyncStatus | null = $derived.by(() => {
    if (this.#failed) return { kind: 'rejected', message: NOT_STARTED };
    const sync = this.#sync;
    const id = this.#deps.attemptId();
    return sync && id ? sync.lib.syncStatus(sync.snapshot, id) : null;
  });

  /** What the debrief says about the score on the record. */
  recorded: Recorded = $derived.by(() => {
    const sync = this.#sync;
    const status = this.status;
    if (!sync || !status) return null;
    const score = sync.lib.recordedScore(sync.snapshot, this.#deps.attemptId());
    if (score) return { state: 'scored', overall: score.overall, band: score.band };
    if (
      status.kind === 'saving' ||
      status.kind === 'retrying' ||
      status.kind === 'offline-not-saved' ||
      status.kind === 'signed-out'
    ) {
      return { state: 'pending', offline: status.kind === 'offline-not-saved' };
    }
    if (status.kind === 'rejected') return { state: 'not-saved', message: status.message };
    return null;
  });

  /** Asks who is playing and, for someone signed in, starts the outbox; returns the stop (for an `$effect`). */
  start(): () => void {
    let stopped = false;
    let stop = () => {};
    void (async () => {
      const user = await (this.#deps.whoIsSignedIn ?? askWhoIsSignedIn)();
      if (stopped) return;
      if (!user) return this.#attach(null);
      try {
        const lib = await this.#deps.load();
        if (stopped) return;
        const outbox = lib.startOutbox(user.id);
        const subscription = outbox.actor.subscribe((snapshot) => (this.#sync = { snapshot, lib }));
        this.#sync = { snapshot: outbox.actor.getSnapshot(), lib };
        const assignment = this.#deps.assignment;
        this.#attach(assignment ? forAssignment(outbox.recorder, assignment) : outbox.recorder);
        stop = () => {
          subscription.unsubscribe();
          outbox.actor.stop();
        };
      } catch {
        this.#failed = true;
        this.#attach(null);
      }
    })();
    return () => {
      stopped = true;
      stop();
    };
  }
}
