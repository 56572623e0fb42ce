/**
 * A new draft: from the blank template or the texts given (create), from a scenario folder's zip (import), or
 * from a published scenario's live release (revise). Its first revision is checked before it is stored.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { parseOrProblem } from '../../core/input.ts';
import { requireAuthoring } from './access.ts';
import { checkTexts, rememberBundle } from './check.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { assertSlugFree, assertSlugFreeIn } from './slugs.ts';
import { draftSummary, revisionOf, revisionRow } from './summaries.ts';
import { authoredSlug, fileText, titleOf } from './texts.ts';
import type { DraftSummary, Revision } from './types.ts';

const createSchema = z.strictObject({ slug: authoredSlug, yaml: fileText.optional(), ink: fileText.optional() });

export interface StartInput {
  slug: string;
  yaml: string;
  ink: string;
  /** The release it revises (its slug is the scenario's); null for a new scenario, whose slug must be free. */
  baseVersion: number | null;
  action: 'create' | 'import' | 'revise';
}

/** Checks the texts, then stores the draft and its revision 1 with the event, owned by `actor`. */
export async function startDraft(
  ctx: AuthoringContext,
  actor: Actor,
  input: StartInput,
): Promise<{ draft: DraftSummary; revision: Revision }> {
  if (input.baseVersion === null) await assertSlugFree(ctx, input.slug);
  const checked = await checkTexts(ctx, input.slug, input.yaml, input.ink);
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (input.baseVersion === null) await assertSlugFreeIn(trx, input.slug);
    await trx
      .insertInto('scenario_draft')
      .values({
        id,
        slug: input.slug,
        title: titleOf(input.yaml, input.slug),
        owner_id: actor.id,
        status: 'draft',
        revision: 1,
        base_version: input.baseVersion,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('draft_revision')
      .values({
        draft_id: id,
        number: 1,
        yaml: input.yaml,
        ink: input.ink,
        author_id: actor.id,
        check_status: checked.status,
        diagnostics: JSON.stringify(checked.diagnostics),
        hash: checked.bundle?.hash ?? null,
        created_at: at,
      })
      .execute();
    const detail = input.baseVersion === null ? 'revision 1' : `revision 1, from version ${input.baseVersion}`;
    await recordEvent(trx, { slug: input.slug, draftId: id, actorId: actor.id, action: input.action, detail, at });
  });
  if (checked.bundle) rememberBundle(ctx, id, 1, checked.bundle);
  const draft = await ctx.db.selectFrom('scenario_draft').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return {
    draft: await draftSummary(ctx.db, actor.id, draft),
    revision: await revisionOf(ctx.db, (await revisionRow(ctx.db, id, 1))!),
  };
}

/** POST /drafts: a new scenario's draft, from the blank template unless texts are given. */
export async function createDraft(ctx: AuthoringContext, actor: Actor, input: unknown) {
  requireAuthoring(actor);
  const body = parseOrProblem(createSchema, input, 'new draft');
  const blank = body.yaml === undefined || body.ink === undefined ? ctx.template() : null;
  return startDraft(ctx, actor, {
    slug: body.slug,
    yaml: body.yaml ?? blank!.yaml,
    ink: body.ink ?? blank!.ink,
    baseVersion: null,
    action: 'create',
  });
}
