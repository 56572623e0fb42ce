/**
 * Pass marks as stored (`assignment.pass_marks`, read by src/server/core/json-column.ts) and as judged on a real
 * database: the cohort dashboard, the trainee view and the xAPI `scored` statement give one verdict on one attempt
 * (src/engine/pass-marks.ts is the rule; test/unit/pass-marks.test.ts checks it over random scores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { readPassMarks } from '../../src/server/core/json-column.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertCohort, recordAttempt } from './export-helpers.ts';
import { insertUser, openApp, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');

describe('stored pass marks', () => {
  it('reads them, leaving out anything that is not a number', () => {
    expect(readPassMarks('{"trust":60,"power":"high"}')).toEqual({ trust: 60 });
    expect(readPassMarks('[1,2]')).toEqual({});
    expect(readPassMarks('not json')).toEqual({});
    expect(readPassMarks(null)).toEqual({});
  });
});

describe.each(DATABASES)('one pass-mark verdict everywhere on %s', (kind) => {
  let t: TestApp;
  let supervisor: Actor;
  let trainee: Actor;
  let cohort: string;
  let attempt: string;
  let assignment: string;
  let scores: Record<string, number | null>;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    supervisor = await insertUser(t.app, 'supervisor');
    trainee = await insertUser(t.app, 'trainee');
    cohort = await insertCohort(t.app, 'Pass marks', [supervisor], [trainee]);
    attempt = (await recordAttempt(t.app, trainee, mini, [0, 0, 0], { cohortId: cohort })).id;
    const detail = await t.app.attempts.get(trainee, attempt);
    scores = Object.fromEntries(detail.domains.map((d) => [d.id, d.score]));
    assignment = (
      await t.app.db.kysely
        .selectFrom('attempt')
        .select('assignment_id')
        .where('id', '=', attempt)
        .executeTakeFirstOrThrow()
    ).assignment_id!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('agrees in the dashboard, the trainee view and xAPI, whatever the marks', async () => {
    const scored = Object.entries(scores).filter((e): e is [string, number] => e[1] !== null);
    expect(scored.length).toBeGreaterThan(0);
    const [domain, value] = scored[0]!;
    const cases: { marks: Record<string, number>; below: string[] }[] = [
      { marks: { [domain]: value }, below: [] },
      { marks: { [domain]: Math.min(100, value + 1) }, below: value + 1 <= 100 ? [domain] : [] },
      { marks: { [domain]: 0, 'never-scored': 10 }, below: ['never-scored'] },
      { marks: {}, below: [] },
    ];
    for (const { marks, below } of cases) {
      await t.app.db.kysely
        .updateTable('assignment')
        .set({ pass_marks: JSON.stringify(marks) })
        .where('id', '=', assignment)
        .execute();
      const board = await t.app.dashboard.cohortDashboard(supervisor, cohort);
      const column = board.assignments.findIndex((a) => a.id === assignment);
      const cell = board.trainees.find((r) => r.id === trainee.id)!.cells[column]!;
      const view = await t.app.dashboard.traineeView(supervisor, cohort, trainee.id);
      const statements = await t.app.exports.attemptStatements(supervisor, attempt);
      const success = statements.at(-1)!.result?.success;

      expect(cell.belowPass, JSON.stringify(marks)).toEqual(below);
      expect(
        view.belowPass.filter((b) => b.assignmentId === assignment).map((b) => b.domain),
        JSON.stringify(marks),
      ).toEqual(below);
      expect(success, JSON.stringify(marks)).toBe(Object.keys(marks).length === 0 ? undefined : below.length === 0);
    }
  });
});
