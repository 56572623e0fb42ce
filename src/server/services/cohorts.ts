/**
 * Cohorts: a supervisor (or an admin) creates one and becomes its supervisor; co-supervisors added by
 * email share it. Trainees join with an invite code that expires and can be revoked. An admin sees every
 * cohort, a supervisor only those they supervise; a cohort you may not see answers 404 like one that
 * does not exist.
 */
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isSupervising, type Actor } from '../core/actor.ts';
import { forbidden, notFound, Problem } from '../core/errors.ts';
import { isId, parseOrProblem } from '../core/input.ts';
import type { Database } from '../db/schema.ts';
import { nameText } from '../text.ts';
import { supervisesCohort } from './supervision-access.ts';

export interface CohortSummary {
  id: string;
  name: string;
  createdAt: string;
  members: number;
  supervisors: number;
}

export interface CohortPerson {
  id: string;
  name: string;
  email: string;
  since: string;
}

export interface CohortInvite {
  code: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  uses: number;
  /** Whether the code lets someone join now. */
  usable: boolean;
}

export interface CohortDetail extends CohortSummary {
  supervisorList: CohortPerson[];
  memberList: CohortPerson[];
  invites: CohortInvite[];
}

/** The alphabet of invite codes: no 0/O, 1/I/L, so a code read aloud or typed is not mistaken. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 16 symbols of 31: about 79 bits, far beyond guessing. */
const CODE_LENGTH = 16;
export const INVITE_DAYS = { min: 1, max: 30, default: 14 } as const;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** An invite code as typed: case, spaces and dashes do not matter. Null when it cannot be a code. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

const nameSchema = z.strictObject({ name: nameText({ empty: 'give the cohort a name' }) });
const emailSchema = z.strictObject({ email: z.email('must be an email address').max(320) });
const inviteSchema = z.strictObject({
  days: z.number().int().min(INVITE_DAYS.min, `at least ${INVITE_DAYS.min} day`).max(INVITE_DAYS.max, `at most ${INVITE_DAYS.max} days`).default(INVITE_DAYS.default),
});

/** A cohort's trainees, by name: who they are and when they joined. */
export function cohortMembers(db: Kysely<Database>, cohortId: string): Promise<CohortPerson[]> {
  return db
    .selectFrom('cohort_member as m')
    .innerJoin('user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.joined_at as since'])
    .where('m.cohort_id', '=', cohortId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** A cohort's supervisors, by name, and when each was added. */
function cohortSupervisors(db: Kysely<Database>, cohortId: string): Promise<CohortPerson[]> {
  return db
    .selectFrom('cohort_supervisor as s')
    .innerJoin('user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.email', 's.added_at as since'])
    .where('s.cohort_id', '=', cohortId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** The answer to adding a co-supervisor, whether or not the address could be used (it reveals no account). */
export const CO_SUPERVISOR_MESSAGE =
  'If the address belongs to an account with the supervisor role, that person is now a co-supervisor of this cohort (the list of supervisors shows who is). Otherwise nothing changed: co-supervisors need a Rapport account with the supervisor role.';

export function cohortService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  /** The cohort's row when `actor` supervises it (or is an admin); 404 otherwise. */
  async function visible(actor: Actor, cohortId: string) {
    if (!isId(cohortId)) throw notFound('cohort');
    const row = await db.selectFrom('cohort').selectAll().where('id', '=', cohortId).executeTakeFirst();
    if (!row || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
    return row;
  }

  async function counts(ids: string[]) {
    const members = new Map<string, number>();
    const supervisors = new Map<string, number>();
    if (ids.length === 0) return { members, supervisors };
    const m = await db.selectFrom('cohort_member').select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')]).where('cohort_id', 'in', ids).groupBy('cohort_id').execute();
    const s = await db.selectFrom('cohort_supervisor').select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')]).where('cohort_id', 'in', ids).groupBy('cohort_id').execute();
    for (const r of m) members.set(r.cohort_id, Number(r.n));
    for (const r of s) supervisors.set(r.cohort_id, Number(r.n));
    return { members, supervisors };
  }

  function inviteOf(r: Database['cohort_invite'], at: string): CohortInvite {
    return {
      code: r.code,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      revokedAt: r.revoked_at,
      uses: Number(r.uses),
      usable: r.revoked_at === null && r.expires_at > at,
    };
  }

  /** The invite for `raw`, or the Problem a person trying to join with it should see. */
  async function usableInvite(raw: unknown) {
    const code = normaliseCode(raw);
    const invite = code ? await db.selectFrom('cohort_invite').selectAll().where('code', '=', code).executeTakeFirst() : undefined;
    if (!invite) throw new Problem(404, 'That invite code is not valid. Check it, or ask your supervisor for a new one.');
    if (invite.revoked_at !== null) throw new Problem(410, 'That invite has been withdrawn. Ask your supervisor for a new one.', { reason: 'revoked' });
    if (invite.expires_at <= now().toISOString()) {
      throw new Problem(410, `That invite expired on ${invite.expires_at.slice(0, 10)}. Ask your supervisor for a new one.`, { reason: 'expired', expiresAt: invite.expires_at });
    }
    const cohort = await db.selectFrom('cohort').select(['id', 'name', 'archived_at']).where('id', '=', invite.cohort_id).executeTakeFirstOrThrow();
    return { invite, cohort };
  }

  return {
    async create(actor: Actor, input: unknown): Promise<CohortSummary> {
      if (!isSupervising(actor.role)) throw forbidden('Only supervisors and administrators create cohorts.');
      const { name } = parseOrProblem(nameSchema, input, 'cohort');
      const at = now().toISOString();
      const cohortId = crypto.randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('cohort').values({ id: cohortId, name, created_by: actor.id, created_at: at, archived_at: null }).execute();
        await trx.insertInto('cohort_supervisor').values({ cohort_id: cohortId, user_id: actor.id, added_at: at }).execute();
      });
      return { id: cohortId, name, createdAt: at, members: 0, supervisors: 1 };
    },

    /** An admin's: every cohort; a supervisor's: those they supervise. Newest first. */
    async list(actor: Actor): Promise<CohortSummary[]> {
      if (!isSupervising(actor.role)) throw forbidden('Only supervisors and administrators have cohorts.');
      let q = db.selectFrom('cohort').selectAll('cohort').where('cohort.archived_at', 'is', null);
      if (actor.role !== 'admin') {
        q = q.where('cohort.id', 'in', db.selectFrom('cohort_supervisor').select('cohort_id').where('user_id', '=', actor.id));
      }
      const rows = await q.orderBy('cohort.created_at', 'desc').orderBy('cohort.id').execute();
      const { members, supervisors } = await counts(rows.map((r) => r.id));
      return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, members: members.get(r.id) ?? 0, supervisors: supervisors.get(r.id) ?? 0 }));
    },

    async get(actor: Actor, cohortId: string): Promise<CohortDetail> {
      const row = await visible(actor, cohortId);
      const supervisorList = await cohortSupervisors(db, cohortId);
      const memberList = await cohortMembers(db, cohortId);
      const at = now().toISOString();
      const invites = await db.selectFrom('cohort_invite').selectAll().where('cohort_id', '=', cohortId).orderBy('created_at', 'desc').orderBy('code').execute();
      return {
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        members: memberList.length,
        supervisors: supervisorList.length,
        supervisorList,
        memberList,
        invites: invites.map((i) => inviteOf(i, at)),
      };
    },

    /**
     * Adds a co-supervisor by email when the address is a supervisor's account; adding one twice is harmless.
     * The answer is the same whether or not the address can be used, so it does not tell who has an account.
     * A co-supervisor who did not want to be added removes themselves (`removeSupervisor`).
     */
    async addSupervisor(actor: Actor, cohortId: string, input: unknown): Promise<{ message: string }> {
      await visible(actor, cohortId);
      const { email } = parseOrProblem(emailSchema, input, 'co-supervisor');
      const person = await db.selectFrom('user').select(['id', 'role']).where('email', '=', email.toLowerCase()).executeTakeFirst();
      if (person && person.role === 'supervisor') {
        await db
          .insertInto('cohort_supervisor')
          .values({ cohort_id: cohortId, user_id: person.id, added_at: now().toISOString() })
          .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
          .execute();
      }
      return { message: CO_SUPERVISOR_MESSAGE };
    },

    /**
     * Removes a supervisor from the cohort: another supervisor of it (or an admin) may, and so may the person
     * themselves (leaving). The last supervisor cannot be removed: a cohort always has one.
     */
    async removeSupervisor(actor: Actor, cohortId: string, userId: string): Promise<{ remaining: number }> {
      await visible(actor, cohortId);
      if (!isId(userId)) throw notFound('supervisor');
      return db.transaction().execute(async (trx) => {
        // Taking the cohort's row first serialises concurrent removals (PostgreSQL locks it; SQLite has one writer).
        const touched = await trx.updateTable('cohort').set((eb) => ({ name: eb.ref('name') })).where('id', '=', cohortId).executeTakeFirst();
        if (Number(touched.numUpdatedRows) === 0) throw notFound('cohort');
        const supervisors = await trx.selectFrom('cohort_supervisor').select('user_id').where('cohort_id', '=', cohortId).execute();
        if (!supervisors.some((s) => s.user_id === userId)) throw notFound('supervisor');
        if (supervisors.length <= 1) {
          throw new Problem(409, 'A cohort must keep at least one supervisor: add another supervisor before removing the last one.');
        }
        await trx.deleteFrom('cohort_supervisor').where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
        return { remaining: supervisors.length - 1 };
      });
    },

    async removeMember(actor: Actor, cohortId: string, userId: string): Promise<void> {
      await visible(actor, cohortId);
      if (!isId(userId)) throw notFound('member');
      const result = await db.deleteFrom('cohort_member').where('cohort_id', '=', cohortId).where('user_id', '=', userId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('member');
    },

    async createInvite(actor: Actor, cohortId: string, input: unknown = {}): Promise<CohortInvite> {
      await visible(actor, cohortId);
      const { days } = parseOrProblem(inviteSchema, input ?? {}, 'invite');
      const created = now();
      const row = {
        code: newInviteCode(),
        cohort_id: cohortId,
        created_by: actor.id,
        created_at: created.toISOString(),
        expires_at: new Date(created.getTime() + days * 86_400_000).toISOString(),
        revoked_at: null,
        uses: 0,
      };
      await db.insertInto('cohort_invite').values(row).execute();
      return inviteOf(row, row.created_at);
    },

    async revokeInvite(actor: Actor, cohortId: string, rawCode: string): Promise<void> {
      await visible(actor, cohortId);
      const code = normaliseCode(rawCode);
      if (!code) throw notFound('invite');
      const result = await db
        .updateTable('cohort_invite')
        .set({ revoked_at: now().toISOString() })
        .where('cohort_id', '=', cohortId)
        .where('code', '=', code)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        const exists = await db.selectFrom('cohort_invite').select('code').where('cohort_id', '=', cohortId).where('code', '=', code).executeTakeFirst();
        if (!exists) throw notFound('invite');
      }
    },

    /** What an invite leads to, for the join page: the cohort's name and when the code expires. */
    async checkInvite(raw: unknown): Promise<{ cohortName: string; expiresAt: string }> {
      const { invite, cohort } = await usableInvite(raw);
      return { cohortName: cohort.name, expiresAt: invite.expires_at };
    },

    /** A trainee joins the cohort of a usable invite; joining a cohort they are already in changes nothing. */
    async join(actor: Actor, input: unknown): Promise<{ cohort: { id: string; name: string }; joined: boolean }> {
      if (actor.role !== 'trainee') throw forbidden('Only trainees join cohorts with an invite. Supervisors are added by another supervisor of the cohort.');
      const raw = typeof input === 'object' && input !== null ? (input as { code?: unknown }).code : input;
      const { invite, cohort } = await usableInvite(raw);
      const at = now().toISOString();
      const joined = await db.transaction().execute(async (trx) => {
        const already = await trx.selectFrom('cohort_member').select('user_id').where('cohort_id', '=', cohort.id).where('user_id', '=', actor.id).executeTakeFirst();
        if (already) return false;
        await trx
          .insertInto('cohort_member')
          .values({ cohort_id: cohort.id, user_id: actor.id, joined_at: at })
          .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
          .execute();
        await trx.updateTable('cohort_invite').set((eb) => ({ uses: eb('uses', '+', 1) })).where('code', '=', invite.code).execute();
        return true;
      });
      return { cohort: { id: cohort.id, name: cohort.name }, joined };
    },

    /** The cohorts `actor` is a member of (a trainee's view). */
    async memberships(actor: Actor): Promise<{ id: string; name: string; joinedAt: string }[]> {
      return db
        .selectFrom('cohort_member as m')
        .innerJoin('cohort as c', 'c.id', 'm.cohort_id')
        .select(['c.id', 'c.name', 'm.joined_at as joinedAt'])
        .where('m.user_id', '=', actor.id)
        .orderBy('c.name')
        .execute();
    },
  };
}

export type CohortService = ReturnType<typeof cohortService>;
