/** A draft's revision history: the list, one revision, a diff between any two (or against the release it revises), and a playable revision's bundle. */
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { readableDraft, type DraftRow } from './access.ts';
import { checkTexts, rememberBundle } from './check.ts';
import type { AuthoringContext } from './context.ts';
import { diffOf, type DiffSide } from './diff.ts';
import { baseOf, revisionOf, revisionRow, revisionSummaries } from './summaries.ts';
import { inkFileOf } from './texts.ts';
import type { Diff, Revision, RevisionSummary } from './types.ts';

/** A revision number from a path or query: a whole number from 1. */
function revisionNumber(raw: string | number): number | null {
  const n = typeof raw === 'number' ? raw : /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

async function findRevision(ctx: AuthoringContext, draft: DraftRow, raw: string | number) {
  const n = revisionNumber(raw);
  const row = n === null ? undefined : await revisionRow(ctx.db, draft.id, n);
  if (!row) throw notFound('revision');
  return row;
}

export async function listRevisions(ctx: AuthoringContext, actor: Actor, draftId: string): Promise<RevisionSummary[]> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  return revisionSummaries(ctx.db, draft.id);
}

export async function getRevision(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  n: string | number,
): Promise<Revision> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  return revisionOf(ctx.db, await findRevision(ctx, draft, n));
}

async function side(ctx: AuthoringContext, draft: DraftRow, raw: string): Promise<DiffSide> {
  if (raw === 'base') {
    const base = await baseOf(ctx.db, draft);
    if (!base) throw new Problem(400, 'This draft is a new scenario: there is no published version to compare with.');
    return { yaml: base.yaml, ink: base.ink, inkFile: inkFileOf(base.yaml) };
  }
  const row = await findRevision(ctx, draft, raw);
  return { yaml: row.yaml, ink: row.ink, inkFile: inkFileOf(row.yaml) };
}

/** What changed from revision `from` to revision `to`; either may be 'base', the published version it revises. */
export async function diffRevisions(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  from: string,
  to: string,
): Promise<Diff> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  return diffOf(await side(ctx, draft, from), await side(ctx, draft, to));
}

/** The bundle a revision plays as (its own metadata and rubric), for a preview; 422 when it has errors. */
export async function revisionBundle(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  n: string | number,
): Promise<ScenarioBundle> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  const row = await findRevision(ctx, draft, n);
  const unplayable = () =>
    new Problem(
      422,
      `Revision ${row.number} has errors, so it cannot be played. Fix the errors the checker marks first.`,
    );
  if (row.check_status === 'errors') throw unplayable();
  const known = ctx.bundles.get(`${draft.id}:${row.number}`);
  if (known) return known;
  const checked = await checkTexts(ctx, draft.slug, row.yaml, row.ink);
  if (!checked.bundle) throw unplayable();
  rememberBundle(ctx, draft.id, Number(row.number), checked.bundle);
  return checked.bundle;
}
