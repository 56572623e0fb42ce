/** Published scenarios and their releases as the API shows them. */
import type { Kysely } from 'kysely';
import type { AuthoredScenarioTable, Database } from '../../db/schema.ts';
import { namesOf, personOf } from './people.ts';
import { titleOf } from './texts.ts';
import type { AuthoredScenario, Release } from './types.ts';

/** These scenarios with every release (oldest first), titled by their live release. */
export async function authoredScenarios(
  db: Kysely<Database>,
  rows: readonly AuthoredScenarioTable[],
): Promise<AuthoredScenario[]> {
  if (rows.length === 0) return [];
  const releases = await db
    .selectFrom('scenario_release')
    .select(['slug', 'version', 'hash', 'yaml', 'published_at', 'author_id', 'approved_by'])
    .where(
      'slug',
      'in',
      rows.map((r) => r.slug),
    )
    .orderBy('slug')
    .orderBy('version')
    .execute();
  const names = await namesOf(
    db,
    releases.flatMap((r) => [r.author_id, r.approved_by]),
  );
  return rows.map((s) => {
    const own = releases.filter((r) => r.slug === s.slug);
    const live = Number(s.live_version);
    const liveRow = own.find((r) => Number(r.version) === live);
    return {
      slug: s.slug,
      title: liveRow ? titleOf(liveRow.yaml, s.slug) : s.slug,
      status: s.status,
      liveVersion: live,
      releases: own.map((r): Release => ({
        slug: r.slug,
        version: Number(r.version),
        hash: r.hash,
        publishedAt: r.published_at,
        author: personOf(r.author_id, names),
        approvedBy: personOf(r.approved_by, names),
        live: Number(r.version) === live,
      })),
    };
  });
}

export async function releaseOf(db: Kysely<Database>, slug: string, version: number): Promise<Release> {
  const row = await db.selectFrom('authored_scenario').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  return (await authoredScenarios(db, [row]))[0]!.releases.find((r) => r.version === version)!;
}
