/**
 * Whether a new scenario may take a slug: never a built-in scenario's (the catalogue's), an authored
 * scenario's, or that of another new draft still being written (two drafts racing to publish one slug would
 * otherwise meet only at approval). A draft that revises a published scenario keeps that scenario's slug.
 *
 * The catalogue is asked outside any transaction (it may read the database itself, and on SQLite a read
 * outside a transaction must not be awaited inside one); the tables are read inside the writer's transaction.
 */
import type { Kysely } from 'kysely';
import { Problem } from '../../core/errors.ts';
import type { Database } from '../../db/schema.ts';
import type { AuthoringContext } from './context.ts';

export const slugTaken = (slug: string) =>
  new Problem(
    409,
    `The name "${slug}" is already used by another scenario or draft. Choose another: it becomes the scenario’s address, /scenarios/${slug}/.`,
    { slug },
  );

/** Whether the catalogue plays a scenario of this slug (built in, or, once the catalogue reads them, published here). */
export async function inCatalogue(ctx: AuthoringContext, slug: string): Promise<boolean> {
  if (await ctx.stories.current(slug)) return true;
  return ((await ctx.stories.list?.()) ?? []).some((s) => s.slug === slug);
}

/** Whether a scenario of this slug has been published from a draft. */
export async function isAuthored(executor: Kysely<Database>, slug: string): Promise<boolean> {
  const row = await executor.selectFrom('authored_scenario').select('slug').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Throws 409 unless no authored scenario and no other live draft has `slug` (read with `executor`). */
export async function assertSlugFreeIn(executor: Kysely<Database>, slug: string, exceptDraft?: string): Promise<void> {
  if (await isAuthored(executor, slug)) throw slugTaken(slug);
  let drafting = executor
    .selectFrom('scenario_draft')
    .select('id')
    .where('slug', '=', slug)
    .where('status', '!=', 'discarded');
  if (exceptDraft) drafting = drafting.where('id', '!=', exceptDraft);
  if (await drafting.executeTakeFirst()) throw slugTaken(slug);
}

/** Throws 409 unless a new draft may take `slug` (catalogue first, then the tables). */
export async function assertSlugFree(ctx: AuthoringContext, slug: string): Promise<void> {
  if (await inCatalogue(ctx, slug)) throw slugTaken(slug);
  await assertSlugFreeIn(ctx.db, slug);
}
