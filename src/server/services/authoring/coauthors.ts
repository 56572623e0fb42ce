/**
 * Co-authors share a draft with its owner: any author adds one by email (an educator's or administrator's
 * account), the owner removes any, and a co-author may leave. The reviewers a draft can be sent to are the
 * other educators and administrators: never its owner or a co-author.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound, Problem } from '../../core/errors.ts';
import { isId, parseOrProblem } from '../../core/input.ts';
import type { Database } from '../../db/schema.ts';
import { authoredDraft, authorIds, type DraftRow } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { namesOf, personOf } from './people.ts';
import type { Person } from './types.ts';

const emailSchema = z.strictObject({ email: z.email('must be an email address').max(320) });

const NOT_AN_AUTHOR =
  'Co-authors need a Rapport account with the educator or administrator role, and no such account has that address.';

async function coauthorsOf(db: Kysely<Database>, draftId: string): Promise<Person[]> {
  const rows = await db
    .selectFrom('draft_coauthor')
    .select('user_id')
    .where('draft_id', '=', draftId)
    .orderBy('added_at')
    .orderBy('user_id')
    .execute();
  const names = await namesOf(
    db,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => personOf(r.user_id, names));
}

function assertOpen(draft: DraftRow): void {
  if (draft.status === 'published' || draft.status === 'discarded')
    throw new Problem(409, `This draft has been ${draft.status}, so its co-authors can no longer change.`);
}

export async function addCoauthor(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  input: unknown,
): Promise<{ coauthors: Person[] }> {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  const { email } = parseOrProblem(emailSchema, input, 'co-author');
  assertOpen(draft);
  const person = await ctx.db
    .selectFrom('user')
    .select(['id', 'name', 'role'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!person || (person.role !== 'educator' && person.role !== 'admin')) throw new Problem(400, NOT_AN_AUTHOR);
  if ((await authorIds(ctx.db, draft)).includes(person.id)) return { coauthors: await coauthorsOf(ctx.db, draft.id) };
  const reviewing = await ctx.db
    .selectFrom('draft_review')
    .select('id')
    .where('draft_id', '=', draft.id)
    .where('reviewer_id', '=', person.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (reviewing)
    throw new Problem(409, `${person.name} is reviewing this draft, and a reviewer cannot also be one of its authors.`);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('draft_coauthor')
      .values({ draft_id: draft.id, user_id: person.id, added_at: at })
      .onConflict((oc) => oc.columns(['draft_id', 'user_id']).doNothing())
      .execute();
    await recordEvent(trx, { slug: draft.slug, draftId: draft.id, actorId: actor.id, action: 'coauthor_add', at });
  });
  return { coauthors: await coauthorsOf(ctx.db, draft.id) };
}

export async function removeCoauthor(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  userId: string,
): Promise<{ coauthors: Person[] }> {
  const { draft, as } = await authoredDraft(ctx, actor, draftId);
  if (!isId(userId)) throw notFound('co-author');
  if (as !== 'owner' && userId !== actor.id)
    throw forbidden('Only the draft’s owner removes co-authors; a co-author may remove only themselves.');
  const at = ctx.now().toISOString();
  const removed = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('draft_coauthor')
      .where('draft_id', '=', draft.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await recordEvent(trx, { slug: draft.slug, draftId: draft.id, actorId: actor.id, action: 'coauthor_remove', at });
    return true;
  });
  if (!removed) throw notFound('co-author');
  return { coauthors: await coauthorsOf(ctx.db, draft.id) };
}

/** The people a draft may be sent to for review: educators and administrators who are not its authors, by name. */
export async function reviewersFor(ctx: AuthoringContext, actor: Actor, draftId: string): Promise<Person[]> {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  const authors = await authorIds(ctx.db, draft);
  const rows = await ctx.db
    .selectFrom('user')
    .select(['id', 'name'])
    .where('role', 'in', ['educator', 'admin'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.filter((r) => !authors.includes(r.id)).map((r) => ({ id: r.id, name: r.name }));
}
