/**
 * Saving a draft: every save that changes something is a new numbered revision, checked on the server before
 * the answer. A save names the revision it was based on; when another save came first, nothing is overwritten
 * and the answer is a conflict carrying both versions. Saving the newest revision's texts again stores nothing.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { Problem } from '../../core/errors.ts';
import { parseOrProblem } from '../../core/input.ts';
import { authoredDraft, type DraftRow } from './access.ts';
import { checkTexts, rememberBundle } from './check.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { draftSummary, revisionOf, revisionRow } from './summaries.ts';
import { fileText, titleOf } from './texts.ts';
import type { DraftSummary, Revision } from './types.ts';

const saveSchema = z.strictObject({ basedOn: z.number().int().min(1), yaml: fileText, ink: fileText });

/** 409 unless the draft can still be edited: in review it is read-only, published or discarded for good. */
export function assertEditable(draft: DraftRow): void {
  if (draft.status === 'in_review')
    throw new Problem(
      409,
      'This draft is waiting for review and cannot be changed. Withdraw it from review first, or wait for the reviewer to send it back.',
    );
  if (draft.status === 'published')
    throw new Problem(
      409,
      'This draft has been published and cannot be changed. Revise the published scenario instead.',
    );
  if (draft.status === 'discarded') throw new Problem(409, 'This draft was discarded and cannot be changed.');
}

async function conflict(ctx: AuthoringContext, draftId: string, newest: number, yours: { yaml: string; ink: string }) {
  const theirs = await revisionOf(ctx.db, (await revisionRow(ctx.db, draftId, newest))!);
  return new Problem(
    409,
    `Someone saved this draft (revision ${newest}) after the copy you were editing. Nothing was overwritten: compare both versions, then save again.`,
    { conflict: { theirs, yours } },
  );
}

export async function saveDraft(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  input: unknown,
): Promise<{ draft: DraftSummary; revision: Revision }> {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  const body = parseOrProblem(saveSchema, input, 'save');
  assertEditable(draft);
  const newest = Number(draft.revision);
  const yours = { yaml: body.yaml, ink: body.ink };
  if (body.basedOn !== newest) throw await conflict(ctx, draft.id, newest, yours);
  const current = (await revisionRow(ctx.db, draft.id, newest))!;
  if (current.yaml === body.yaml && current.ink === body.ink)
    return { draft: await draftSummary(ctx.db, actor.id, draft), revision: await revisionOf(ctx.db, current) };

  const checked = await checkTexts(ctx, draft.slug, body.yaml, body.ink);
  const next = newest + 1;
  const at = ctx.now().toISOString();
  const stored = await ctx.db.transaction().execute(async (trx) => {
    // Claims the next number only if no other save took it meanwhile (PostgreSQL makes a concurrent save wait on
    // the row and then find the number moved; SQLite has one writer), and only while the draft is editable.
    const claimed = await trx
      .updateTable('scenario_draft')
      .set({ revision: next, title: titleOf(body.yaml, draft.slug), updated_at: at })
      .where('id', '=', draft.id)
      .where('revision', '=', newest)
      .where('status', 'in', ['draft', 'changes_requested'])
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return false;
    await trx
      .insertInto('draft_revision')
      .values({
        draft_id: draft.id,
        number: next,
        yaml: body.yaml,
        ink: body.ink,
        author_id: actor.id,
        check_status: checked.status,
        diagnostics: JSON.stringify(checked.diagnostics),
        hash: checked.bundle?.hash ?? null,
        created_at: at,
      })
      .execute();
    await recordEvent(trx, {
      slug: draft.slug,
      draftId: draft.id,
      actorId: actor.id,
      action: 'save',
      detail: `revision ${next}`,
      at,
    });
    return true;
  });
  const after = await ctx.db
    .selectFrom('scenario_draft')
    .selectAll()
    .where('id', '=', draft.id)
    .executeTakeFirstOrThrow();
  if (!stored) {
    assertEditable(after);
    throw await conflict(ctx, draft.id, Number(after.revision), yours);
  }
  if (checked.bundle) rememberBundle(ctx, draft.id, next, checked.bundle);
  return {
    draft: await draftSummary(ctx.db, actor.id, after),
    revision: await revisionOf(ctx.db, (await revisionRow(ctx.db, draft.id, next))!),
  };
}
