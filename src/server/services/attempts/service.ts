/**
 * Attempts: started by a signed-in trainee, fed one event at a time, scored by the server. One verb per file:
 * start.ts, record.ts (and finish.ts, the scoring on completion), read.ts.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Dialect } from '../../db/migrations.ts';
import type { AttemptTable, Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';
import type { AttemptContext } from './context.ts';
import { getAttempt, listAttempts, mayReadAttempt } from './read.ts';
import { recordEvent } from './record.ts';
import { startAttempt } from './start.ts';

export type { AttemptDetail, AttemptSummary, DomainSummary, EventResult } from './summary.ts';

export function attemptService(
  db: Kysely<Database>,
  dialect: Dialect,
  stories: StoryCatalog,
  versions: StoryVersions,
  now: () => Date = () => new Date(),
) {
  const ctx: AttemptContext = { db, dialect, stories, versions, now };
  return {
    /** Begins an attempt on the scenario's current story version; starting the same id again is harmless. */
    start: (actor: Actor, input: unknown) => startAttempt(ctx, actor, input),
    /** Records one event of the actor's own attempt. */
    record: (actor: Actor, attemptId: string, input: unknown) => recordEvent(ctx, actor, attemptId, input),
    /** The actor's own attempts, newest first; or, for a supervisor, those of a trainee they supervise. */
    list: (actor: Actor, userId = actor.id) => listAttempts(ctx, actor, userId),
    /** One attempt in full, rebuilt from its choices, for whoever may read it. */
    get: (actor: Actor, attemptId: string) => getAttempt(ctx, actor, attemptId),
    mayRead: (actor: Actor, attempt: Pick<AttemptTable, 'user_id' | 'assignment_id'>) =>
      mayReadAttempt(ctx, actor, attempt),
  };
}

export type AttemptService = ReturnType<typeof attemptService>;
