/**
 * Who may do what with a draft. Only educators and administrators author at all. A draft is readable by its
 * owner, its co-authors, and the reviewer of a review on it (who reads it and never changes it); nobody else,
 * administrators included, and a draft you may not read answers 404 exactly like one that does not exist.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import type { Database, Role, ScenarioDraftTable } from '../../db/schema.ts';
import type { AuthoringContext } from './context.ts';

/** Educators and administrators: the roles that write and review scenarios. */
export function isAuthoringRole(role: Role): boolean {
  return role === 'educator' || role === 'admin';
}

/** Throws 403 unless the actor is an educator or an administrator. */
export function requireAuthoring(actor: Actor): void {
  if (!isAuthoringRole(actor.role)) throw forbidden('Only educators and administrators write and review scenarios.');
}

export type DraftRow = ScenarioDraftTable;
export type DraftRole = 'owner' | 'coauthor' | 'reviewer';

export interface DraftAccess {
  draft: DraftRow;
  as: DraftRole;
}

/** The draft's owner (when not erased) and co-authors. */
export async function authorIds(db: Kysely<Database>, draft: DraftRow): Promise<string[]> {
  const rows = await db.selectFrom('draft_coauthor').select('user_id').where('draft_id', '=', draft.id).execute();
  return [...(draft.owner_id ? [draft.owner_id] : []), ...rows.map((r) => r.user_id)];
}

/** How `actorId` stands to the draft: owner, co-author, reviewer of a review on it, or null. */
export async function roleOn(db: Kysely<Database>, draft: DraftRow, actorId: string): Promise<DraftRole | null> {
  if (draft.owner_id === actorId) return 'owner';
  const co = await db
    .selectFrom('draft_coauthor')
    .select('user_id')
    .where('draft_id', '=', draft.id)
    .where('user_id', '=', actorId)
    .executeTakeFirst();
  if (co) return 'coauthor';
  const reviewing = await db
    .selectFrom('draft_review')
    .select('id')
    .where('draft_id', '=', draft.id)
    .where('reviewer_id', '=', actorId)
    .executeTakeFirst();
  return reviewing ? 'reviewer' : null;
}

/** The draft when `actor` may read it; 403 for a role that does not author, 404 for anyone else. */
export async function readableDraft(ctx: AuthoringContext, actor: Actor, draftId: string): Promise<DraftAccess> {
  requireAuthoring(actor);
  if (!isId(draftId)) throw notFound('draft');
  const draft = await ctx.db.selectFrom('scenario_draft').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!draft) throw notFound('draft');
  const as = await roleOn(ctx.db, draft, actor.id);
  if (!as) throw notFound('draft');
  return { draft, as };
}

/** The draft when `actor` is its owner or a co-author; a reviewer reads it but gets 403 for changes. */
export async function authoredDraft(ctx: AuthoringContext, actor: Actor, draftId: string): Promise<DraftAccess> {
  const found = await readableDraft(ctx, actor, draftId);
  if (found.as === 'reviewer') throw forbidden('Only the draft’s owner and co-authors can change it.');
  return found;
}
