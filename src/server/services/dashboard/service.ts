/**
 * What a supervisor sees of a cohort: every trainee against every assignment (cohort-view.ts: completion, best and
 * latest scores overall and per domain, overdue, critical incidents), and one trainee over time (trainee-view.ts:
 * domain scores, reflections, where they are below an assignment's pass mark). Both only for the cohort's
 * supervisors and administrators; anyone else is told the cohort does not exist.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Dialect } from '../../db/migrations.ts';
import type { Database } from '../../db/schema.ts';
import type { AttemptService } from '../attempts/service.ts';
import { cohortDashboard, cohortDashboardPage } from './cohort-view.ts';
import { ReportScoresCache } from './reads.ts';
import { traineeView } from './trainee-view.ts';
import type { DashboardView } from './view.ts';

export type * from './types.ts';
export type * from './view.ts';

export function dashboardService(
  db: Kysely<Database>,
  dialect: Dialect,
  attempts: AttemptService,
  now: () => Date = () => new Date(),
) {
  // Completed attempts' report scores, read once: a cohort's dashboard reads thousands of them each time.
  const kept = new ReportScoresCache();
  return {
    /** Trainees × assignments of a cohort; only for its supervisors and administrators (404 for anyone else). */
    cohortDashboard: (actor: Actor, cohortId: string) =>
      cohortDashboard(db, dialect, now().toISOString(), actor, cohortId, kept),
    /** A page of that, found, filtered and sorted over the whole cohort, with its totals: what the dashboard page shows. */
    cohortDashboardPage: (actor: Actor, cohortId: string, view: DashboardView) =>
      cohortDashboardPage(db, dialect, now().toISOString(), actor, cohortId, kept, view),
    /** One trainee of a cohort over time; only for the cohort's supervisors and administrators. */
    traineeView: (actor: Actor, cohortId: string, traineeId: string) =>
      traineeView(db, dialect, attempts, now().toISOString(), actor, cohortId, traineeId),
  };
}

export type DashboardService = ReturnType<typeof dashboardService>;
