/**
 * The cohort page's form handlers (src/lib/cohort-forms.ts) against the real services: each action does its
 * work and sends the page back with what is done; a refusal names the form it belongs to, so the page shows it
 * there, and keeps what was posted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCohortPost, COHORT_DONE_MESSAGES } from '../../src/lib/cohort-forms.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, openApp, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');

function post(fields: Record<string, string>): Request {
  return new Request('http://localhost/cohorts/x/', { method: 'POST', body: new URLSearchParams(fields) });
}

describe.each(DATABASES)('cohort page forms on %s', (kind) => {
  let t: TestApp;
  let sup: Actor & { email: string };
  let coSup: Actor & { email: string };
  let trainee: Actor;
  let cohort: string;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    sup = await insertUser(t.app, 'supervisor');
    coSup = await insertUser(t.app, 'supervisor');
    trainee = await insertUser(t.app, 'trainee');
    cohort = (await t.app.cohorts.create(sup, { name: 'Forms' })).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const run = (fields: Record<string, string>, user: Actor = sup) =>
    handleCohortPost(t.app, user, cohort, post(fields));
  const here = () => `/cohorts/${cohort}/`;

  it('makes and revokes an invite, and a trainee joins with it and is removed', async () => {
    expect(await run({ action: 'invite', days: '3' })).toEqual({ redirect: `${here()}?done=invited` });
    const [invite] = (await t.app.cohorts.get(sup, cohort)).invites;
    expect(Date.parse(invite!.expiresAt) - Date.parse(invite!.createdAt)).toBe(3 * 86_400_000);
    await t.app.cohorts.join(trainee, { code: invite!.code });
    expect(await run({ action: 'remove', userId: trainee.id })).toEqual({ redirect: `${here()}?done=removed` });
    expect(await run({ action: 'revoke', code: invite!.code })).toEqual({ redirect: `${here()}?done=revoked` });
    expect((await t.app.cohorts.get(sup, cohort)).invites[0]!.usable).toBe(false);
    expect((await t.app.cohorts.get(sup, cohort)).memberList).toEqual([]);
  });

  it('adds a co-supervisor, who may then leave (and is sent to the list of cohorts)', async () => {
    expect(await run({ action: 'supervisor', email: `  ${coSup.email}  ` })).toEqual({
      redirect: `${here()}?done=supervisor`,
    });
    expect((await t.app.cohorts.get(sup, cohort)).supervisorList.map((s) => s.id).sort()).toEqual(
      [sup.id, coSup.id].sort(),
    );
    expect(await run({ action: 'unsupervise', userId: coSup.id }, coSup)).toEqual({ redirect: '/cohorts/?done=left' });
    expect(await run({ action: 'supervisor', email: coSup.email })).toEqual({ redirect: `${here()}?done=supervisor` });
    expect(await run({ action: 'unsupervise', userId: coSup.id })).toEqual({ redirect: `${here()}?done=unsupervised` });
    expect(COHORT_DONE_MESSAGES.unsupervised).toBeTruthy();
  });

  it('assigns scenarios with pass marks, and assigns again; a refusal names the form', async () => {
    const fields = {
      action: 'assign',
      title: 'Week 1',
      'scenario:mini': '1',
      opensAt: '2026-03-01',
      dueAt: '2026-03-08',
      mode: 'assessment',
      attemptsAllowed: '2',
      'pass:trust': '60',
      'pass:power': ' ',
    };
    expect(await run(fields)).toEqual({ redirect: `${here()}?done=assigned` });
    const [made] = await t.app.assignments.listForCohort(sup, cohort);
    expect(made).toMatchObject({
      title: 'Week 1',
      scenarios: [{ slug: 'mini' }],
      mode: 'assessment',
      attemptsAllowed: 2,
      passMarks: { trust: 60 },
    });

    expect(
      await run({ action: 'reassign', assignmentId: made!.id, opensAt: '2026-04-01', dueAt: '2026-04-08' }),
    ).toEqual({ redirect: `${here()}?done=reassigned` });
    const refused = await run({
      action: 'reassign',
      assignmentId: made!.id,
      opensAt: '2026-04-08',
      dueAt: '2026-04-01',
    });
    expect(refused).toMatchObject({ status: 400, error: { form: `reassign:${made!.id}` } });

    // Respond-first (issue 16): the form's choice reaches the assignment, and "assign again" keeps it.
    expect(await run({ ...fields, title: 'Week 2', respondFirst: 'required' })).toEqual({
      redirect: `${here()}?done=assigned`,
    });
    const week2 = (await t.app.assignments.listForCohort(sup, cohort)).filter((a) => a.title === 'Week 2');
    expect(week2.map((a) => a.respondFirst)).toEqual(['required']);
    expect(
      await run({ action: 'reassign', assignmentId: week2[0]!.id, opensAt: '2026-04-01', dueAt: '2026-04-08' }),
    ).toEqual({ redirect: `${here()}?done=reassigned` });
    expect(
      (await t.app.assignments.listForCohort(sup, cohort))
        .filter((a) => a.title === 'Week 2')
        .map((a) => a.respondFirst),
    ).toEqual(['required', 'required']);
    expect(made!.respondFirst).toBe('off');

    const bad = await run({ ...fields, title: '   ' });
    expect(bad).toMatchObject({ status: 400, error: { form: 'assign' }, posted: { title: '   ' } });
  });

  it('refuses a form it does not know, and a body that is not a form', async () => {
    for (const action of ['nothing', 'constructor', '__proto__']) {
      expect(await run({ action })).toMatchObject({ status: 400, error: { form: action } });
    }
    const notAForm = await handleCohortPost(
      t.app,
      sup,
      cohort,
      new Request('http://localhost/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
    );
    expect(notAForm).toMatchObject({ status: 400, error: { form: '' } });
  });

  it('answers someone who does not supervise the cohort as if it did not exist', async () => {
    expect(await run({ action: 'invite', days: '3' }, coSup)).toMatchObject({ status: 404, error: { form: 'invite' } });
  });
});
