/**
 * Whether a trainee may start an attempt for an assignment: they are assigned it (a member of its cohort,
 * and it is for the whole cohort or for them), it has opened, the scenario is one of its scenarios, the
 * mode is its mode, respond-first play when it requires it, and the attempts allowed per scenario are not used up. Called by attempts.start inside
 * its transaction; an assignment the trainee is not given answers 404 like one that does not exist.
 */
import type { Transaction } from 'kysely';
import type { Dialect } from '../db/migrations.ts';
import type { Database } from '../db/schema.ts';
import { notFound, Problem } from '../core/errors.ts';
import { readScenarioList } from '../core/json-column.ts';

export async function checkAssignmentStart(
  trx: Transaction<Database>,
  dialect: Dialect,
  userId: string,
  start: {
    assignmentId: string;
    scenario: string;
    mode: 'practice' | 'assessment';
    style?: 'choose' | 'respond-first';
  },
  at: string,
): Promise<void> {
  let q = trx.selectFrom('assignment').selectAll().where('id', '=', start.assignmentId);
  // Two starts at once must not both take the last attempt allowed.
  if (dialect === 'postgres') q = q.forUpdate();
  const assignment = await q.executeTakeFirst();
  if (!assignment || (assignment.trainee_id !== null && assignment.trainee_id !== userId)) throw notFound('assignment');
  const member = await trx
    .selectFrom('cohort_member')
    .select('user_id')
    .where('cohort_id', '=', assignment.cohort_id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!member) throw notFound('assignment');
  if (at < assignment.opens_at) {
    throw new Problem(
      409,
      `This assignment opens on ${assignment.opens_at.slice(0, 10)}; it cannot be started before then.`,
      { opensAt: assignment.opens_at },
    );
  }
  if (!readScenarioList(assignment.scenarios).includes(start.scenario)) {
    throw new Problem(422, `The scenario "${start.scenario}" is not part of this assignment.`);
  }
  if (assignment.mode !== start.mode) {
    throw new Problem(422, `This assignment is played in ${assignment.mode} mode, not ${start.mode} mode.`, {
      mode: assignment.mode,
    });
  }
  if (assignment.respond_first === 'required' && start.style !== 'respond-first') {
    throw new Problem(
      422,
      'This assignment is played respond-first: write what you would say before the options are shown. Start it again with "Respond first" chosen.',
      { respondFirst: 'required' },
    );
  }
  if (assignment.attempts_allowed !== null) {
    const { n } = await trx
      .selectFrom('attempt')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('assignment_id', '=', assignment.id)
      .where('user_id', '=', userId)
      .where('scenario', '=', start.scenario)
      .executeTakeFirstOrThrow();
    const allowed = Number(assignment.attempts_allowed);
    if (Number(n) >= allowed) {
      throw new Problem(
        409,
        `You have used all ${allowed} attempt${allowed === 1 ? '' : 's'} this assignment allows for this scenario.`,
        { attemptsAllowed: allowed },
      );
    }
  }
}
