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

/** What the page knows of the assignment it was opened for, for the scenario being played. */
export interface AssignedAttempts {
  title: string;
  mode: Mode;
  /** Attempts the assignment allows for each scenario; null for no limit. */
  allowed: number | null;
  /** Attempts left for this scenario; null for no limit. */
  left: number | null;
  /** Respond-first play (issue 16): `required` locks it on, otherwise it is the trainee's to choose. */
  respondFirst: 'off' | 'offered' | 'required';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** The assignment `id`'s attempts for `slug` in the answer of /api/assignments; null when it is not there. */
export function assignedAttempts(answer: unknown, id: string, slug: string): AssignedAttempts | null {
  const list = isObject(answer) && Array.isArray(answer.assignments) ? answer.assignments : [];
  const found = list.find((a): a is Record<string, unknown> => isObject(a) && a.id === id);
  if (!found || (found.mode !== 'practice' && found.mode !== 'assessment')) return null;
  const scenarios = Array.isArray(found.scenarioStatus) ? found.scenarioStatus : [];
  const scenario = scenarios.find((s): s is Record<string, unknown> => isObject(s) && s.slug === slug);
  if (!scenario) return null;
  return {
    title: typeof found.title === 'string' ? found.title : 'your assignment',
    mode: found.mode,
    allowed: count(found.attemptsAllowed),
    left: count(scenario.attemptsLeft),
    respondFirst: found.respondFirst === 'offered' || found.respondFirst === 'required' ? found.respondFirst : 'off',
  };
}

/** The attempts an assignment has left for the scenario being played, as the page knows them. */
export interface AttemptAllowance {
  /** How many are left; null when the assignment sets no limit. */
  left(): number | null;
  /** An attempt was started for the assignment: one fewer is left. */
  use(attemptId: string): void;
  /** An attempt in the assignment's mode was started outside it, because none were left. */
  practise(attemptId: string): void;
}

/**
 * Passes everything on to `target`; an attempt started in the assignment's mode is started for the assignment,
 * unless `allowance` says none are left: then it is practice, recorded outside the assignment (the server would
 * refuse it for the assignment, and the trainee was told before it began).
 */
export function forAssignment(
  target: AttemptRecorder,
  assignment: { id: string; mode: Mode },
  allowance?: AttemptAllowance,
): AttemptRecorder {
  return {
    start: (attempt) => {
      if (attempt.mode !== assignment.mode) return target.start(attempt);
      if (allowance?.left() === 0) {
        allowance.practise(attempt.attemptId);
        return target.start(attempt);
      }
      allowance?.use(attempt.attemptId);
      target.start({ ...attempt, assignmentId: assignment.id });
    },
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
