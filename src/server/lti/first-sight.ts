/**
 * What Rapport makes on first sight of a person or a course in a launch or a roster: the account of issuer +
 * subject and the cohort mirroring a course. Two first launches at once (a class opening an activity together)
 * both find nothing and both insert: the keys decide, and the one that loses takes the other's record.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../db/schema.ts';

export interface PersonClaims {
  sub: string;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  email?: unknown;
}

const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.trim() && !v.includes('\u0000') ? v.trim().slice(0, max) : null;

function displayName(p: PersonClaims): string {
  return (
    text(p.name, 120) ??
    text([p.given_name, p.family_name].filter((x) => typeof x === 'string').join(' '), 120) ??
    'Learner from the LMS'
  );
}

/**
 * The account of issuer + subject, made on first sight as a trainee. A course role never changes the account's
 * role in Rapport: an Instructor supervises the course's cohort by its supervisor row only (supervision-access.ts),
 * since the role would open every scenario's key, analytics and cohort making to anyone who teaches any course.
 */
export async function accountFor(
  trx: Kysely<Database> | Transaction<Database>,
  issuer: string,
  person: PersonClaims,
  at: string,
): Promise<string> {
  const lmsEmail = text(person.email, 254)?.toLowerCase() ?? null;
  const known = await linkedAccount(trx, issuer, person.sub, lmsEmail);
  if (known) return known;
  const id = crypto.randomUUID();
  // Never the platform's address: an LMS asserting someone's email would otherwise take it in Rapport (its owner
  // could not sign up) and, with SSO account linking, hand the LMS's account to whoever signs in by it. The
  // address the LMS gives is kept beside the link, for display only.
  const email = `lti-${id}@lti.invalid`;
  const newRole: Role = 'trainee';
  await trx
    .insertInto('user')
    .values({
      id,
      name: displayName(person),
      email,
      emailVerified: false,
      image: null,
      createdAt: at,
      updatedAt: at,
      role: newRole,
      demo: false,
    })
    .execute();
  // Two first launches of one person at once: both found no link, and the second waits here for the first to
  // commit. It then links nothing, drops the account it has just made and takes the first's, instead of a 500.
  const linked = await trx
    .insertInto('lti_user')
    .values({ issuer, subject: person.sub, user_id: id, created_at: at, email: lmsEmail })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (linked) return id;
  await trx.deleteFrom('user').where('id', '=', id).execute();
  const first = await linkedAccount(trx, issuer, person.sub, lmsEmail);
  if (!first) throw new Error(`The LTI link of ${issuer} ${person.sub} conflicted but cannot be read.`);
  return first;
}

/** The account linked to issuer + subject, keeping the address the LMS gives now beside the link; null when none. */
async function linkedAccount(
  trx: Kysely<Database> | Transaction<Database>,
  issuer: string,
  subject: string,
  lmsEmail: string | null,
): Promise<string | null> {
  const known = await trx
    .selectFrom('lti_user')
    .select('user_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  if (!known) return null;
  if (lmsEmail)
    await trx
      .updateTable('lti_user')
      .set({ email: lmsEmail })
      .where('issuer', '=', issuer)
      .where('subject', '=', subject)
      .execute();
  return known.user_id;
}

/** The cohort mirroring a course, made on the course's first launch or roster sync. */
export async function cohortFor(
  trx: Kysely<Database> | Transaction<Database>,
  platformId: string,
  course: { id: string; title?: unknown; label?: unknown },
  at: string,
): Promise<string> {
  const cohortOf = async () =>
    (
      await trx
        .selectFrom('lti_context')
        .select('cohort_id')
        .where('platform_id', '=', platformId)
        .where('context_id', '=', course.id)
        .executeTakeFirst()
    )?.cohort_id;
  const found = await cohortOf();
  if (found) return found;
  const cohortId = crypto.randomUUID();
  await trx
    .insertInto('cohort')
    .values({
      id: cohortId,
      name: text(course.title, 120) ?? text(course.label, 120) ?? 'Course from the LMS',
      created_by: null,
      created_at: at,
      archived_at: null,
    })
    .execute();
  // Two first launches of one course at once: the second waits here for the first to commit, then keeps the
  // first's cohort and drops the one it has just made, instead of a 500.
  const made = await trx
    .insertInto('lti_context')
    .values({
      platform_id: platformId,
      context_id: course.id,
      cohort_id: cohortId,
      memberships_url: null,
      lineitems_url: null,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['platform_id', 'context_id']).doNothing())
    .returning('cohort_id')
    .executeTakeFirst();
  if (made) return cohortId;
  await trx.deleteFrom('cohort').where('id', '=', cohortId).execute();
  const first = await cohortOf();
  if (!first) throw new Error(`The LTI course ${course.id} conflicted but cannot be read.`);
  return first;
}
