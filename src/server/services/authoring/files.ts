/**
 * A scenario as its folder, zipped: `<slug>/scenario.yaml` and `<slug>/<main ink>`, the layout of `stories/`,
 * so an export can be checked in beside the built-in scenarios or imported into another installation as a
 * draft. The zip itself is made and read by src/server/authoring-check/scenario-zip.ts (sizes, paths and
 * zip bombs are refused there).
 */
import { ScenarioZipError, unzipScenario, zipScenario } from '../../authoring-check/scenario-zip.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { isScenarioSlug } from '../../core/input.ts';
import { readableDraft, requireAuthoring } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { startDraft } from './create.ts';
import { recordEvent } from './events.ts';
import { revisionRow } from './summaries.ts';
import { authoredSlug, fileText, inkFileOf } from './texts.ts';

/** Largest zip an import accepts. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ZipFile {
  filename: string;
  bytes: Uint8Array;
}

function zipOf(slug: string, yaml: string, ink: string): Uint8Array {
  return zipScenario({ slug, yaml, ink, inkFile: inkFileOf(yaml) });
}

/** The draft's newest revision as a folder, for its authors and its reviewer. */
export async function exportDraft(ctx: AuthoringContext, actor: Actor, draftId: string): Promise<ZipFile> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  const row = (await revisionRow(ctx.db, draft.id, Number(draft.revision)))!;
  const bytes = zipOf(draft.slug, row.yaml, row.ink);
  await recordEvent(ctx.db, {
    slug: draft.slug,
    draftId: draft.id,
    actorId: actor.id,
    action: 'export',
    detail: `revision ${row.number}`,
    at: ctx.now().toISOString(),
  });
  return { filename: `${draft.slug}-draft-${row.number}.zip`, bytes };
}

/** A published version (the live one unless `version` names another) as a folder, for any educator or administrator. */
export async function exportRelease(
  ctx: AuthoringContext,
  actor: Actor,
  slug: string,
  version: string | null,
): Promise<ZipFile> {
  requireAuthoring(actor);
  if (!isScenarioSlug(slug)) throw notFound('published scenario');
  const scenario = await ctx.db.selectFrom('authored_scenario').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!scenario) throw notFound('published scenario');
  let wanted = Number(scenario.live_version);
  if (version !== null) {
    if (!/^[1-9]\d{0,8}$/.test(version)) throw new Problem(400, 'The version must be a whole number from 1.');
    wanted = Number(version);
  }
  const release = await ctx.db
    .selectFrom('scenario_release')
    .select(['version', 'yaml', 'ink'])
    .where('slug', '=', slug)
    .where('version', '=', wanted)
    .executeTakeFirst();
  if (!release) throw new Problem(404, `This scenario has no version ${wanted}.`);
  const bytes = zipOf(slug, release.yaml, release.ink);
  await recordEvent(ctx.db, {
    slug,
    draftId: null,
    actorId: actor.id,
    action: 'export',
    detail: `version ${wanted}`,
    at: ctx.now().toISOString(),
  });
  return { filename: `${slug}-v${wanted}.zip`, bytes };
}

/** A zipped scenario folder as a new draft, named by its folder (which must be free, as for a new scenario). */
export async function importDraft(ctx: AuthoringContext, actor: Actor, zip: Uint8Array) {
  requireAuthoring(actor);
  if (zip.byteLength > MAX_IMPORT_BYTES)
    throw new Problem(413, `The zip is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let folder: { slug: string; yaml: string; ink: string };
  try {
    folder = unzipScenario(zip);
  } catch (error) {
    if (error instanceof ScenarioZipError) throw new Problem(400, error.message);
    throw error;
  }
  const slug = authoredSlug.safeParse(folder.slug);
  if (!slug.success)
    throw new Problem(
      400,
      `The folder in the zip is named "${folder.slug}", which cannot be a scenario’s name: it ${slug.error.issues[0]!.message}. Rename the folder and zip it again.`,
    );
  for (const [name, text] of [
    ['scenario.yaml', folder.yaml],
    [inkFileOf(folder.yaml), folder.ink],
  ] as const) {
    const stored = fileText.safeParse(text);
    if (!stored.success) throw new Problem(400, `${name} in the zip ${stored.error.issues[0]!.message}.`);
  }
  return startDraft(ctx, actor, {
    slug: slug.data,
    yaml: folder.yaml,
    ink: folder.ink,
    baseVersion: null,
    action: 'import',
  });
}
