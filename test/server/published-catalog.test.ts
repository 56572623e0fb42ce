/**
 * Scenarios published in the browser, as every service sees them (src/server/services/published-catalog.ts), on
 * both databases: listed with the built-in ones in the catalogue's order, resolved to their live release, hidden
 * once retired but still resolving, rolled back, seen at once by a second app server on the same database, and
 * played, assigned, scored and analysed like a built-in scenario, an attempt in progress keeping its version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { RecordedChoice } from '../../src/engine/replay.ts';
import { createApp, type App } from '../../src/server/app.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { withPublished } from '../../src/server/services/published-catalog.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { bundleFromInk, fixtureBundle, ROOT } from '../support/fixture-bundle.ts';
import { insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';
import { publishForTest, rollBackForTest, setStatusForTest } from './publish-for-test.ts';

const mini = fixtureBundle('mini');
const source = readFileSync(join(ROOT, 'test/fixtures/stories/mini/main.ink'), 'utf8');
/** A published scenario: the fixture under its own slug, title and module (the power module, after boundaries). */
const asPublished = (bundle: ScenarioBundle, slug: string, title: string, hash: string): ScenarioBundle => ({
  ...bundle,
  slug,
  hash,
  meta: { ...bundle.meta, title, module: 'power' },
});
const v1 = asPublished(mini, 'gifts-published', 'Gifts, as published', `${mini.hash}-p1`);
/** Version 2: the gift options' evidence reversed, so the same choices score differently. */
const v2 = asPublished(
  bundleFromInk(
    source
      .replace('#rubric:boundaries.gifts:+2', '#rubric:boundaries.gifts:@')
      .replace('#rubric:boundaries.gifts:-2', '#rubric:boundaries.gifts:+2')
      .replace('#rubric:boundaries.gifts:@', '#rubric:boundaries.gifts:-2'),
    mini,
  ),
  'gifts-published',
  'Gifts, revised',
  `${mini.hash}-p2`,
);

describe.each(DATABASES)('published scenarios on %s', (kind) => {
  let t: TestApp & { config: Awaited<ReturnType<typeof openApp>>['config'] };
  let trainee: Actor;
  let supervisor: Actor;
  let educator: Actor;
  let cohortId: string;
  const builtIn = catalogOf([mini]);
  const db = () => t.app.db.kysely;
  const slugs = async (app: App = t.app) => (await withPublished(builtIn, app.db.kysely).list()).map((e) => e.slug);

  beforeAll(async () => {
    t = await openApp(kind, builtIn);
    trainee = await insertUser(t.app, 'trainee');
    supervisor = await insertUser(t.app, 'supervisor');
    educator = await insertUser(t.app, 'educator');
    cohortId = (await t.app.cohorts.create(supervisor, { name: 'Published' })).id;
    await t.app.cohorts.join(trainee, { code: (await t.app.cohorts.createInvite(supervisor, cohortId, {})).code });
  });
  afterAll(async () => {
    await t?.close();
  });

  const start = (slug: string, hash: string, assignmentId?: string) =>
    t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: slug,
      storyHash: hash,
      mode: 'assessment',
      ...(assignmentId ? { assignmentId } : {}),
    });
  const playThrough = async (attemptId: string, choices: RecordedChoice[]) => {
    let seq = 0;
    for (const c of choices)
      await t.app.attempts.record(trainee, attemptId, {
        eventId: crypto.randomUUID(),
        seq: ++seq,
        type: 'choice',
        ...c,
      });
    return t.app.attempts.record(trainee, attemptId, {
      eventId: crypto.randomUUID(),
      seq: seq + 1,
      type: 'complete',
      reflection: 'I noticed the gift.',
    });
  };
  const assign = (scenarios: string[]) =>
    t.app.assignments.create(supervisor, cohortId, {
      title: `Assigned ${scenarios.join(', ')}`,
      scenarios,
      opensAt: '2020-01-01',
      dueAt: '2099-01-01',
      mode: 'assessment',
      attemptsAllowed: null,
      passMarks: {},
    });

  it('resolves nothing before anything is published, and the built-in scenario alone is listed', async () => {
    const catalog = withPublished(builtIn, db());
    expect(await catalog.current(v1.slug)).toBeNull();
    expect(await catalog.find(v1.slug)).toBeNull();
    expect(await catalog.listed(v1.slug)).toBe(false);
    expect(await slugs()).toEqual(['mini']);
    expect((await problemOf(start(v1.slug, v1.hash))).status).toBe(404);
  });

  it('lists a published scenario with the built-in ones in the catalogue order, and resolves its live release', async () => {
    expect(await publishForTest(db(), v1, '2026-03-01T09:00:00.000Z')).toBe(1);
    const catalog = withPublished(builtIn, db());
    // The power module comes after boundaries, whatever the slugs' order.
    expect(await catalog.list()).toEqual([
      { slug: 'mini', meta: mini.meta },
      { slug: v1.slug, meta: v1.meta },
    ]);
    expect((await catalog.current(v1.slug))?.hash).toBe(v1.hash);
    expect(await catalog.find(v1.slug)).toMatchObject({
      bundle: { hash: v1.hash, meta: { title: 'Gifts, as published' } },
      origin: { kind: 'published', version: 1, status: 'active', publishedAt: '2026-03-01T09:00:00.000Z' },
    });
    expect(await catalog.find('mini')).toMatchObject({ bundle: { hash: mini.hash }, origin: { kind: 'built-in' } });
    expect(await catalog.listed(v1.slug)).toBe(true);
  });

  it('a built-in scenario keeps its slug even if a release names it', async () => {
    await publishForTest(db(), { ...mini, hash: `${mini.hash}-shadow`, meta: { ...mini.meta, title: 'Shadow' } });
    const catalog = withPublished(builtIn, db());
    expect((await catalog.current('mini'))?.hash).toBe(mini.hash);
    expect((await catalog.list()).filter((e) => e.slug === 'mini')).toEqual([{ slug: 'mini', meta: mini.meta }]);
    await db().deleteFrom('scenario_release').where('slug', '=', 'mini').execute();
    await db().deleteFrom('authored_scenario').where('slug', '=', 'mini').execute();
  });

  it('is assigned and played like a built-in scenario; an attempt in progress finishes and scores on its version', async () => {
    const assignment = await assign([v1.slug, 'mini']);
    expect(assignment.scenarios).toEqual([
      { slug: v1.slug, title: 'Gifts, as published' },
      { slug: 'mini', title: mini.meta.title },
    ]);
    const picks = [0, 0, 0];
    const onV1 = playIndependently(v1, picks);
    const onV2 = playIndependently(v2, picks);
    expect(onV1.report.overall).not.toBe(onV2.report.overall);

    const { attempt } = await start(v1.slug, v1.hash, assignment.id);
    expect(attempt).toMatchObject({ scenario: v1.slug, storyHash: v1.hash, title: 'Gifts, as published' });
    // Version 2 is published while the attempt is in progress: the attempt keeps version 1.
    expect(await publishForTest(db(), v2, '2026-03-02T09:00:00.000Z')).toBe(2);
    const done = await playThrough(attempt.id, onV1.choices);
    expect(done.attempt).toMatchObject({ status: 'completed', storyHash: v1.hash, overall: onV1.report.overall });

    // A new attempt must start on version 2, and is scored on it.
    const stale = await problemOf(start(v1.slug, v1.hash, assignment.id));
    expect(stale.status).toBe(409);
    expect(stale.details.currentHash).toBe(v2.hash);
    const fresh = await start(v1.slug, v2.hash, assignment.id);
    const again = await playThrough(fresh.attempt.id, onV2.choices);
    expect(again.attempt).toMatchObject({ storyHash: v2.hash, overall: onV2.report.overall });

    // Item analysis reads both versions' attempts, the live one first.
    const analysis = await t.app.itemAnalysis.analyse(educator, v1.slug);
    expect(analysis).toMatchObject({ title: 'Gifts, revised', attempts: 2, unreplayable: 0 });
    expect(analysis.versions).toEqual([
      { hash: v2.hash, attempts: 1 },
      { hash: v1.hash, attempts: 1 },
    ]);
    expect((await t.app.itemAnalysis.scenarios(educator)).find((s) => s.slug === v1.slug)).toMatchObject({
      attempts: 2,
      completed: 2,
    });
  });

  it('retired: gone from the list and not assigned anew, but it still resolves and its assignments keep working', async () => {
    const before = await assign([v1.slug]);
    await setStatusForTest(db(), v1.slug, 'retired');
    const catalog = withPublished(builtIn, db());
    expect(await slugs()).toEqual(['mini']);
    expect((await catalog.list({ retired: true })).map((e) => e.slug)).toEqual(['mini', v1.slug]);
    expect(await catalog.listed(v1.slug)).toBe(false);
    expect(await catalog.find(v1.slug)).toMatchObject({ origin: { status: 'retired', version: 2 } });

    const refused = await problemOf(assign([v1.slug]));
    expect(refused.status).toBe(422);
    expect(refused.message).toContain(v1.slug);
    // The module's scenarios are the listed ones: power has none left to assign.
    expect(
      (
        await problemOf(
          t.app.assignments.create(supervisor, cohortId, {
            title: 'Power',
            module: 'power',
            opensAt: '2020-01-01',
            dueAt: '2099-01-01',
            mode: 'assessment',
            attemptsAllowed: null,
            passMarks: {},
          }),
        )
      ).status,
    ).toBe(422);

    const { attempt, created } = await start(v1.slug, v2.hash, before.id);
    expect(created).toBe(true);
    expect(attempt).toMatchObject({ scenario: v1.slug, storyHash: v2.hash });
    expect((await t.app.assignments.listForCohort(supervisor, cohortId)).find((a) => a.id === before.id)).toMatchObject(
      {
        scenarios: [{ slug: v1.slug, title: 'Gifts, revised' }],
      },
    );

    await setStatusForTest(db(), v1.slug, 'active');
    expect(await slugs()).toEqual(['mini', v1.slug]);
    const module = await t.app.assignments.create(supervisor, cohortId, {
      title: 'Power',
      module: 'power',
      opensAt: '2020-01-01',
      dueAt: '2099-01-01',
      mode: 'assessment',
      attemptsAllowed: null,
      passMarks: {},
    });
    expect(module.scenarios.map((s) => s.slug)).toEqual([v1.slug]);
  });

  it('rolled back: the earlier release is live again, for new attempts too', async () => {
    await rollBackForTest(db(), v1.slug, 1);
    const catalog = withPublished(builtIn, db());
    expect(await catalog.find(v1.slug)).toMatchObject({ bundle: { hash: v1.hash }, origin: { version: 1 } });
    expect((await catalog.list()).find((e) => e.slug === v1.slug)?.meta.title).toBe('Gifts, as published');
    expect((await start(v1.slug, v1.hash)).created).toBe(true);
    expect((await problemOf(start(v1.slug, v2.hash))).details.currentHash).toBe(v1.hash);
    await rollBackForTest(db(), v1.slug, 2);
  });

  it('serves an earlier version by its hash, so an attempt begun on it can finish after a newer one is live', async () => {
    const catalog = withPublished(builtIn, db());
    expect((await catalog.current(v1.slug))?.hash).toBe(v2.hash);
    expect((await catalog.version(v1.slug, v1.hash))?.meta.title).toBe('Gifts, as published');
    expect((await catalog.version(v1.slug, v2.hash))?.hash).toBe(v2.hash);
    expect((await catalog.version('mini', mini.hash))?.hash).toBe(mini.hash);
    // A hash is only ever answered under its own scenario's slug, and nonsense is never queried.
    expect(await catalog.version('mini', v1.hash)).toBeNull();
    expect(await catalog.version(v1.slug, mini.hash)).toBeNull();
    expect(await catalog.version(v1.slug, 'no-such-version')).toBeNull();
    expect(await catalog.version(v1.slug, "x' or 1=1 --")).toBeNull();
  });

  it('a second app server on the same database sees a publish, a retirement and a rollback at once', async () => {
    const other = createApp(t.config, builtIn);
    try {
      const late = asPublished(mini, 'late-arrival', 'Late arrival', `${mini.hash}-late1`);
      const lateAgain = { ...late, hash: `${mini.hash}-late2`, meta: { ...late.meta, title: 'Late arrival, again' } };
      // The other server has looked, and found nothing, before the publish.
      expect(await slugs(other)).not.toContain(late.slug);
      expect(
        (
          await problemOf(
            other.attempts.start(trainee, {
              id: crypto.randomUUID(),
              scenario: late.slug,
              storyHash: late.hash,
              mode: 'practice',
            }),
          )
        ).status,
      ).toBe(404);

      await publishForTest(db(), late);
      expect(await slugs(other)).toContain(late.slug);
      const started = await other.attempts.start(trainee, {
        id: crypto.randomUUID(),
        scenario: late.slug,
        storyHash: late.hash,
        mode: 'practice',
      });
      expect(started.attempt.storyHash).toBe(late.hash);

      await publishForTest(db(), lateAgain);
      expect((await withPublished(builtIn, other.db.kysely).current(late.slug))?.hash).toBe(lateAgain.hash);
      await setStatusForTest(db(), late.slug, 'retired');
      expect(await slugs(other)).not.toContain(late.slug);
      await rollBackForTest(db(), late.slug, 1);
      expect((await withPublished(builtIn, other.db.kysely).current(late.slug))?.hash).toBe(late.hash);
      expect(
        (
          await problemOf(
            other.attempts.start(trainee, {
              id: crypto.randomUUID(),
              scenario: late.slug,
              storyHash: lateAgain.hash,
              mode: 'practice',
            }),
          )
        ).details.currentHash,
      ).toBe(late.hash);
    } finally {
      await other.close();
    }
  });
});
