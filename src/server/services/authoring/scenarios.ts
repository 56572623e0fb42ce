/**
 * Published scenarios: every educator and administrator sees them all, with their releases and history, and
 * may revise one (a new draft from its live release, through the same review), retire it (hidden from the
 * catalogue; assignments and records keep working), restore it, or roll it back to an earlier release.
 * Nothing is rewritten: rolling back only points the live version at another immutable release.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { isScenarioSlug, parseOrProblem } from '../../core/input.ts';
import { requireAuthoring, roleOn } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { startDraft } from './create.ts';
import { recordEvent, type AuthoringAction } from './events.ts';
import { namesOf, personOf } from './people.ts';
import { authoredScenarios } from './releases.ts';
import { draftSummaries } from './summaries.ts';
import type { AuthoredScenario, AuthoringEvent, DraftSummary } from './types.ts';

async function scenarioRow(ctx: AuthoringContext, slug: string) {
  if (!isScenarioSlug(slug)) throw notFound('published scenario');
  const row = await ctx.db.selectFrom('authored_scenario').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!row) throw notFound('published scenario');
  return row;
}

async function scenarioOf(ctx: AuthoringContext, slug: string): Promise<AuthoredScenario> {
  return (await authoredScenarios(ctx.db, [await scenarioRow(ctx, slug)]))[0]!;
}

export async function listScenarios(ctx: AuthoringContext, actor: Actor): Promise<AuthoredScenario[]> {
  requireAuthoring(actor);
  const rows = await ctx.db.selectFrom('authored_scenario').selectAll().orderBy('slug').execute();
  return authoredScenarios(ctx.db, rows);
}

/** One scenario, its history (newest first) and the drafts of it `actor` may read. */
export async function getScenario(
  ctx: AuthoringContext,
  actor: Actor,
  slug: string,
): Promise<{ scenario: AuthoredScenario; history: AuthoringEvent[]; drafts: DraftSummary[] }> {
  requireAuthoring(actor);
  const scenario = await scenarioOf(ctx, slug);
  const events = await ctx.db
    .selectFrom('authoring_event')
    .selectAll()
    .where('slug', '=', slug)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const names = await namesOf(
    ctx.db,
    events.map((e) => e.actor_id),
  );
  const drafts = await ctx.db
    .selectFrom('scenario_draft')
    .selectAll()
    .where('slug', '=', slug)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  const visible = [];
  for (const d of drafts) if (await roleOn(ctx.db, d, actor.id)) visible.push(d);
  return {
    scenario,
    history: events.map((e) => ({
      action: e.action,
      actor: personOf(e.actor_id, names),
      at: e.at,
      draftId: e.draft_id,
      detail: e.detail,
    })),
    drafts: await draftSummaries(ctx.db, actor.id, visible),
  };
}

/** A new draft of the scenario from its live release, owned by `actor`, that publishes as the next version. */
export async function reviseScenario(
  ctx: AuthoringContext,
  actor: Actor,
  slug: string,
): Promise<{ draft: DraftSummary }> {
  requireAuthoring(actor);
  const row = await scenarioRow(ctx, slug);
  const live = await ctx.db
    .selectFrom('scenario_release')
    .select(['yaml', 'ink'])
    .where('slug', '=', slug)
    .where('version', '=', row.live_version)
    .executeTakeFirstOrThrow();
  const { draft } = await startDraft(ctx, actor, {
    slug,
    yaml: live.yaml,
    ink: live.ink,
    baseVersion: Number(row.live_version),
    action: 'revise',
  });
  return { draft };
}

async function setScenario(
  ctx: AuthoringContext,
  actor: Actor,
  slug: string,
  change: { status?: 'active' | 'retired'; live_version?: number },
  action: AuthoringAction,
  detail: string | null,
): Promise<{ scenario: AuthoredScenario }> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('authored_scenario')
      .set({ ...change, updated_at: at })
      .where('slug', '=', slug)
      .execute();
    await recordEvent(trx, { slug, draftId: null, actorId: actor.id, action, detail, at });
  });
  return { scenario: await scenarioOf(ctx, slug) };
}

export async function retireScenario(ctx: AuthoringContext, actor: Actor, slug: string) {
  requireAuthoring(actor);
  const row = await scenarioRow(ctx, slug);
  if (row.status === 'retired') throw new Problem(409, 'This scenario is already retired.');
  return setScenario(ctx, actor, slug, { status: 'retired' }, 'retire', null);
}

export async function restoreScenario(ctx: AuthoringContext, actor: Actor, slug: string) {
  requireAuthoring(actor);
  const row = await scenarioRow(ctx, slug);
  if (row.status === 'active') throw new Problem(409, 'This scenario is not retired.');
  return setScenario(ctx, actor, slug, { status: 'active' }, 'restore', null);
}

const rollbackSchema = z.strictObject({ version: z.number().int().min(1) });

export async function rollbackScenario(ctx: AuthoringContext, actor: Actor, slug: string, input: unknown) {
  requireAuthoring(actor);
  const row = await scenarioRow(ctx, slug);
  const { version } = parseOrProblem(rollbackSchema, input, 'rollback');
  const release = await ctx.db
    .selectFrom('scenario_release')
    .select('version')
    .where('slug', '=', slug)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!release) throw new Problem(404, `This scenario has no version ${version}.`);
  if (Number(row.live_version) === version) throw new Problem(409, `Version ${version} is already the live version.`);
  return setScenario(
    ctx,
    actor,
    slug,
    { live_version: version },
    'rollback',
    `version ${version} (was ${row.live_version})`,
  );
}
