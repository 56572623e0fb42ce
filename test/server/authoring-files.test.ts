/**
 * Scenario folders in and out on both databases: a draft or a published version exports as `<slug>/scenario.yaml`
 * and its ink file; such a zip imports as a new draft named by its folder (a taken name refused like a new
 * draft's, a zip that is not a scenario folder refused with what is missing); export and import are recorded.
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipScenario } from '../../src/server/authoring-check/scenario-zip.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, problemOf, type TestApp } from './helpers.ts';
import { openAuthoringApp, template, tickingClock } from './authoring-helpers.ts';

const retitle = (title: string) => template.yaml.replace('title: A new scenario', `title: ${title}`);

describe.each(DATABASES)('authoring files on %s', (kind) => {
  let t: TestApp;
  let ed: Actor & { email: string };
  let ed2: Actor & { email: string };
  let reviewer: Actor & { email: string };
  let trainee: Actor & { email: string };
  const builtIn = fixtureBundle('mini');
  const a = () => t.app.authoring;

  beforeAll(async () => {
    t = await openAuthoringApp(kind, catalogOf([builtIn]), { now: tickingClock() });
    ed = await insertUser(t.app, 'educator');
    ed2 = await insertUser(t.app, 'educator');
    reviewer = await insertUser(t.app, 'admin');
    trainee = await insertUser(t.app, 'trainee');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a draft exports as its folder and imports elsewhere as a new draft with the same texts', async () => {
    const { draft } = await a().create(ed, { slug: 'exported-draft', yaml: retitle('Exported') });
    const zip = await a().exportDraft(ed, draft.id);
    expect(zip.filename).toBe('exported-draft-draft-1.zip');
    expect(unzipScenario(zip.bytes)).toEqual({
      slug: 'exported-draft',
      yaml: retitle('Exported'),
      ink: template.ink,
      inkFile: 'main.ink',
    });
    expect((await problemOf(a().exportDraft(ed2, draft.id))).status).toBe(404);
    expect((await problemOf(a().exportDraft(trainee, draft.id))).status).toBe(403);
    // Its name is taken while the draft lives.
    expect((await problemOf(a().import(ed2, zip.bytes))).status).toBe(409);
    await a().discard(ed, draft.id);
    const imported = await a().import(ed2, zip.bytes);
    expect(imported.draft).toMatchObject({ slug: 'exported-draft', title: 'Exported', owner: { id: ed2.id } });
    expect(imported.revision).toMatchObject({ number: 1, yaml: retitle('Exported'), ink: template.ink });
    expect(imported.revision.checkStatus).toBe('ok');
    const events = await t.app.db.kysely
      .selectFrom('authoring_event')
      .select(['action', 'actor_id'])
      .where('slug', '=', 'exported-draft')
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'export', 'discard', 'import']);
  });

  it('a published version exports by number (the live one by default)', async () => {
    const { draft } = await a().create(ed, { slug: 'released-files', yaml: retitle('Released') });
    const review = (await a().submit(ed, draft.id, { revision: 1, reviewerId: reviewer.id })).review;
    await a().decide(reviewer, review.id, { decision: 'approve' });
    const live = await a().exportRelease(ed2, 'released-files', null);
    expect(live.filename).toBe('released-files-v1.zip');
    expect(unzipScenario(live.bytes).yaml).toBe(retitle('Released'));
    expect((await a().exportRelease(ed2, 'released-files', '1')).bytes).toEqual(live.bytes);
    expect((await problemOf(a().exportRelease(ed2, 'released-files', '2'))).status).toBe(404);
    expect((await problemOf(a().exportRelease(ed2, 'released-files', 'one'))).status).toBe(400);
    expect((await problemOf(a().exportRelease(ed2, 'no-such-thing', null))).status).toBe(404);
    expect((await problemOf(a().exportRelease(trainee, 'released-files', null))).status).toBe(403);
    // A published name cannot be imported again.
    expect((await problemOf(a().import(ed2, live.bytes))).status).toBe(409);
  });

  it('an import that is not a scenario folder is refused with what is wrong, and nothing is made', async () => {
    const before = (await t.app.db.kysely.selectFrom('scenario_draft').select('id').execute()).length;
    const cases: [Uint8Array, RegExp][] = [
      [strToU8('not a zip at all'), /not a zip/],
      [zipSync({ 'no-yaml/main.ink': strToU8(template.ink) }), /no scenario\.yaml/],
      [zipSync({ 'no-ink/scenario.yaml': strToU8(template.yaml) }), /no main\.ink/],
      [
        zipSync({ 'Bad_Name/scenario.yaml': strToU8(template.yaml), 'Bad_Name/main.ink': strToU8(template.ink) }),
        /cannot be a scenario’s name/,
      ],
      [
        zipSync({
          [`${builtIn.slug}/scenario.yaml`]: strToU8(template.yaml),
          [`${builtIn.slug}/main.ink`]: strToU8(template.ink),
        }),
        /already used/,
      ],
    ];
    for (const [bytes, message] of cases) {
      const p = await problemOf(a().import(ed, bytes));
      expect([400, 409]).toContain(p.status);
      expect(p.message).toMatch(message);
    }
    expect((await problemOf(a().import(ed, new Uint8Array(1024 * 1024 + 1)))).status).toBe(413);
    expect((await problemOf(a().import(trainee, zipSync({})))).status).toBe(403);
    expect((await t.app.db.kysely.selectFrom('scenario_draft').select('id').execute()).length).toBe(before);
  });
});
