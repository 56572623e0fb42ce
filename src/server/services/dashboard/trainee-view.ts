/**
 * One trainee of a cohort over time, for the cohort's supervisors and admins: their completed attempts made for
 * the cohort's assignments (domain scores, reflections, whether reviewed), those unfinished, and where their best
 * scores are below an assignment's pass mark. Not their other cohorts' attempts, nor their practice.
 */
import type { Kysely } from 'kysely';
import { domainsBelow } from '../../../engine/pass-marks.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import type { Dialect } from '../../db/migrations.ts';
import type { Database } from '../../db/schema.ts';
import type { AttemptService } from '../attempts/service.ts';
import { buildCells } from './cells.ts';
import { cohortAssignments, linkedAttempts, reportScoresOfAttempts, supervisedCohort } from './reads.ts';
import type { BelowPass, DashboardAssignment, DashboardCell, TraineeView } from './types.ts';

/**
 * The trainee view's pass-mark verdict: per assignment, the marked domains the trainee's best scores do not meet
 * (src/engine/pass-marks.ts), with the mark and the score.
 */
export function traineeBelowPass(
  assignments: readonly DashboardAssignment[],
  cellOf: (assignmentId: string) => DashboardCell | undefined,
  domainName: (id: string) => string,
): BelowPass[] {
  const out: BelowPass[] = [];
  for (const a of assignments) {
    const best = cellOf(a.id)?.best;
    for (const domain of domainsBelow(a.passMarks, best?.domains ?? {})) {
      out.push({
        assignmentId: a.id,
        assignment: a.title,
        domain,
        domainName: domainName(domain),
        mark: a.passMarks[domain]!,
        score: best?.domains[domain] ?? null,
      });
    }
  }
  return out;
}

export async function traineeView(
  db: Kysely<Database>,
  dialect: Dialect,
  attempts: AttemptService,
  at: string,
  actor: Actor,
  cohortId: string,
  traineeId: string,
): Promise<TraineeView> {
  const cohort = await supervisedCohort(db, actor, cohortId);
  if (!isId(traineeId)) throw notFound('trainee');
  const member = await db
    .selectFrom('cohort_member')
    .innerJoin('user', 'user.id', 'cohort_member.user_id')
    .select(['user.id', 'user.name', 'user.email'])
    .where('cohort_member.cohort_id', '=', cohortId)
    .where('cohort_member.user_id', '=', traineeId)
    .executeTakeFirst();
  if (!member) throw notFound('trainee');
  const reviewed = new Map(
    (
      await db
        .selectFrom('attempt')
        .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
        .select(['attempt.id', 'attempt.reviewed_at', 'attempt.assignment_id'])
        .where('attempt.user_id', '=', traineeId)
        .where('assignment.cohort_id', '=', cohortId)
        .execute()
    ).map((r) => [r.id, r]),
  );
  // Only the attempts made for this cohort's assignments: not the trainee's other cohorts', not practice.
  const all = reviewed.size ? (await attempts.list(actor, traineeId)).filter((a) => reviewed.has(a.id)) : [];
  const assignments = await cohortAssignments(db, cohortId, traineeId);
  const rows = await linkedAttempts(db, dialect, cohortId, traineeId);
  const { cells } = await buildCells([traineeId], assignments, rows, at, (ids) => reportScoresOfAttempts(db, ids));
  const domainNames = new Map<string, string>();
  for (const a of all) for (const d of a.domains) if (!domainNames.has(d.id)) domainNames.set(d.id, d.name);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    trainee: member,
    attempts: all
      .filter((a) => a.status === 'completed' && a.completedAt)
      .map((a) => ({
        id: a.id,
        title: a.title,
        scenario: a.scenario,
        assignmentId: reviewed.get(a.id)?.assignment_id ?? null,
        completedAt: a.completedAt!,
        overall: a.overall,
        domains: a.domains,
        incidents: a.incidents,
        reflection: a.reflection,
        reviewedAt: reviewed.get(a.id)?.reviewed_at ?? null,
      }))
      .sort((x, y) => x.completedAt.localeCompare(y.completedAt) || x.id.localeCompare(y.id)),
    unfinished: all
      .filter((a) => a.status !== 'completed')
      .map((a) => ({ id: a.id, title: a.title, status: a.status, startedAt: a.startedAt })),
    belowPass: traineeBelowPass(
      assignments,
      (id) => cells.get(traineeId)?.find((c) => c?.assignmentId === id) ?? undefined,
      (d) => domainNames.get(d) ?? d.charAt(0).toUpperCase() + d.slice(1),
    ),
    assignments,
  };
}
