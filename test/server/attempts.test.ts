/**
 * The attempt service on both databases: starting, recording sequenced events (idempotent, in order,
 * along the story's path), scoring on completion by replay, reading, and who may do what. Expected scores
 * are computed here by playing the fixture story with StoryRunner and scoring with scoreAttempt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { orderOptions } from '../../src/engine/option-order.ts';
import type { RecordedChoice } from '../../src/engine/replay.ts';
import type { StoryOption } from '../../src/engine/story-runner.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { bundleFromInk, fixtureBundle, ROOT } from '../support/fixture-bundle.ts';
import { allPaths, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
/** The same scenario revised: the gift options' evidence reversed, so the same choices score differently. */
const revised = bundleFromInk(
  readFileSync(join(ROOT, 'test/fixtures/stories/mini/main.ink'), 'utf8')
    .replace('#rubric:boundaries.gifts:+2', '#rubric:boundaries.gifts:@')
    .replace('#rubric:boundaries.gifts:-2', '#rubric:boundaries.gifts:+2')
    .replace('#rubric:boundaries.gifts:@', '#rubric:boundaries.gifts:-2'),
  mini,
);

describe.each(DATABASES)('attempts on %s', (kind) => {
  let t: TestApp;
  let trainee: Actor;
  let other: Actor;
  let admin: Actor;
  let supervisor: Actor;
  let current: ScenarioBundle = mini;
  const catalog: StoryCatalog = { current: async (slug) => (slug === current.slug ? current : null) };
  // A clock that moves one second per reading, so attempts started one after another sort by time.
  let clock = Date.parse('2026-03-01T09:00:00.000Z');

  beforeAll(async () => {
    t = await openApp(kind, catalog, {}, { now: () => new Date((clock += 1000)) });
    trainee = await insertUser(t.app, 'trainee');
    other = await insertUser(t.app, 'trainee');
    admin = await insertUser(t.app, 'admin');
    supervisor = await insertUser(t.app, 'supervisor');
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.app.db.kysely;
  const start = (
    actor: Actor,
    mode: 'practice' | 'assessment' = 'assessment',
    id: string = crypto.randomUUID(),
    hash = mini.hash,
  ) => t.app.attempts.start(actor, { id, scenario: 'mini', storyHash: hash, mode });
  const choice = (seq: number, c: RecordedChoice, eventId: string = crypto.randomUUID()) => ({
    eventId,
    seq,
    type: 'choice' as const,
    ...c,
  });
  const complete = (seq: number, reflection = 'I noticed I hurried.', eventId: string = crypto.randomUUID()) => ({
    eventId,
    seq,
    type: 'complete' as const,
    reflection,
  });
  const eventsOf = (attemptId: string) =>
    db().selectFrom('attempt_event').selectAll().where('attempt_id', '=', attemptId).orderBy('seq').execute();
  const attemptRows = (where: { id?: string; user?: string }) => {
    let q = db().selectFrom('attempt').selectAll();
    if (where.id) q = q.where('id', '=', where.id);
    if (where.user) q = q.where('user_id', '=', where.user);
    return q.execute();
  };
  /** Records `choices` then `complete` on `attemptId`, one event after another; returns the last result. */
  const playThrough = async (
    actor: Actor,
    attemptId: string,
    choices: RecordedChoice[],
    reflection = ' A reflection. ',
  ) => {
    let seq = 0;
    for (const c of choices) await t.app.attempts.record(actor, attemptId, choice(++seq, c));
    return t.app.attempts.record(actor, attemptId, complete(seq + 1, reflection));
  };
  const first = playIndependently(mini, [0]).choices[0]!;

  describe('start', () => {
    it('creates the attempt once; starting the same id again returns it as it is', async () => {
      const id = crypto.randomUUID();
      const made = await start(trainee, 'practice', id);
      expect(made.created).toBe(true);
      expect(made.attempt).toMatchObject({
        id,
        userId: trainee.id,
        scenario: 'mini',
        title: mini.meta.title,
        storyHash: mini.hash,
        mode: 'practice',
        status: 'in_progress',
        lastSeq: 0,
      });
      await t.app.attempts.record(trainee, id, choice(1, first));

      const again = await start(trainee, 'practice', id);
      expect(again.created).toBe(false);
      expect(again.attempt.lastSeq).toBe(1);
      expect(again.attempt.startedAt).toBe(made.attempt.startedAt);
      expect(await attemptRows({ id })).toHaveLength(1);
      expect(await db().selectFrom('story_version').select('hash').execute()).toEqual([{ hash: mini.hash }]);
    });

    it('refuses an id already used by someone else, or for another mode', async () => {
      const id = crypto.randomUUID();
      await start(trainee, 'assessment', id);
      expect((await problemOf(start(other, 'assessment', id))).status).toBe(409);
      expect((await problemOf(start(trainee, 'practice', id))).status).toBe(409);
      const rows = await attemptRows({ id });
      expect(rows.map((r) => [r.user_id, r.mode])).toEqual([[trainee.id, 'assessment']]);
    });

    it('refuses a story hash other than the current one with 409 and the current hash, storing nothing', async () => {
      const id = crypto.randomUUID();
      const problem = await problemOf(start(trainee, 'assessment', id, 'f'.repeat(16)));
      expect(problem.status).toBe(409);
      expect(problem.message).toMatch(/revised/);
      expect(problem.details.currentHash).toBe(mini.hash);
      expect(await attemptRows({ id })).toEqual([]);
    });

    it('answers 404 for an unknown scenario, storing nothing', async () => {
      const id = crypto.randomUUID();
      const problem = await problemOf(
        t.app.attempts.start(trainee, { id, scenario: 'no-such-scenario', storyHash: mini.hash, mode: 'practice' }),
      );
      expect(problem.status).toBe(404);
      expect(problem.message).toContain('no-such-scenario');
      expect(await attemptRows({ id })).toEqual([]);
    });

    it('refuses malformed, oversized and wrongly typed input with 400 and stores nothing', async () => {
      const actor = await insertUser(t.app, 'trainee');
      const good = { id: crypto.randomUUID(), scenario: 'mini', storyHash: mini.hash, mode: 'practice' };
      const bad: unknown[] = [
        null,
        'mini',
        [good],
        {},
        { ...good, id: 'not-a-uuid' },
        { ...good, id: 42 },
        { ...good, scenario: 'Mini Story' },
        { ...good, scenario: `m${'i'.repeat(80)}` },
        { ...good, scenario: ['mini'] },
        { ...good, storyHash: '' },
        { ...good, storyHash: 'h'.repeat(129) },
        { ...good, storyHash: 7 },
        { ...good, mode: 'exam' },
        { ...good, mode: true },
        { ...good, userId: other.id },
        { id: good.id, scenario: 'mini', storyHash: mini.hash },
      ];
      for (const input of bad) {
        const problem = await problemOf(t.app.attempts.start(actor, input));
        expect(problem.status, JSON.stringify(input)).toBe(400);
        expect(problem.message).toMatch(/^The attempt is not valid: /);
        expect((problem.details.issues as unknown[]).length).toBeGreaterThan(0);
      }
      expect(await attemptRows({ user: actor.id })).toEqual([]);
      // The same input, well formed, is accepted: the refusals above were about the input.
      expect((await t.app.attempts.start(actor, good)).created).toBe(true);
    });
  });

  describe('record', () => {
    it('refuses malformed, oversized and wrongly typed events with 400 and stores nothing', async () => {
      const { attempt } = await start(trainee, 'practice');
      const good = choice(1, first);
      const bad: unknown[] = [
        null,
        [],
        { ...good, eventId: 'e-1' },
        { ...good, seq: 0 },
        { ...good, seq: 1.5 },
        { ...good, seq: '1' },
        { ...good, seq: 100_001 },
        { ...good, type: 'score' },
        { ...good, point: -1 },
        { ...good, point: '0' },
        { ...good, index: 1001 },
        { ...good, index: null },
        { ...good, text: 'x'.repeat(2001) },
        { ...good, text: 3 },
        { ...good, overall: 100 },
        { eventId: good.eventId, seq: 1, type: 'choice', index: 0 },
        { eventId: good.eventId, seq: 1, type: 'complete' },
        { ...complete(1), reflection: 'r'.repeat(10_001) },
        { ...complete(1), band: 'proficient' },
      ];
      for (const input of bad) {
        const problem = await problemOf(t.app.attempts.record(trainee, attempt.id, input));
        expect(problem.status, JSON.stringify(input).slice(0, 200)).toBe(400);
        expect(problem.message).toMatch(/^The event is not valid: /);
      }
      expect((await problemOf(t.app.attempts.record(trainee, 'not-a-uuid', good))).status).toBe(400);
      expect(await eventsOf(attempt.id)).toEqual([]);
      expect((await attemptRows({ id: attempt.id }))[0]!.last_seq).toBe(0);
      expect((await t.app.attempts.record(trainee, attempt.id, good)).duplicate).toBe(false);
    });

    it('acknowledges the same event sent twice as a duplicate and stores it once', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const event = choice(1, first);
      const once = await t.app.attempts.record(trainee, attempt.id, event);
      const twice = await t.app.attempts.record(trainee, attempt.id, { ...event });
      expect(once).toMatchObject({ seq: 1, duplicate: false });
      expect(twice).toMatchObject({ seq: 1, duplicate: true });
      expect(twice.attempt.lastSeq).toBe(1);
      const rows = await eventsOf(attempt.id);
      expect(rows.map((r) => [Number(r.seq), r.event_id])).toEqual([[1, event.eventId]]);
    });

    it('refuses an event id reused with different content with 409, leaving the stored event as it was', async () => {
      const { attempt } = await start(trainee, 'practice');
      const event = choice(1, first);
      await t.app.attempts.record(trainee, attempt.id, event);
      const [second] = playIndependently(mini, [1]).choices;
      const reused = [
        { ...event, index: second!.index, text: second!.text },
        { ...choice(2, first), eventId: event.eventId },
        complete(1, 'done', event.eventId),
      ];
      for (const input of reused) {
        const problem = await problemOf(t.app.attempts.record(trainee, attempt.id, input));
        expect(problem.status).toBe(409);
        expect(problem.message).toContain(event.eventId);
      }
      // Reused on another attempt of the same person, too.
      const elsewhere = await start(trainee, 'practice');
      expect((await problemOf(t.app.attempts.record(trainee, elsewhere.attempt.id, event))).status).toBe(409);
      expect(await eventsOf(elsewhere.attempt.id)).toEqual([]);
      const rows = await eventsOf(attempt.id);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.payload)).toEqual({ point: 0, index: first.index, text: first.text });
    });

    it('refuses a gap in the sequence with 409 and the sequence number expected', async () => {
      const { attempt } = await start(trainee, 'assessment');
      await t.app.attempts.record(trainee, attempt.id, choice(1, first));
      const problem = await problemOf(
        t.app.attempts.record(trainee, attempt.id, choice(3, { ...playIndependently(mini, [0, 0]).choices[1]! })),
      );
      expect(problem.status).toBe(409);
      expect(problem.details.expectedSeq).toBe(2);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
    });

    it('refuses an old sequence number under a new event id with 409', async () => {
      const { attempt } = await start(trainee, 'practice');
      const [a, b] = playIndependently(mini, [0, 0]).choices;
      await t.app.attempts.record(trainee, attempt.id, choice(1, a!));
      await t.app.attempts.record(trainee, attempt.id, choice(2, b!));
      const problem = await problemOf(t.app.attempts.record(trainee, attempt.id, choice(1, a!)));
      expect(problem.status).toBe(409);
      expect(problem.details.expectedSeq).toBe(3);
      expect(problem.message).toMatch(/out of date/);
      expect(await eventsOf(attempt.id)).toHaveLength(2);
    });

    it('refuses a choice at a point the path has not reached with 422', async () => {
      const { attempt } = await start(trainee, 'practice');
      expect(
        (await problemOf(t.app.attempts.record(trainee, attempt.id, choice(1, { ...first, point: 1 })))).status,
      ).toBe(422);
      await t.app.attempts.record(trainee, attempt.id, choice(1, first));
      expect(
        (await problemOf(t.app.attempts.record(trainee, attempt.id, choice(2, { ...first, point: 2 })))).status,
      ).toBe(422);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
      expect((await attemptRows({ id: attempt.id }))[0]!.path_len).toBe(1);
    });

    it('refuses going back to an earlier choice in assessment mode with 422', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const [a, b] = playIndependently(mini, [0, 0]).choices;
      await t.app.attempts.record(trainee, attempt.id, choice(1, a!));
      await t.app.attempts.record(trainee, attempt.id, choice(2, b!));
      const problem = await problemOf(t.app.attempts.record(trainee, attempt.id, choice(3, { ...a!, point: 0 })));
      expect(problem.status).toBe(422);
      expect(problem.message).toMatch(/Assessment/);
      expect(await eventsOf(attempt.id)).toHaveLength(2);
    });

    it('stores a concurrent duplicate submission of one event exactly once', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const event = choice(1, first);
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => t.app.attempts.record(trainee, attempt.id, { ...event })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
      const values = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(values.filter((v) => !v.duplicate)).toHaveLength(1);
      expect(values.every((v) => v.seq === 1)).toBe(true);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
      expect((await attemptRows({ id: attempt.id }))[0]!.last_seq).toBe(1);
    });

    it('recognises a duplicate that was recorded while it waited for the attempt', async () => {
      // The attempt is held locked (on PostgreSQL; SQLite runs one transaction at a time) while copies of one
      // event queue behind it, so all but the first read the attempt before the first recorded the event.
      const { attempt } = await start(trainee, 'assessment');
      const event = choice(1, first);
      let pending: Promise<PromiseSettledResult<{ duplicate: boolean }>[]> | undefined;
      await db()
        .transaction()
        .execute(async (trx) => {
          let lock = trx.selectFrom('attempt').select('id').where('id', '=', attempt.id);
          if (kind === 'postgres') lock = lock.forUpdate();
          await lock.execute();
          pending = Promise.allSettled(
            Array.from({ length: 3 }, () => t.app.attempts.record(trainee, attempt.id, { ...event })),
          );
          await new Promise((r) => setTimeout(r, 200));
        });
      const results = await pending!;
      expect(results.map((r) => r.status)).toEqual(Array(3).fill('fulfilled'));
      const values = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(values.filter((v) => !v.duplicate)).toHaveLength(1);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
    });

    it('accepts exactly one of several different events sent at once for the same sequence number', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const options = [0, 1, 2].map((i) => playIndependently(mini, [i]).choices[0]!);
      const results = await Promise.allSettled(
        options.map((c) => t.app.attempts.record(trainee, attempt.id, choice(1, c))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409 });
      expect(await eventsOf(attempt.id)).toHaveLength(1);
    });
  });

  describe('completion', () => {
    it('scores every path of the story as scoreAttempt does for the same choices played independently', async () => {
      const paths = allPaths(mini);
      expect(paths.length).toBeGreaterThan(5);
      const overalls = new Set<number | null>();
      for (const picks of paths) {
        const expected = playIndependently(mini, picks);
        expect(expected.ended).toBe(true);
        overalls.add(expected.report.overall);
        const { attempt } = await start(trainee, 'assessment');
        const done = await playThrough(trainee, attempt.id, expected.choices);
        const want = {
          status: 'completed',
          overall: expected.report.overall,
          band: expected.report.band,
          domains: expected.report.domains.map((d) => ({ id: d.id, name: d.name, score: d.score })),
          incidents: expected.report.incidents.length,
          reflection: 'A reflection.',
          rejection: null,
        };
        expect(done.attempt, `path ${picks.join(',')}`).toMatchObject(want);
        // As stored: read back from the database.
        const stored = await t.app.attempts.get(trainee, attempt.id);
        expect(stored, `path ${picks.join(',')} as stored`).toMatchObject(want);
        expect(stored.report).toEqual(expected.report);
        expect(stored.completedAt).not.toBeNull();
        expect(stored.replay?.points.map((p) => p.chosen)).toEqual(picks);
      }
      // The paths differ in score, so the comparison above could tell them apart.
      expect(overalls.size).toBeGreaterThan(3);
    });

    it('applies practice-mode rewinds: the path after the point gone back to is dropped', async () => {
      const abandoned = playIndependently(mini, [2, 1]).choices;
      const kept = playIndependently(mini, [0, 0, 0]);
      const ignoringRewind = playIndependently(mini, [2, 1, 0]);
      expect(kept.report.overall).not.toBe(ignoringRewind.report.overall);
      const { attempt } = await start(trainee, 'practice');
      const done = await playThrough(trainee, attempt.id, [...abandoned, ...kept.choices]);
      expect(done.attempt).toMatchObject({ status: 'completed', overall: kept.report.overall, band: kept.report.band });
      const stored = await t.app.attempts.get(trainee, attempt.id);
      expect(stored.report).toEqual(kept.report);
      expect(stored.overall).toBe(kept.report.overall);
      expect(stored.replay).toMatchObject({ rewinds: 1, ended: true });
      expect(stored.replay?.points.map((p) => p.chosen)).toEqual([0, 0, 0]);
      expect(await eventsOf(attempt.id)).toHaveLength(6);
    });

    it('rejects, with a clear reason, an attempt completed before the story ends', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const done = await playThrough(trainee, attempt.id, playIndependently(mini, [0, 1]).choices);
      expect(done.attempt).toMatchObject({ status: 'rejected', overall: null, band: null, domains: [] });
      expect(done.attempt.rejection).toMatch(/before the story ends/);
      const stored = await t.app.attempts.get(trainee, attempt.id);
      expect(stored).toMatchObject({ status: 'rejected', overall: null, report: null });
      expect(stored.rejection).toBe(done.attempt.rejection);
    });

    it('rejects choices that do not match the story (an option not on offer, or another text)', async () => {
      const path = playIndependently(mini, [0, 0, 0]).choices;
      const notOffered = await start(trainee, 'assessment');
      const a = await playThrough(trainee, notOffered.attempt.id, [{ point: 0, index: 7 }, ...path.slice(1)]);
      expect(a.attempt.status).toBe('rejected');
      expect(a.attempt.rejection).toMatch(/no option 8/);
      const misread = await start(trainee, 'assessment');
      const b = await playThrough(trainee, misread.attempt.id, [
        { ...path[0]!, text: 'Something else entirely' },
        ...path.slice(1),
      ]);
      expect(b.attempt.status).toBe('rejected');
      expect(b.attempt.rejection).toContain('Something else entirely');
    });

    it('rejects an assessment attempt whose stored choices go back, however they got there', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const [a, b] = playIndependently(mini, [0, 0]).choices;
      await t.app.attempts.record(trainee, attempt.id, choice(1, a!));
      await t.app.attempts.record(trainee, attempt.id, choice(2, b!));
      // Written past the service (as an older server or a hand edit might have): a rewind to the first point.
      await db()
        .insertInto('attempt_event')
        .values({
          attempt_id: attempt.id,
          seq: 3,
          event_id: crypto.randomUUID(),
          type: 'choice',
          payload: JSON.stringify({ point: 0, index: a!.index, text: a!.text }),
          received_at: new Date().toISOString(),
        })
        .execute();
      await db().updateTable('attempt').set({ last_seq: 3, path_len: 1 }).where('id', '=', attempt.id).execute();
      const rest = playIndependently(mini, [0, 0, 0]).choices.slice(1);
      let seq = 3;
      for (const c of rest) await t.app.attempts.record(trainee, attempt.id, choice(++seq, c));
      const done = await t.app.attempts.record(trainee, attempt.id, complete(seq + 1));
      expect(done.attempt.status).toBe('rejected');
      expect(done.attempt.rejection).toMatch(/assessment mode does not allow/);
      expect((await t.app.attempts.get(trainee, attempt.id)).replay).toBeNull();
    });

    it('takes no events after completion (409), but still acknowledges the completion sent again', async () => {
      const { attempt } = await start(trainee, 'assessment');
      const expected = playIndependently(mini, [1, 2, 1]);
      let seq = 0;
      for (const c of expected.choices) await t.app.attempts.record(trainee, attempt.id, choice(++seq, c));
      const end = complete(++seq);
      await t.app.attempts.record(trainee, attempt.id, end);
      const late = [choice(seq + 1, { ...first, point: 0 }), complete(seq + 1)];
      for (const input of late) {
        const problem = await problemOf(t.app.attempts.record(trainee, attempt.id, input));
        expect(problem.status).toBe(409);
        expect(problem.details.attemptStatus).toBe('completed');
      }
      expect(await t.app.attempts.record(trainee, attempt.id, end)).toMatchObject({
        duplicate: true,
        attempt: { status: 'completed' },
      });
      expect(await eventsOf(attempt.id)).toHaveLength(seq);
      expect((await t.app.attempts.get(trainee, attempt.id)).overall).toBe(expected.report.overall);
    });

    it('scores an attempt against the story version it began on after the scenario is revised', async () => {
      const picks = [0, 0, 0];
      const onOld = playIndependently(mini, picks);
      const onNew = playIndependently(revised, picks);
      expect(onOld.report.overall).not.toBe(onNew.report.overall);
      const { attempt } = await start(trainee, 'assessment');
      current = revised;
      try {
        const done = await playThrough(trainee, attempt.id, onOld.choices);
        expect(done.attempt).toMatchObject({ storyHash: mini.hash, overall: onOld.report.overall });
        const problem = await problemOf(start(trainee, 'assessment', crypto.randomUUID(), mini.hash));
        expect(problem.details.currentHash).toBe(revised.hash);
        const fresh = await start(trainee, 'assessment', crypto.randomUUID(), revised.hash);
        const again = await playThrough(trainee, fresh.attempt.id, onNew.choices);
        expect(again.attempt).toMatchObject({ storyHash: revised.hash, overall: onNew.report.overall });
      } finally {
        current = mini;
      }
    });
  });

  describe('list and get', () => {
    it('lists a person’s own attempts, newest first, and an admin may list anyone’s', async () => {
      const person = await insertUser(t.app, 'trainee');
      const ids: string[] = [];
      for (const mode of ['practice', 'assessment', 'practice'] as const)
        ids.push((await start(person, mode)).attempt.id);
      const expected = playIndependently(mini, [0, 1, 0]);
      await playThrough(person, ids[1]!, expected.choices);

      const listed = await t.app.attempts.list(person);
      expect(listed.map((a) => a.id)).toEqual([...ids].reverse());
      expect(listed.map((a) => a.mode)).toEqual(['practice', 'assessment', 'practice']);
      expect(listed.every((a) => a.userId === person.id && a.title === mini.meta.title)).toBe(true);
      expect(listed[1]).toMatchObject({
        status: 'completed',
        overall: expected.report.overall,
        band: expected.report.band,
      });
      expect(listed[0]).toMatchObject({ status: 'in_progress', overall: null, domains: [] });

      expect((await t.app.attempts.list(admin, person.id)).map((a) => a.id)).toEqual(listed.map((a) => a.id));
      expect((await t.app.attempts.list(other)).some((a) => ids.includes(a.id))).toBe(false);
      expect((await problemOf(t.app.attempts.list(other, person.id))).status).toBe(404);
    });

    it('gets one attempt in full: its report, its replay and the rubric it was scored on', async () => {
      const { attempt } = await start(trainee, 'practice');
      const expected = playIndependently(mini, [2, 1, 1]);
      await playThrough(trainee, attempt.id, expected.choices);
      const detail = await t.app.attempts.get(trainee, attempt.id);
      expect(detail).toMatchObject({
        id: attempt.id,
        status: 'completed',
        lastSeq: 4,
        overall: expected.report.overall,
      });
      expect(detail.report).toEqual(expected.report);
      expect(detail.incidents).toBe(expected.report.incidents.length);
      expect(detail.incidents).toBeGreaterThan(0);
      expect(detail.replay?.points.map((p) => p.options.map((o) => o.text))).toEqual(
        expected.points.map((p) => p.options.map((o) => o.text)),
      );
      expect(detail.replay?.ended).toBe(true);
      expect(detail.rubric).toEqual(mini.rubric);
      const inProgress = await start(trainee, 'practice');
      await t.app.attempts.record(trainee, inProgress.attempt.id, choice(1, first));
      const partial = await t.app.attempts.get(trainee, inProgress.attempt.id);
      expect(partial).toMatchObject({ status: 'in_progress', report: null, replay: { ended: false } });
      expect(partial.replay?.points).toHaveLength(1);
    });
  });

  describe('the order the options were shown in', () => {
    it('keeps the seed with the attempt, so its replay shows each point in the order the trainee saw', async () => {
      const seed = 'b1e7c0de-0000-4000-8000-00000000seed'.replace('seed', '0001');
      const { attempt } = await t.app.attempts.start(trainee, {
        id: crypto.randomUUID(),
        scenario: 'mini',
        storyHash: mini.hash,
        mode: 'assessment',
        seed,
      });
      const expected = playIndependently(mini, [2, 1, 1]);
      await playThrough(trainee, attempt.id, expected.choices);
      const detail = await t.app.attempts.get(trainee, attempt.id);
      const shown = expected.points.map((p, i) => orderOptions(p.options as StoryOption[], seed, i).map((o) => o.text));
      expect(detail.replay?.points.map((p) => p.options.map((o) => o.text))).toEqual(shown);
      // The order differs from the source's at some point, and the chosen option is the same ink option.
      expect(shown).not.toEqual(expected.points.map((p) => p.options.map((o) => o.text)));
      expect(detail.replay?.points.map((p) => p.options[p.chosen]!.index)).toEqual(
        expected.choices.map((c) => c.index),
      );
      expect(detail.report).toEqual(expected.report);
    });

    it('refuses a seed that is not letters, digits and hyphens', async () => {
      const problem = await problemOf(
        t.app.attempts.start(trainee, {
          id: crypto.randomUUID(),
          scenario: 'mini',
          storyHash: mini.hash,
          mode: 'practice',
          seed: '<script>',
        }),
      );
      expect(problem.status).toBe(400);
      expect(problem.message).toMatch(/seed/);
    });
  });

  describe('access', () => {
    it('hides an attempt from another trainee: 404 with the message an unknown id gets, nothing recorded', async () => {
      const { attempt } = await start(trainee, 'practice');
      await t.app.attempts.record(trainee, attempt.id, choice(1, first));
      const unknownGet = await problemOf(t.app.attempts.get(trainee, crypto.randomUUID()));
      const unknownRecord = await problemOf(t.app.attempts.record(trainee, crypto.randomUUID(), choice(1, first)));

      for (const stranger of [other, supervisor]) {
        const read = await problemOf(t.app.attempts.get(stranger, attempt.id));
        expect([read.status, read.message, read.details]).toEqual([404, unknownGet.message, unknownGet.details]);
        const write = await problemOf(t.app.attempts.record(stranger, attempt.id, choice(2, { ...first, point: 0 })));
        expect([write.status, write.message, write.details]).toEqual([
          404,
          unknownRecord.message,
          unknownRecord.details,
        ]);
        expect(write.message).not.toContain(attempt.id);
      }
      // A malformed id is just as unknown.
      expect((await problemOf(t.app.attempts.get(other, 'x'))).status).toBe(404);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
    });

    it('lets an admin read someone’s attempt but not record on it', async () => {
      const { attempt } = await start(trainee, 'practice');
      await t.app.attempts.record(trainee, attempt.id, choice(1, first));
      const read = await t.app.attempts.get(admin, attempt.id);
      expect(read).toMatchObject({ id: attempt.id, userId: trainee.id, lastSeq: 1 });
      const write = await problemOf(t.app.attempts.record(admin, attempt.id, choice(2, { ...first, point: 0 })));
      expect(write.status).toBe(404);
      const finish = await problemOf(t.app.attempts.record(admin, attempt.id, complete(2)));
      expect(finish.status).toBe(404);
      expect(await eventsOf(attempt.id)).toHaveLength(1);
      expect((await attemptRows({ id: attempt.id }))[0]!.status).toBe('in_progress');
    });
  });
});
