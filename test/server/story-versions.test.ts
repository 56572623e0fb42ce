/** Story versions (src/server/services/story-versions.ts): kept once, read once and served from the cache after. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyVersions } from '../../src/server/services/story-versions.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { openApp, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const older = { ...mini, hash: `${mini.hash}-older`, meta: { ...mini.meta, title: 'Mini, as first written' } };

describe.each(DATABASES)('story versions on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps a version once, reads it, and serves it from the cache afterwards', async () => {
    const versions = storyVersions(t.app.db.kysely);
    const db = t.app.db.kysely;
    await versions.keep(db, older, '2026-01-01T00:00:00.000Z');
    await versions.keep(db, mini, '2026-02-01T00:00:00.000Z');
    await versions.keep(db, mini, '2026-03-01T00:00:00.000Z');
    expect((await db.selectFrom('story_version').select('hash').execute()).length).toBe(2);
    expect(versions.knownTitle(mini.hash)).toBe(mini.meta.title);

    const first = await versions.get(mini.hash);
    expect(first).toMatchObject({ hash: mini.hash, title: mini.meta.title });
    expect(first.bundle.rubric).toEqual(mini.rubric);
    // Read again after the row is gone: the parsed version is the same object, from the cache.
    await db.deleteFrom('story_version').where('hash', '=', mini.hash).execute();
    expect(await versions.get(mini.hash)).toBe(first);
    expect(await storyVersions(db).many([mini.hash])).toEqual(new Map());
    await expect(storyVersions(db).get(mini.hash)).rejects.toThrow(/no story version/);
    await versions.keep(db, mini, '2026-02-01T00:00:00.000Z');
  });

  it("lists a scenario's versions newest first, and each scenario's newest title", async () => {
    const versions = storyVersions(t.app.db.kysely);
    expect((await versions.ofScenario('mini')).map((v) => v.hash)).toEqual([mini.hash, older.hash]);
    expect(await versions.ofScenario('nothing')).toEqual([]);
    expect((await versions.titlesBySlug()).get('mini')).toBe(mini.meta.title);
  });
});
