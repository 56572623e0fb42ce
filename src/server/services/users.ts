/** Accounts as the admin sees them: list, change a role, erase a person and everything of theirs. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireAdmin as requireRole, type Actor } from '../core/actor.ts';
import { notFound, Problem } from '../core/errors.ts';
import { isId, parseOrProblem } from '../core/input.ts';
import { ROLES, type Database, type Role } from '../db/schema.ts';
import { eraseAuthoringOf } from './authoring/personal-data.ts';

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  demo: boolean;
  createdAt: string;
  attempts: number;
}

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());
const roleOf = (v: string | null): Role => ((ROLES as readonly string[]).includes(v ?? '') ? (v as Role) : 'trainee');

export function userService(db: Kysely<Database>) {
  const requireAdmin = (actor: Actor) => requireRole(actor, 'Only an administrator can manage accounts.');

  return {
    async list(actor: Actor): Promise<UserSummary[]> {
      requireAdmin(actor);
      const rows = await db
        .selectFrom('user')
        .leftJoin('attempt', 'attempt.user_id', 'user.id')
        .select(['user.id', 'user.name', 'user.email', 'user.role', 'user.demo', 'user.createdAt'])
        .select((eb) => eb.fn.count<number>('attempt.id').as('attempts'))
        .groupBy(['user.id', 'user.name', 'user.email', 'user.role', 'user.demo', 'user.createdAt'])
        .orderBy('user.email')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        role: roleOf(r.role),
        demo: Boolean(r.demo),
        createdAt: iso(r.createdAt),
        attempts: Number(r.attempts),
      }));
    },

    async setRole(actor: Actor, userId: string, input: unknown): Promise<void> {
      requireAdmin(actor);
      const { role } = parseOrProblem(
        z.strictObject({ role: z.enum(ROLES as [Role, ...Role[]]) }),
        input,
        'role change',
      );
      if (!isId(userId)) throw notFound('user');
      if (userId === actor.id && role !== 'admin')
        throw new Problem(409, 'You cannot remove your own administrator role.');
      const result = await db
        .updateTable('user')
        .set({ role, updatedAt: new Date().toISOString() })
        .where('id', '=', userId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound('user');
    },

    /**
     * Deletes the user; sessions, sign-in methods, attempts and their events go with them (foreign keys cascade).
     * A cohort whose only supervisor they were is handed to the administrator erasing them, so no cohort is
     * left without a supervisor; the answer says how many. Their drafts that were never published go; what
     * they published, approved or commented stays, shown as by a removed account (authoring/personal-data.ts).
     */
    async erase(actor: Actor, userId: string): Promise<{ attempts: number; cohortsHandedOver: number }> {
      requireAdmin(actor);
      if (!isId(userId)) throw notFound('user');
      if (userId === actor.id) throw new Problem(409, 'You cannot erase your own account while signed in as it.');
      return db.transaction().execute(async (trx) => {
        const user = await trx.selectFrom('user').select(['id', 'email']).where('id', '=', userId).executeTakeFirst();
        if (!user) throw notFound('user');
        const { n } = await trx
          .selectFrom('attempt')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .executeTakeFirstOrThrow();
        // Children first: the same result without relying on the database enforcing the cascade.
        await trx
          .deleteFrom('attempt_event')
          .where('attempt_id', 'in', trx.selectFrom('attempt').select('id').where('user_id', '=', userId))
          .execute();
        await trx.deleteFrom('attempt').where('user_id', '=', userId).execute();
        const sole = await trx
          .selectFrom('cohort_supervisor as s')
          .select('s.cohort_id')
          .where('s.user_id', '=', userId)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('cohort_supervisor as o')
                  .select('o.user_id')
                  .whereRef('o.cohort_id', '=', 's.cohort_id')
                  .where('o.user_id', '!=', userId),
              ),
            ),
          )
          .execute();
        const at = new Date().toISOString();
        await eraseAuthoringOf(trx, userId, at);
        for (const { cohort_id } of sole) {
          await trx
            .insertInto('cohort_supervisor')
            .values({ cohort_id, user_id: actor.id, added_at: at })
            .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
            .execute();
        }
        await trx.deleteFrom('cohort_supervisor').where('user_id', '=', userId).execute();
        await trx.deleteFrom('session').where('userId', '=', userId).execute();
        await trx.deleteFrom('account').where('userId', '=', userId).execute();
        await trx.deleteFrom('verification').where('identifier', '=', user.email).execute();
        await trx.deleteFrom('user').where('id', '=', userId).execute();
        return { attempts: Number(n), cohortsHandedOver: sole.length };
      });
    },
  };
}

export type UserService = ReturnType<typeof userService>;
