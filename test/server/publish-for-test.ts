/**
 * Publishing, retiring and rolling back as the database records them (migration 0010_authoring), written straight
 * into the tables: the bundle kept as its story_version, a release numbered after the scenario's last, and the
 * authored scenario pointing at it. For tests of what reads published scenarios, independent of the authoring
 * services that write them in the app.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { storyVersions } from '../../src/server/services/story-versions.ts';

/**
 * Publishes `bundle` as the next release of its slug, live at once; a new authored scenario is made `status`
 * (active unless told: a retired one resolves but is never listed, for a test that must not change the catalogue).
 */
export async function publishForTest(
  db: Kysely<Database>,
  bundle: ScenarioBundle,
  at = new Date().toISOString(),
  status: 'active' | 'retired' = 'active',
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await storyVersions(trx).keep(trx, bundle, at);
    const last = await trx
      .selectFrom('scenario_release')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('slug', '=', bundle.slug)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    if (version === 1)
      await trx
        .insertInto('authored_scenario')
        .values({ slug: bundle.slug, status, live_version: 1, created_at: at, updated_at: at })
        .execute();
    await trx
      .insertInto('scenario_release')
      .values({
        slug: bundle.slug,
        version,
        hash: bundle.hash,
        yaml: `title: ${bundle.meta.title}\n`,
        ink: '// compiled in the test\n',
        draft_id: null,
        revision: null,
        author_id: null,
        approved_by: null,
        published_at: at,
      })
      .execute();
    await trx
      .updateTable('authored_scenario')
      .set({ live_version: version, updated_at: at })
      .where('slug', '=', bundle.slug)
      .execute();
    return version;
  });
}

export async function setStatusForTest(db: Kysely<Database>, slug: string, status: 'active' | 'retired') {
  await db.updateTable('authored_scenario').set({ status }).where('slug', '=', slug).execute();
}

export async function rollBackForTest(db: Kysely<Database>, slug: string, version: number) {
  await db.updateTable('authored_scenario').set({ live_version: version }).where('slug', '=', slug).execute();
}
