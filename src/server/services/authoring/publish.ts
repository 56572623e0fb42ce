/**
 * Publishing an approved revision, in one transaction: its bundle kept as the `story_version` of its content
 * hash (which every app server reads), a new immutable `scenario_release` numbered after the last, the
 * scenario's live version pointed at it (the scenario created for a first version), the draft marked
 * published, and the events. A version published from another draft since this one began is a conflict: this
 * draft would silently undo it.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { Problem } from '../../core/errors.ts';
import type { Database } from '../../db/schema.ts';
import type { DraftRow } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { slugTaken } from './slugs.ts';

export interface PublishInput {
  draft: DraftRow;
  revision: number;
  yaml: string;
  ink: string;
  /** The checked revision's bundle, named by its content hash. */
  bundle: ScenarioBundle;
  /** The draft's owner (the release's author of record), and who approved it. */
  authorId: string | null;
  approverId: string;
  at: string;
}

/** Publishes inside `trx` (the caller's transaction); returns the new version's number. */
export async function publishRevision(ctx: AuthoringContext, trx: Kysely<Database>, p: PublishInput): Promise<number> {
  const { draft, at } = p;
  let version: number;
  if (draft.base_version === null) {
    const created = await trx
      .insertInto('authored_scenario')
      .values({ slug: draft.slug, status: 'active', live_version: 1, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('slug').doNothing())
      .executeTakeFirst();
    if (Number(created.numInsertedOrUpdatedRows ?? 0) === 0) throw slugTaken(draft.slug);
    version = 1;
  } else {
    const last = await trx
      .selectFrom('scenario_release')
      .select((eb) => eb.fn.max<number>('version').as('v'))
      .where('slug', '=', draft.slug)
      .executeTakeFirst();
    const latest = Number(last?.v ?? 0);
    if (latest > Number(draft.base_version))
      throw new Problem(
        409,
        `Version ${latest} of this scenario was published after this draft was started from version ${draft.base_version}. Publishing it would undo that version: revise the scenario again from its live version and carry these changes over.`,
      );
    version = latest + 1;
    const moved = await trx
      .updateTable('authored_scenario')
      .set({ live_version: version, updated_at: at })
      .where('slug', '=', draft.slug)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new Problem(409, 'The scenario this draft revises no longer exists.');
  }
  await ctx.versions.keep(trx, p.bundle, at);
  await trx
    .insertInto('scenario_release')
    .values({
      slug: draft.slug,
      version,
      hash: p.bundle.hash,
      yaml: p.yaml,
      ink: p.ink,
      draft_id: draft.id,
      revision: p.revision,
      author_id: p.authorId,
      approved_by: p.approverId,
      published_at: at,
    })
    .execute();
  const marked = await trx
    .updateTable('scenario_draft')
    .set({ status: 'published', updated_at: at })
    .where('id', '=', draft.id)
    .where('status', '=', 'in_review')
    .where('revision', '=', p.revision)
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) === 0)
    throw new Problem(409, 'The draft changed while it was being approved. Reload the review.');
  await recordEvent(trx, {
    slug: draft.slug,
    draftId: draft.id,
    actorId: p.approverId,
    action: 'publish',
    detail: `version ${version} (revision ${p.revision})`,
    at,
  });
  return version;
}
