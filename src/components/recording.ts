/**
 * The browser side of the outbox that records a signed-in trainee's attempts: an outbox actor wired to fetch,
 * localStorage and the browser's online and offline events. The player's recording state (recording.svelte.ts)
 * loads this module only once /api/me says someone is signed in, so guests download none of it.
 */
import { createActor } from 'xstate';
import { createAttemptSyncMachine, recorderFor } from '../machines/attempt-sync-machine.ts';
import { OUTBOX } from '../machines/attempt-sync-outbox.ts';

export { recordedScore, syncStatus } from '../machines/attempt-sync-status.ts';

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: the queue lives in memory only
  }
}

export function startOutbox(userId: string) {
  const actor = createActor(
    createAttemptSyncMachine({
      fetch: (url, init) => fetch(url, init),
      storage: localStorageOrNull(),
      key: OUTBOX(userId),
      online: () => navigator.onLine,
      connectivity: (listener) => {
        const online = () => listener(true);
        const offline = () => listener(false);
        addEventListener('online', online);
        addEventListener('offline', offline);
        return () => {
          removeEventListener('online', online);
          removeEventListener('offline', offline);
        };
      },
    }),
  );
  actor.start();
  return { actor, recorder: recorderFor(actor) };
}
