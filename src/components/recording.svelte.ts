/**
 * The player's recording of a signed-in trainee's attempts on the server, as reactive state (Svelte 5 runes in a
 * class): who is playing, the outbox once someone is signed in, what the page says about the current attempt's
 * record (the status line and, in the debrief, the server's score), and, on a page opened for an assignment, how
 * many attempts it has left for this scenario, so every action that would use one can say so first.
 *
 * Until /api/me answers (and, for an assignment, /api/assignments), `recorder` holds what the scenario machine tells
 * it; for a guest (or a failed answer) it drops it and nothing is sent. The outbox (recording.ts, with its machine)
 * is loaded only for someone signed in.
 */
import type { RecordedScore } from '../lib/attempt-protocol.ts';
import type { SyncSnapshot } from '../machines/attempt-sync-machine.ts';
import type { SyncStatus } from '../machines/attempt-sync-status.ts';
import type { Mode } from '../machines/progress-store.ts';
import {
  assignedAttempts,
  deferredRecorder,
  forAssignment,
  type AssignedAttempts,
  type AttemptAllowance,
  type AttemptRecorder,
} from '../machines/recorder.ts';

type OutboxModule = typeof import('./recording.ts');

/** What the debrief says about the attempt on the record. */
export type Recorded =
  | { state: 'scored'; overall: RecordedScore['overall']; band: RecordedScore['band'] }
  | { state: 'pending'; offline: boolean }
  | { state: 'not-saved'; message: string }
  | null;

/**
 * What the briefing says about the assignment before play begins: still being checked (Begin waits), not signed in
 * (it will not count), it counts (using one of the attempts left), or none are left (practice, not recorded for
 * it; `practice` links to where to practise when this page cannot, the sealed assessment page).
 */
export type Credit =
  | { kind: 'checking' }
  | { kind: 'signed-out' }
  | { kind: 'counts'; title: string; allowed: number | null; left: number | null }
  | { kind: 'none-left'; title: string; allowed: number; practice: string | null };

export interface RecordingDeps {
  /** The scenario being played. */
  slug: string;
  /** The current attempt's id (read reactively: it changes on "Try again" and on a replay). */
  attemptId: () => string;
  /** Loads the outbox module; the player passes `() => import('./recording.ts')` so it is its own chunk. */
  load: () => Promise<OutboxModule>;
  /** The assignment the page was opened for: attempts in its mode are recorded for it. */
  assignment?: { id: string; mode: Mode } | null;
  /** Who is signed in, or null for a guest; asks /api/me by default. */
  whoIsSignedIn?: () => Promise<{ id: string } | null>;
  /** The signed-in trainee's assignments; asks /api/assignments by default. */
  assignments?: () => Promise<unknown>;
  /**
   * The recorder the scenario already tells, holding its calls until it is known who is playing (the player makes it
   * before this module loads, so what an attempt begun meanwhile told it is kept); a new one by default.
   */
  deferred?: ReturnType<typeof deferredRecorder>;
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

/** The trainee's assignments (the answer of GET /api/assignments), or null when it cannot be had. */
async function askAssignments(): Promise<unknown> {
  try {
    const response = await fetch('/api/assignments', { headers: { accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => null);
    return response.ok ? body : null;
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
  /** Whether it is known who is playing (and, on an assignment's page, how many attempts are left). */
  #settled = $state(false);
  #attempts = $state<AssignedAttempts | null>(null);
  /** Attempts begun on this page in the assignment's mode but outside it, because none were left. */
  #practice = $state<string[]>([]);

  constructor(deps: RecordingDeps) {
    this.#deps = deps;
    const deferred = deps.deferred ?? deferredRecorder();
    this.recorder = deferred.recorder;
    this.#attach = deferred.attach;
  }

  /** Someone is signed in and their attempts go to the outbox. */
  get signedIn(): boolean {
    return this.#sync !== null;
  }

  /** Still finding out who is playing and what the assignment allows: the page waits before an attempt begins. */
  get checking(): boolean {
    return !this.#settled;
  }

  /** The assignment the page was opened for, as far as the signed-in trainee's assignments say; else null. */
  get assignment(): AssignedAttempts | null {
    return this.#attempts;
  }

  /** The current attempt is played in the assignment's mode but not recorded for it (none were left). */
  get practising(): boolean {
    return this.#practice.includes(this.#deps.attemptId());
  }

  /**
   * What a new attempt in `mode` would cost the assignment, for the page to say before it begins: nothing (no
   * assignment, another mode, no limit: null), one of the `left` attempts, or none left (practice outside it).
   */
  costOf(mode: Mode): { title: string; allowed: number; left: number } | null {
    const a = this.#attempts;
    if (!a || a.mode !== mode || a.allowed === null || a.left === null) return null;
    return { title: a.title, allowed: a.allowed, left: a.left };
  }

  /** What the briefing says about the assignment (null when the page is not opened for one it can find). */
  credit(practiceElsewhere: string | null): Credit | null {
    if (!this.#deps.assignment) return null;
    if (this.checking) return { kind: 'checking' };
    if (!this.signedIn) return { kind: 'signed-out' };
    const a = this.#attempts;
    if (!a) return null;
    if (a.left === 0)
      return { kind: 'none-left', title: a.title, allowed: a.allowed ?? 0, practice: practiceElsewhere };
    return { kind: 'counts', title: a.title, allowed: a.allowed, left: a.left };
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
      const assignment = this.#deps.assignment ?? null;
      if (!user) {
        this.#settled = true;
        return this.#attach(null);
      }
      try {
        const [lib, answer] = await Promise.all([
          this.#deps.load(),
          assignment ? (this.#deps.assignments ?? askAssignments)() : null,
        ]);
        if (stopped) return;
        if (assignment) this.#attempts = assignedAttempts(answer, assignment.id, this.#deps.slug);
        const outbox = lib.startOutbox(user.id);
        const subscription = outbox.actor.subscribe((snapshot) => (this.#sync = { snapshot, lib }));
        this.#sync = { snapshot: outbox.actor.getSnapshot(), lib };
        this.#attach(assignment ? forAssignment(outbox.recorder, assignment, this.#allowance()) : outbox.recorder);
        stop = () => {
          subscription.unsubscribe();
          outbox.actor.stop();
        };
      } catch {
        this.#failed = true;
        this.#attach(null);
      } finally {
        this.#settled = true;
      }
    })();
    return () => {
      stopped = true;
      stop();
    };
  }

  /** The assignment's attempts as the recorder spends them: an attempt begun for it leaves one fewer. */
  #allowance(): AttemptAllowance {
    return {
      left: () => this.#attempts?.left ?? null,
      use: () => {
        const a = this.#attempts;
        if (a && a.left !== null) this.#attempts = { ...a, left: Math.max(0, a.left - 1) };
      },
      practise: (attemptId) => {
        this.#practice = [...this.#practice, attemptId];
      },
    };
  }
}
