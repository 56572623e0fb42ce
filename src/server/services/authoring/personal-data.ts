/**
 * A person's authoring records, for their data export and for erasing them. Their own drafts (with every
 * revision), the revisions they wrote on others' drafts, their co-authorships, the reviews they asked for or were
 * asked to make, the comments they wrote, the releases they wrote or approved, and what they did.
 *
 * Erasing: the drafts they own that never became a release are deleted with their revisions, reviews and
 * comments; their co-authorships go; a review still waiting on them is withdrawn (its draft editable again).
 * What was published outlives them: releases, the drafts they came from, comments and the history keep their
 * place with the person shown as "Removed account" (the columns set to null, as the foreign keys also do).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { readDiagnostics } from './columns.ts';

export async function authoringDataOf(db: Kysely<Database>, userId: string) {
  const owned = await db
    .selectFrom('scenario_draft')
    .selectAll()
    .where('owner_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const revisions = await db
    .selectFrom('draft_revision as r')
    .innerJoin('scenario_draft as d', 'd.id', 'r.draft_id')
    .select(['r.draft_id', 'd.slug', 'd.owner_id', 'r.number', 'r.yaml', 'r.ink', 'r.author_id'])
    .select(['r.check_status', 'r.diagnostics', 'r.created_at'])
    .where((eb) => eb.or([eb('d.owner_id', '=', userId), eb('r.author_id', '=', userId)]))
    .orderBy('r.draft_id')
    .orderBy('r.number')
    .execute();
  const coauthorships = await db
    .selectFrom('draft_coauthor as c')
    .innerJoin('scenario_draft as d', 'd.id', 'c.draft_id')
    .select(['d.id', 'd.slug', 'd.title', 'c.added_at'])
    .where('c.user_id', '=', userId)
    .orderBy('c.added_at')
    .execute();
  const reviews = await db
    .selectFrom('draft_review as r')
    .innerJoin('scenario_draft as d', 'd.id', 'r.draft_id')
    .select(['r.id', 'r.draft_id', 'd.slug', 'r.revision', 'r.requested_by', 'r.reviewer_id', 'r.status'])
    .select(['r.summary', 'r.created_at', 'r.decided_at'])
    .where((eb) => eb.or([eb('r.requested_by', '=', userId), eb('r.reviewer_id', '=', userId)]))
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  const comments = await db
    .selectFrom('review_comment')
    .select(['id', 'review_id', 'file', 'line', 'body', 'created_at'])
    .where('author_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const releases = await db
    .selectFrom('scenario_release')
    .select(['slug', 'version', 'hash', 'author_id', 'approved_by', 'published_at'])
    .where((eb) => eb.or([eb('author_id', '=', userId), eb('approved_by', '=', userId)]))
    .orderBy('published_at')
    .orderBy('slug')
    .execute();
  const events = await db
    .selectFrom('authoring_event')
    .select(['action', 'slug', 'draft_id', 'detail', 'at'])
    .where('actor_id', '=', userId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const revision = (r: (typeof revisions)[number]) => ({
    number: Number(r.number),
    yaml: r.yaml,
    ink: r.ink,
    writtenByYou: r.author_id === userId,
    checkStatus: r.check_status,
    problems: readDiagnostics(r.diagnostics),
    createdAt: r.created_at,
  });
  return {
    drafts: owned.map((d) => ({
      id: d.id,
      slug: d.slug,
      title: d.title,
      status: d.status,
      baseVersion: d.base_version === null ? null : Number(d.base_version),
      createdAt: d.created_at,
      updatedAt: d.updated_at,
      revisions: revisions.filter((r) => r.draft_id === d.id).map(revision),
    })),
    revisionsOnOthersDrafts: revisions
      .filter((r) => r.owner_id !== userId)
      .map((r) => ({ draftId: r.draft_id, slug: r.slug, ...revision(r) })),
    coauthorOf: coauthorships.map((c) => ({ draftId: c.id, slug: c.slug, title: c.title, since: c.added_at })),
    reviews: reviews.map((r) => ({
      id: r.id,
      draftId: r.draft_id,
      slug: r.slug,
      revision: Number(r.revision),
      as: r.reviewer_id === userId ? ('reviewer' as const) : ('requester' as const),
      status: r.status,
      summary: r.summary,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
    })),
    reviewCommentsWritten: comments.map((c) => ({
      id: c.id,
      reviewId: c.review_id,
      file: c.file,
      line: c.line === null ? null : Number(c.line),
      body: c.body,
      createdAt: c.created_at,
    })),
    releases: releases.map((r) => ({
      slug: r.slug,
      version: Number(r.version),
      hash: r.hash,
      as: r.author_id === userId ? ('author' as const) : ('approver' as const),
      publishedAt: r.published_at,
    })),
    actions: events.map((e) => ({ action: e.action, slug: e.slug, draftId: e.draft_id, detail: e.detail, at: e.at })),
  };
}

/** Erases `userId`'s authoring records inside the erasing transaction (see above); returns the drafts deleted. */
export async function eraseAuthoringOf(trx: Kysely<Database>, userId: string, at: string): Promise<number> {
  // Drafts they own that no release came from.
  const doomed = trx
    .selectFrom('scenario_draft as d')
    .select('d.id')
    .where('d.owner_id', '=', userId)
    .where('d.status', '!=', 'published')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('scenario_release as r').select('r.slug').whereRef('r.draft_id', '=', 'd.id'))),
    );
  const ids = (await doomed.execute()).map((d) => d.id);
  if (ids.length) {
    // Children first: the same result without relying on the database enforcing the cascade.
    const reviews = trx.selectFrom('draft_review').select('id').where('draft_id', 'in', ids);
    await trx.deleteFrom('review_comment').where('review_id', 'in', reviews).execute();
    await trx.deleteFrom('draft_review').where('draft_id', 'in', ids).execute();
    await trx.deleteFrom('draft_coauthor').where('draft_id', 'in', ids).execute();
    await trx.deleteFrom('draft_revision').where('draft_id', 'in', ids).execute();
    await trx.deleteFrom('scenario_draft').where('id', 'in', ids).execute();
  }
  await trx.deleteFrom('draft_coauthor').where('user_id', '=', userId).execute();
  // A review waiting on them can no longer be answered: withdrawn, and its draft editable again.
  const waiting = trx
    .selectFrom('draft_review')
    .select('draft_id')
    .where('reviewer_id', '=', userId)
    .where('status', '=', 'pending');
  await trx
    .updateTable('scenario_draft')
    .set({ status: 'draft', updated_at: at })
    .where('status', '=', 'in_review')
    .where('id', 'in', waiting)
    .execute();
  await trx
    .updateTable('draft_review')
    .set({ status: 'withdrawn', decided_at: at })
    .where('reviewer_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
  await trx.updateTable('scenario_draft').set({ owner_id: null }).where('owner_id', '=', userId).execute();
  await trx.updateTable('draft_revision').set({ author_id: null }).where('author_id', '=', userId).execute();
  await trx.updateTable('draft_review').set({ requested_by: null }).where('requested_by', '=', userId).execute();
  await trx.updateTable('draft_review').set({ reviewer_id: null }).where('reviewer_id', '=', userId).execute();
  await trx.updateTable('review_comment').set({ author_id: null }).where('author_id', '=', userId).execute();
  await trx.updateTable('scenario_release').set({ author_id: null }).where('author_id', '=', userId).execute();
  await trx.updateTable('scenario_release').set({ approved_by: null }).where('approved_by', '=', userId).execute();
  await trx.updateTable('authoring_event').set({ actor_id: null }).where('actor_id', '=', userId).execute();
  return ids.length;
}
