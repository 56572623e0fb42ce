/**
 * What the scenario machine tells whoever records attempts on the server: an attempt began, a choice was made
 * at a point on the current path, the reflection was submitted. Guests and the authoring preview have no
 * recorder, so nothing of theirs leaves the browser.
 */
import type { ChoiceMessage, Mode, StartMessage } from '../lib/attempt-protocol.ts';

/** An attempt began: the protocol's start message, named by the attempt's id as every other call is. */
export type AttemptStart = Omit<StartMessage, 'id'> & { attemptId: string };

export interface AttemptRecorder {
  start(attempt: AttemptStart): void;
  /** A choice at a point on the current path, naming the option by its ink index (the identity the click gave it). */
  choice(attemptId: string, choice: ChoiceMessage): void;
  complete(attemptId: string, reflection: string): void;
}

/** An assignment a scenario page was opened for (`?assignment=<id>&mode=<mode>`), or null. */
export function assignmentFromUrl(search: string): { id: string; mode: Mode } | null {
  const params = new URLSearchParams(search);
  const id = params.get('assignment');
  const mode = params.get('mode');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || (mode !== 'practice' && mode !== 'assessment')) return null;
  return { id, mode };
}

/** Passes everything on to `target`; an attempt started in the assignment's mode is started for the assignment. */
export function forAssignment(target: AttemptRecorder, assignment: { id: string; mode: Mode }): AttemptRecorder {
  return {
    start: (attempt) =>
      target.start(attempt.mode === assignment.mode ? { ...attempt, assignmentId: assignment.id } : attempt),
    choice: (id, choice) => target.choice(id, choice),
    complete: (id, reflection) => target.complete(id, reflection),
  };
}

/**
 * A recorder for before anyone knows who is playing: it holds every call until `attach` says where they go,
 * to a recorder (someone is signed in) or nowhere (a guest, whose calls are dropped). Only the first
 * `attach` counts.
 */
export function deferredRecorder(): { recorder: AttemptRecorder; attach(target: AttemptRecorder | null): void } {
  let target: AttemptRecorder | null | undefined;
  const held: ((r: AttemptRecorder) => void)[] = [];
  const call = (f: (r: AttemptRecorder) => void) => {
    if (target === undefined) held.push(f);
    else if (target) f(target);
  };
  return {
    recorder: {
      start: (attempt) => call((r) => r.start(attempt)),
      choice: (id, choice) => call((r) => r.choice(id, choice)),
      complete: (id, reflection) => call((r) => r.complete(id, reflection)),
    },
    attach(next) {
      if (target !== undefined) return;
      target = next;
      const calls = held.splice(0);
      if (next) for (const f of calls) f(next);
    },
  };
}
