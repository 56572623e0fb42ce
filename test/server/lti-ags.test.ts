/**
 * LTI Assignment and Grade Services on both databases, against the test platform (test/support/lti-platform.ts):
 * a completed attempt at a deep-linked assignment is posted to the course's line item (made, or reused when the
 * course has one for the assignment) with the AGS score fields and the LMS subject; best vs latest; a 500 is
 * retried after the back-off; the service token is asked for once and reused until it expires; attempts of
 * people the platform does not know, or at assignments not linked, are not queued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { DATABASES } from '../support/databases.ts';
import { ROLE, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { recordAttempt } from './export-helpers.ts';
import { insertUser, type TestApp } from './helpers.ts';
import { deepLinkingRequest, launchWith, linkAssessment, mini, openLtiApp } from './lti-helpers.ts';

const course = { id: 'course-ags', title: 'Grades 101' };
const learner: Person = { sub: 'ags-learner', name: 'Gail Grade', roles: [ROLE.learner] };
const teacher: Person = { sub: 'ags-teacher', name: 'Tom Teacher', roles: [ROLE.instructor] };

describe.each(DATABASES)('LTI grade passback on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  let learnerActor: Actor;
  let best: string;
  let latest: string;

  const launch = (claims: (nonce: string) => Record<string, unknown>) => launchWith(t, platform, now, claims);

  async function link(title: string, gradePolicy: 'best' | 'latest') {
    const deep = await launch((n) => ({
      ...platform.launchClaims(teacher, course, n),
      ...deepLinkingRequest({
        deep_link_return_url: `${platform.url}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
      }),
    }));
    return (await linkAssessment(t, { id: deep.userId, role: 'trainee' }, deep, title, { gradePolicy })).id;
  }

  /** A completed attempt at the assignment, a minute after the last; returns its id and overall score. */
  async function attemptAt(actor: Actor, assignmentId: string, picks: number[]) {
    clock += 60_000;
    const { id } = await recordAttempt(t.app, actor, mini, picks);
    await t.app.db.kysely.updateTable('attempt').set({ assignment_id: assignmentId }).where('id', '=', id).execute();
    const row = await t.app.db.kysely
      .selectFrom('attempt')
      .select(['overall', 'completed_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { id, overall: Number(row.overall), completedAt: row.completed_at! };
  }

  const scoresOf = (assignmentId: string) => {
    const item = [...platform.lineItems.values()].find((i) => i.resourceId === assignmentId);
    return item ? (platform.scores.get(item.id as string) ?? []) : [];
  };

  beforeAll(async () => {
    ({ t, platform } = await openLtiApp(kind, now));
    best = await link('Best of', 'best');
    latest = await link('Latest of', 'latest');
    const l = await launch((n) => platform.launchClaims(learner, course, n));
    learnerActor = { id: l.userId, role: 'trainee' };
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  it('makes a line item for the assignment and posts the best score so far, with the AGS fields and the LMS subject', async () => {
    const high = await attemptAt(learnerActor, best, [0, 0, 0]);
    const low = await attemptAt(learnerActor, best, [1, 1, 1]);
    const [hi, lo] = high.overall >= low.overall ? [high, low] : [low, high];
    expect(hi.overall).toBeGreaterThan(lo.overall);
    const r = await t.app.lti.grades.tick();
    expect(r).toEqual({ sent: 2, failed: 0 });
    const items = [...platform.lineItems.values()].filter((i) => i.resourceId === best);
    expect(items).toEqual([expect.objectContaining({ scoreMaximum: 100, label: 'Best of', resourceId: best })]);
    const posted = scoresOf(best);
    expect(posted.map((s) => s.userId)).toEqual([learner.sub, learner.sub]);
    expect(posted[1]).toEqual({
      userId: learner.sub,
      scoreGiven: hi.overall,
      scoreMaximum: 100,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: low.completedAt,
    });
    expect(posted[0]!.scoreGiven).toBe(high.overall);
    expect(await t.app.lti.grades.status(low.id)).toMatchObject({
      state: 'sent',
      scoreGiven: hi.overall,
      lastError: null,
    });
    // Nothing more to send, and the line item is not made twice.
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 0, failed: 0 });
  });

  it("reuses the course's line item for the assignment and posts the latest score under the latest policy", async () => {
    const existing = `${platform.url}/courses/${course.id}/lineitems/made-by-hand`;
    platform.lineItems.set(existing, { id: existing, scoreMaximum: 100, label: 'Latest of', resourceId: latest });
    const a = await attemptAt(learnerActor, latest, [0, 0, 0]);
    const b = await attemptAt(learnerActor, latest, [1, 1, 1]);
    expect(a.overall).not.toBe(b.overall);
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 2, failed: 0 });
    expect([...platform.lineItems.values()].filter((i) => i.resourceId === latest)).toHaveLength(1);
    expect((platform.scores.get(existing) ?? []).map((s) => s.scoreGiven)).toEqual([a.overall, b.overall]);
  });

  it('retries a score the gradebook answered with a 500 after the back-off, keeping the error meanwhile', async () => {
    platform.failScores = 1;
    const a = await attemptAt(learnerActor, latest, [0, 1, 0]);
    const before = (platform.scores.get(`${platform.url}/courses/${course.id}/lineitems/made-by-hand`) ?? []).length;
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 0, failed: 1 });
    expect(await t.app.lti.grades.status(a.id)).toMatchObject({
      state: 'failing',
      tries: 1,
      // The status in Rapport's words only: the platform's answer never reaches the review page.
      lastError: 'posting the score answered HTTP 500',
    });
    expect(await t.app.lti.grades.line(a.id)).not.toContain('gradebook is down');
    expect(await t.app.lti.grades.line(a.id)).toMatch(/not yet accepted by the LMS after 1 try/);
    // Not before the back-off (30 s).
    clock += 20_000;
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 0, failed: 0 });
    clock += 11_000;
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 1, failed: 0 });
    expect(await t.app.lti.grades.status(a.id)).toMatchObject({
      state: 'sent',
      tries: 2,
      lastError: null,
      scoreGiven: a.overall,
    });
    expect(await t.app.lti.grades.line(a.id)).toBe(
      `Grade sent to the course's gradebook in the LMS (${a.overall} out of 100) on 2026-12-01.`,
    );
    expect(platform.scores.get(`${platform.url}/courses/${course.id}/lineitems/made-by-hand`)).toHaveLength(before + 1);
  });

  it('asks for a service token once and reuses it until it expires', async () => {
    // Tokens for grades (the launches' roster syncs ask for their own scope).
    const gradeTokens = () =>
      platform.tokens.filter((tk) => tk.includes('/scope/score') && tk.includes('/scope/lineitem'));
    expect(gradeTokens()).toHaveLength(1);
    await attemptAt(learnerActor, best, [0, 0, 1]);
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 1, failed: 0 });
    expect(gradeTokens()).toHaveLength(1);
    clock += 3600_000;
    await attemptAt(learnerActor, best, [0, 0, 1]);
    expect(await t.app.lti.grades.tick()).toEqual({ sent: 1, failed: 0 });
    expect(gradeTokens()).toHaveLength(2);
  });

  it('queues nothing for someone the platform does not know, or for an attempt at no linked assignment', async () => {
    const stranger = await insertUser(t.app, 'trainee');
    const theirs = await attemptAt(stranger, best, [0, 0, 0]);
    clock += 60_000;
    const unlinked = await recordAttempt(t.app, learnerActor, mini, [0, 0, 0]);
    expect(await t.app.lti.grades.sweep()).toBe(0);
    expect(await t.app.lti.grades.status(theirs.id)).toBeNull();
    expect(await t.app.lti.grades.line(theirs.id)).toBeNull();
    expect(await t.app.lti.grades.status(unlinked.id)).toBeNull();
  });
});
