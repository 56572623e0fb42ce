/** Drafts and revisions as the API shows them, read in a fixed number of queries however many there are. */
import type { Kysely } from 'kysely';
import type { Database, DraftRevisionTable } from '../../db/schema.ts';
import type { DraftRow } from './access.ts';
import { readDiagnostics } from './columns.ts';
import { namesOf, personOf } from './people.ts';
import { inkFileOf } from './texts.ts';
import type { BaseFiles, DraftSummary, Revision, RevisionSummary } from './types.ts';

/** Summaries of these drafts as `readerId` sees them (`mine`: the reader is an owner or co-author). */
export async function draftSummaries(
  db: Kysely<Database>,
  readerId: string,
  drafts: readonly DraftRow[],
): Promise<DraftSummary[]> {
  if (drafts.length === 0) return [];
  const ids = drafts.map((d) => d.id);
  const coauthors = await db
    .selectFrom('draft_coauthor')
    .select(['draft_id', 'user_id'])
    .where('draft_id', 'in', ids)
    .orderBy('added_at')
    .orderBy('user_id')
    .execute();
  const newest = await db
    .selectFrom('draft_revision as r')
    .innerJoin('scenario_draft as d', (j) => j.onRef('d.id', '=', 'r.draft_id').onRef('d.revision', '=', 'r.number'))
    .select(['r.draft_id', 'r.check_status', 'r.diagnostics'])
    .where('r.draft_id', 'in', ids)
    .execute();
  const names = await namesOf(db, [...drafts.map((d) => d.owner_id), ...coauthors.map((c) => c.user_id)]);
  const checks = new Map(newest.map((r) => [r.draft_id, r]));
  return drafts.map((d) => {
    const co = coauthors.filter((c) => c.draft_id === d.id).map((c) => c.user_id);
    const check = checks.get(d.id);
    const diagnostics = check ? readDiagnostics(check.diagnostics) : [];
    return {
      id: d.id,
      slug: d.slug,
      title: d.title,
      status: d.status,
      revision: Number(d.revision),
      owner: personOf(d.owner_id, names),
      coauthors: co.map((id) => personOf(id, names)),
      baseVersion: d.base_version === null ? null : Number(d.base_version),
      updatedAt: d.updated_at,
      checkStatus: check?.check_status ?? 'pending',
      errorCount: diagnostics.filter((x) => x.severity === 'error').length,
      mine: d.owner_id === readerId || co.includes(readerId),
    };
  });
}

export async function draftSummary(db: Kysely<Database>, readerId: string, draft: DraftRow): Promise<DraftSummary> {
  return (await draftSummaries(db, readerId, [draft]))[0]!;
}

/** One stored revision in full. */
export async function revisionOf(db: Kysely<Database>, row: DraftRevisionTable): Promise<Revision> {
  const names = await namesOf(db, [row.author_id]);
  return {
    number: Number(row.number),
    yaml: row.yaml,
    ink: row.ink,
    inkFile: inkFileOf(row.yaml),
    author: personOf(row.author_id, names),
    createdAt: row.created_at,
    checkStatus: row.check_status,
    diagnostics: readDiagnostics(row.diagnostics),
    hash: row.hash,
  };
}

/** A draft's revision by number, or undefined. */
export function revisionRow(db: Kysely<Database>, draftId: string, n: number) {
  return db
    .selectFrom('draft_revision')
    .selectAll()
    .where('draft_id', '=', draftId)
    .where('number', '=', n)
    .executeTakeFirst();
}

/** Every revision of a draft without its texts, newest first. */
export async function revisionSummaries(db: Kysely<Database>, draftId: string): Promise<RevisionSummary[]> {
  const rows = await db
    .selectFrom('draft_revision')
    .select(['number', 'yaml', 'author_id', 'created_at', 'check_status', 'diagnostics', 'hash'])
    .where('draft_id', '=', draftId)
    .orderBy('number', 'desc')
    .execute();
  const names = await namesOf(
    db,
    rows.map((r) => r.author_id),
  );
  return rows.map((r) => {
    const diagnostics = readDiagnostics(r.diagnostics);
    return {
      number: Number(r.number),
      inkFile: inkFileOf(r.yaml),
      author: personOf(r.author_id, names),
      createdAt: r.created_at,
      checkStatus: r.check_status,
      hash: r.hash,
      errorCount: diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    };
  });
}

/** The published files a draft revises, or null for a new scenario. */
export async function baseOf(db: Kysely<Database>, draft: DraftRow): Promise<BaseFiles | null> {
  if (draft.base_version === null) return null;
  const row = await db
    .selectFrom('scenario_release')
    .select(['version', 'yaml', 'ink'])
    .where('slug', '=', draft.slug)
    .where('version', '=', draft.base_version)
    .executeTakeFirst();
  return row ? { version: Number(row.version), yaml: row.yaml, ink: row.ink } : null;
}
