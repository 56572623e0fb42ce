/**
 * Text at the edge (issue 11), on both databases: every text field a service stores refuses NUL and unpaired
 * surrogates with a 400 naming the field (PostgreSQL cannot store a NUL and answered 500), names must have
 * something visible and at most 120 characters, dates must be days of the calendar, ids are checked for form
 * before any query, the error envelope's status is the HTTP status, and passwords are judged as they are
 * hashed (NFKC). The hostile values come from the bad-input corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/server/auth/password.ts';
import { problemResponse } from '../../src/server/http/json.ts';
import { Problem } from '../../src/server/core/errors.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { isInvisible, personNameProblem, textProblemsIn } from '../../src/server/text.ts';
import { BAD_INPUT } from '../support/bad-input.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertCohort } from './export-helpers.ts';
import { forCohort, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const PLAYED = playIndependently(mini, [0, 1, 0]);

describe('text rules', () => {
  it('finds every unstorable string in a body, keys included, and names where it is', () => {
    expect(textProblemsIn({ a: 'fine', b: ['ok', 'x\u0000'], c: { d: '\ud800' }, ['k\u0000']: 1 })).toEqual([
      'b.1: must not contain a NUL character (U+0000)',
      'c.d: must be valid Unicode text (it contains an unpaired surrogate)',
      '"k\\u0000" (a field name): must not contain a NUL character (U+0000)',
    ]);
    expect(textProblemsIn({ emoji: 'ok \ud83d\ude00', n: 1, z: null })).toEqual([]);
  });

  it('calls names of only invisible characters invisible, and real names visible', () => {
    for (const { label, value } of BAD_INPUT.invisibleNames) expect(isInvisible(value), label).toBe(true);
    for (const name of BAD_INPUT.visibleNames) expect(isInvisible(name), name).toBe(false);
    expect(personNameProblem('x'.repeat(121))).toMatch(/at most 120/);
    expect(personNameProblem('  Zoë  ')).toBeNull();
  });

  it('puts the HTTP status in the error envelope, whatever the details say', async () => {
    const res = problemResponse(new Problem(409, 'Closed.', { status: 'completed', attemptStatus: 'completed' }));
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ status: 409, message: 'Closed.', attemptStatus: 'completed' });
  });

  it('judges passwords after NFKC normalisation: full-width forms of common passwords are refused', () => {
    for (const p of BAD_INPUT.passwords.commonAfterNfkc) expect(passwordProblem(p), p).toMatch(/most common/);
  });
});

describe.each(DATABASES)('text and ids at the edge on %s', (kind) => {
  let t: TestApp;
  let sup: Actor;
  let admin: Actor;
  let trainee: Actor;
  let cohort: string;
  let attemptId: string;
  const dates = { opensAt: '2026-01-01', dueAt: '2026-12-31' };
  const assignment = (over: Record<string, unknown>) => ({
    title: 'Week 1',
    scenarios: ['mini'],
    mode: 'assessment',
    ...dates,
    ...over,
  });

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    sup = await insertUser(t.app, 'supervisor');
    admin = await insertUser(t.app, 'admin');
    trainee = await insertUser(t.app, 'trainee');
    cohort = await insertCohort(t.app, 'Text', [sup], [trainee]);
    attemptId = crypto.randomUUID();
    await t.app.attempts.start(trainee, { id: attemptId, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    await forCohort(t.app, cohort, attemptId);
    let seq = 0;
    for (const c of PLAYED.choices)
      await t.app.attempts.record(trainee, attemptId, {
        eventId: crypto.randomUUID(),
        seq: ++seq,
        type: 'choice',
        ...c,
      });
  });
  afterAll(async () => {
    await t?.close();
  });

  const refused = async (call: Promise<unknown>, field: RegExp) => {
    const p = await problemOf(call);
    expect(p.status).toBe(400);
    expect(p.message).toMatch(field);
    return p;
  };

  it('refuses NUL and unpaired surrogates in every stored text field, naming the field', async () => {
    for (const { label, value } of BAD_INPUT.unstorableText) {
      await refused(t.app.cohorts.create(sup, { name: value }), new RegExp(`name: .*(NUL|surrogate)`));
      await refused(t.app.assignments.create(sup, cohort, assignment({ title: value })), /title: .*(NUL|surrogate)/);
      await refused(t.app.review.addComment(sup, attemptId, { point: null, body: value }), /body: .*(NUL|surrogate)/);
      const seq = PLAYED.choices.length + 1;
      await refused(
        t.app.attempts.record(trainee, attemptId, {
          eventId: crypto.randomUUID(),
          seq,
          type: 'complete',
          reflection: `Reflection ${value}`,
        }),
        /reflection: .*(NUL|surrogate)/,
      );
      expect(label).toBeTruthy();
    }
    const row = await t.app.db.kysely
      .selectFrom('attempt')
      .select(['status', 'reflection'])
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'in_progress', reflection: null });
    expect(await t.app.db.kysely.selectFrom('attempt_comment').select('id').execute()).toEqual([]);
  });

  it('refuses names and titles that are blank, invisible or too long; keeps visible ones trimmed', async () => {
    for (const { label, value } of BAD_INPUT.invisibleNames) {
      const p = await refused(t.app.cohorts.create(sup, { name: value }), /name: /);
      expect(p.message, label).toMatch(/give the cohort a name|visible characters/);
      await refused(t.app.assignments.create(sup, cohort, assignment({ title: value })), /title: /);
    }
    await refused(t.app.cohorts.create(sup, { name: 'x'.repeat(121) }), /name: must be at most 120 characters/);
    for (const name of BAD_INPUT.visibleNames)
      expect((await t.app.cohorts.create(sup, { name: ` ${name} ` })).name).toBe(name.trim());
  });

  it('refuses dates the calendar does not have (2026-02-30 is not 2 March), and takes real ones', async () => {
    for (const bad of BAD_INPUT.invalidDates) {
      await refused(
        t.app.assignments.create(sup, cohort, assignment({ opensAt: '2026-01-01', dueAt: bad })),
        /dueAt: /,
      );
      await refused(
        t.app.assignments.create(sup, cohort, assignment({ opensAt: bad, dueAt: '2030-01-01' })),
        /opensAt: /,
      );
    }
    for (const good of BAD_INPUT.validDates) {
      const made = await t.app.assignments.create(sup, cohort, assignment({ opensAt: '2026-01-01', dueAt: good }));
      expect(made.dueAt.slice(0, 10)).toBe(good.slice(0, 10));
    }
  });

  it('checks the form of ids before any query: malformed ones are 404, like missing ones', async () => {
    for (const id of [...BAD_INPUT.badIds, 'x\u0000', '\u0000']) {
      expect((await problemOf(t.app.dashboard.cohortDashboard(sup, id))).status, id).toBe(404);
      expect((await problemOf(t.app.dashboard.traineeView(sup, cohort, id))).status, id).toBe(404);
      expect((await problemOf(t.app.exports.cohortCsv(sup, id))).status, id).toBe(404);
      expect((await problemOf(t.app.cohorts.removeMember(sup, cohort, id))).status, id).toBe(404);
      expect((await problemOf(t.app.cohorts.removeSupervisor(sup, cohort, id))).status, id).toBe(404);
      expect((await problemOf(t.app.users.erase(admin, id))).status, id).toBe(404);
      expect((await problemOf(t.app.users.setRole(admin, id, { role: 'trainee' }))).status, id).toBe(404);
      expect((await problemOf(t.app.review.listComments(trainee, id))).status, id).toBe(404);
      expect((await problemOf(t.app.attempts.get(trainee, id))).status, id).toBe(404);
    }
  });

  it('an admin asking for the assignments of a cohort that does not exist gets 404, not an empty list', async () => {
    expect((await problemOf(t.app.assignments.listForCohort(admin, crypto.randomUUID()))).status).toBe(404);
    expect(await t.app.assignments.listForCohort(admin, cohort)).not.toHaveLength(0);
  });
});
