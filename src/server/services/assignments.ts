// Over 300 lines: the assignment's rules (create, list, status, the start check) share one set of row readers and labels.
/**
 * Assignments: a supervisor of a cohort assigns scenarios (or a whole module, stored as its scenarios) to
 * the cohort or to one of its trainees, with an opening date, a due date, a mode, the attempts allowed per
 * scenario and a pass mark per rubric domain. "Assign again" copies one with new dates (spaced
 * re-practice). A trainee sees their own assignments with a status computed from the attempts linked to
 * each: not started, in progress, submitted (every scenario has a completed attempt) or overdue (past
 * due and not submitted). Late work is still accepted; an assignment is playable from its opening date.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DOMAIN_IDS } from '../../engine/rubric.ts';
import { MODULE_IDS } from '../../engine/scenario-meta.ts';
import { bySuggestedOrder } from '../../engine/suggested-order.ts';
import type { Actor } from '../core/actor.ts';
import { notFound, Problem } from '../core/errors.ts';
import { isId, parseOrProblem, scenarioSlug } from '../core/input.ts';
import { readPassMarks, readScenarioList } from '../core/json-column.ts';
import type { AssignmentTable, Database } from '../db/schema.ts';
import { nameText } from '../text.ts';
import type { StoryCatalog } from './story-catalog.ts';
import { supervisesCohort } from './supervision-access.ts';

export const RESPOND_FIRST = ['off', 'offered', 'required'] as const;
export type RespondFirst = (typeof RESPOND_FIRST)[number];
export const RESPOND_FIRST_LABELS: Record<RespondFirst, string> = {
  off: 'Off',
  offered: 'Offered: the trainee may choose it',
  required: 'Required',
};

export type AssignmentStatus = 'not_started' | 'in_progress' | 'submitted' | 'overdue';
export type ScenarioStatus = 'not_started' | 'in_progress' | 'submitted';

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  overdue: 'Overdue',
};

export interface Assignment {
  id: string;
  cohortId: string;
  cohortName: string;
  /** One trainee of the cohort, or null for the whole cohort. */
  traineeId: string | null;
  traineeName: string | null;
  title: string;
  scenarios: { slug: string; title: string }[];
  mode: 'practice' | 'assessment';
  opensAt: string;
  dueAt: string;
  attemptsAllowed: number | null;
  passMarks: Record<string, number>;
  repeatOf: string | null;
  /** Respond-first play (issue 16): 'off', 'offered' (the trainee may choose it) or 'required'. */
  respondFirst: RespondFirst;
  createdAt: string;
}

export interface TraineeAssignment extends Assignment {
  status: AssignmentStatus;
  /** Whether it has opened (a trainee may start it from its opening date; late work is accepted). */
  open: boolean;
  scenarioStatus: {
    slug: string;
    title: string;
    status: ScenarioStatus;
    attempts: number;
    attemptsLeft: number | null;
    /** The most recently completed attempt for it, whose debrief the trainee can open again; null before one. */
    latestCompletedId: string | null;
  }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Whether YYYY-MM-DD names a day of the calendar (2026-02-30 does not: JavaScript would move it to 2 March). */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** A date (YYYY-MM-DD, the whole day in UTC) or an ISO 8601 date-time, on a day the calendar has. */
const when = z
  .string()
  .max(40)
  .refine(
    (v) =>
      (DAY.test(v) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) &&
      !Number.isNaN(Date.parse(DAY.test(v) ? `${v}T00:00:00Z` : v)),
    'must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
  )
  .refine(
    (v) => !/^\d{4}-\d{2}-\d{2}/.test(v) || isCalendarDay(v.slice(0, 10)),
    'is not a day of the calendar (check the day and the month)',
  );
const startOf = (v: string) => new Date(DAY.test(v) ? `${v}T00:00:00.000Z` : v).toISOString();
const endOf = (v: string) => new Date(DAY.test(v) ? `${v}T23:59:59.999Z` : v).toISOString();

const passMarks = z
  .partialRecord(z.enum(DOMAIN_IDS), z.number().min(0, 'at least 0').max(100, 'at most 100'))
  .default({});
const dates = { opensAt: when, dueAt: when };

export const assignmentSchema = z
  .strictObject({
    title: nameText({ max: 200, empty: 'give the assignment a title' }),
    module: z.enum(MODULE_IDS).optional(),
    scenarios: z.array(scenarioSlug).max(50).optional(),
    traineeId: z.uuid().nullable().optional(),
    ...dates,
    mode: z.enum(['practice', 'assessment']),
    respondFirst: z.enum(RESPOND_FIRST).default('off'),
    attemptsAllowed: z.number().int().min(1, 'at least 1').max(100, 'at most 100').nullable().default(null),
    passMarks,
  })
  .refine((v) => (v.module ? 1 : 0) + (v.scenarios?.length ? 1 : 0) === 1, {
    message: 'choose either a module or one or more scenarios',
    path: ['scenarios'],
  });

const reassignSchema = z.strictObject({ ...dates, title: nameText({ max: 200 }).optional() });

function checkDates(opensAt: string, dueAt: string) {
  const [o, d] = [startOf(opensAt), endOf(dueAt)];
  if (d <= o)
    throw new Problem(400, 'The due date must be after the opening date.', {
      issues: ['dueAt: must be after opensAt'],
    });
  return [o, d] as const;
}

export function assignmentService(db: Kysely<Database>, stories: StoryCatalog, now: () => Date = () => new Date()) {
  const titleOf = async (s: string) => (await stories.current(s))?.meta.title ?? s;

  async function present(
    rows: (AssignmentTable & { cohort_name: string; trainee_name: string | null })[],
  ): Promise<Assignment[]> {
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        cohortId: r.cohort_id,
        cohortName: r.cohort_name,
        traineeId: r.trainee_id,
        traineeName: r.trainee_name,
        title: r.title,
        scenarios: await Promise.all(
          readScenarioList(r.scenarios).map(async (s) => ({ slug: s, title: await titleOf(s) })),
        ),
        mode: r.mode,
        opensAt: r.opens_at,
        dueAt: r.due_at,
        attemptsAllowed: r.attempts_allowed === null ? null : Number(r.attempts_allowed),
        passMarks: readPassMarks(r.pass_marks),
        repeatOf: r.repeat_of,
        respondFirst: r.respond_first && RESPOND_FIRST.includes(r.respond_first) ? r.respond_first : 'off',
        createdAt: r.created_at,
      })),
    );
  }

  const withNames = () =>
    db
      .selectFrom('assignment as a')
      .innerJoin('cohort as c', 'c.id', 'a.cohort_id')
      .leftJoin('user as u', 'u.id', 'a.trainee_id')
      .selectAll('a')
      .select(['c.name as cohort_name', 'u.name as trainee_name']);

  /** The assignment when `actor` supervises its cohort; 404 otherwise. */
  async function supervised(actor: Actor, assignmentId: string) {
    if (!isId(assignmentId)) throw notFound('assignment');
    const row = await db.selectFrom('assignment').selectAll().where('id', '=', assignmentId).executeTakeFirst();
    if (!row || !(await supervisesCohort(db, actor, row.cohort_id))) throw notFound('assignment');
    return row;
  }

  async function insert(row: AssignmentTable): Promise<Assignment> {
    await db.insertInto('assignment').values(row).execute();
    const [made] = await present([await withNames().where('a.id', '=', row.id).executeTakeFirstOrThrow()]);
    return made!;
  }

  return {
    async create(actor: Actor, cohortId: string, input: unknown): Promise<Assignment> {
      if (!isId(cohortId) || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
      const cohort = await db.selectFrom('cohort').select('id').where('id', '=', cohortId).executeTakeFirst();
      if (!cohort) throw notFound('cohort');
      const body = parseOrProblem(assignmentSchema, input, 'assignment');
      const [opensAt, dueAt] = checkDates(body.opensAt, body.dueAt);
      let scenarios: string[];
      if (body.module) {
        // In the order the module's primer suggests, whatever order the catalogue lists them in.
        const listed = (await stories.list?.()) ?? [];
        scenarios = listed
          .filter((s) => s.meta.module === body.module)
          .sort(bySuggestedOrder)
          .map((s) => s.slug);
        if (scenarios.length === 0)
          throw new Problem(422, `The module "${body.module}" has no playable scenarios to assign.`);
      } else {
        scenarios = [...new Set(body.scenarios!)];
        const missing: string[] = [];
        // A retired scenario still resolves (its assignments keep working) but is not assigned anew.
        for (const s of scenarios)
          if (!(await stories.current(s)) || (await stories.listed?.(s)) === false) missing.push(s);
        if (missing.length)
          throw new Problem(422, `There is no playable scenario called ${missing.map((m) => `"${m}"`).join(', ')}.`);
      }
      const traineeId = body.traineeId ?? null;
      if (traineeId) {
        const member = await db
          .selectFrom('cohort_member')
          .select('user_id')
          .where('cohort_id', '=', cohortId)
          .where('user_id', '=', traineeId)
          .executeTakeFirst();
        if (!member) throw new Problem(422, 'That trainee is not a member of this cohort.');
      }
      return insert({
        id: crypto.randomUUID(),
        cohort_id: cohortId,
        trainee_id: traineeId,
        title: body.title,
        scenarios: JSON.stringify(scenarios),
        mode: body.mode,
        opens_at: opensAt,
        due_at: dueAt,
        attempts_allowed: body.attemptsAllowed,
        pass_marks: JSON.stringify(body.passMarks),
        repeat_of: null,
        respond_first: body.respondFirst,
        created_by: actor.id,
        created_at: now().toISOString(),
      });
    },

    /** Assigns the same again with new dates (spaced re-practice): a copy that records what it repeats. */
    async reassign(actor: Actor, assignmentId: string, input: unknown): Promise<Assignment> {
      const original = await supervised(actor, assignmentId);
      const body = parseOrProblem(reassignSchema, input, 'reassignment');
      const [opensAt, dueAt] = checkDates(body.opensAt, body.dueAt);
      return insert({
        ...original,
        id: crypto.randomUUID(),
        title: body.title ?? original.title,
        opens_at: opensAt,
        due_at: dueAt,
        repeat_of: original.id,
        created_by: actor.id,
        created_at: now().toISOString(),
      });
    },

    /** A cohort's assignments, by due date; for its supervisors and admins. */
    async listForCohort(actor: Actor, cohortId: string): Promise<Assignment[]> {
      if (!isId(cohortId) || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
      // An admin supervises every cohort, including ones that do not exist: ask the table.
      if (!(await db.selectFrom('cohort').select('id').where('id', '=', cohortId).executeTakeFirst()))
        throw notFound('cohort');
      return present(
        await withNames()
          .where('a.cohort_id', '=', cohortId)
          .orderBy('a.due_at')
          .orderBy('a.created_at')
          .orderBy('a.id')
          .execute(),
      );
    },

    async get(actor: Actor, assignmentId: string): Promise<Assignment> {
      const row = await supervised(actor, assignmentId);
      const [found] = await present([await withNames().where('a.id', '=', row.id).executeTakeFirstOrThrow()]);
      return found!;
    },

    /** The actor's own assignments (from the cohorts they are in), by due date, with their status. */
    async mine(actor: Actor): Promise<TraineeAssignment[]> {
      const rows = await withNames()
        .innerJoin('cohort_member as m', (j) =>
          j.onRef('m.cohort_id', '=', 'a.cohort_id').on('m.user_id', '=', actor.id),
        )
        .where((eb) => eb.or([eb('a.trainee_id', 'is', null), eb('a.trainee_id', '=', actor.id)]))
        .orderBy('a.due_at')
        .orderBy('a.opens_at')
        .orderBy('a.id')
        .execute();
      const ids = rows.map((r) => r.id);
      const attempts = ids.length
        ? await db
            .selectFrom('attempt')
            .select(['id', 'assignment_id', 'scenario', 'status', 'completed_at'])
            .where('user_id', '=', actor.id)
            .where('assignment_id', 'in', ids)
            .execute()
        : [];
      const at = now().toISOString();
      const presented = await present(rows);
      return presented.map((a) => {
        const mine = attempts.filter((x) => x.assignment_id === a.id);
        const scenarioStatus = a.scenarios.map((s) => {
          const of = mine.filter((x) => x.scenario === s.slug);
          const completed = of
            .filter((x) => x.status === 'completed')
            .sort((x, y) => (y.completed_at ?? '').localeCompare(x.completed_at ?? ''));
          const status: ScenarioStatus =
            completed.length > 0 ? 'submitted' : of.length > 0 ? 'in_progress' : 'not_started';
          return {
            ...s,
            status,
            attempts: of.length,
            attemptsLeft: a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - of.length),
            latestCompletedId: completed[0]?.id ?? null,
          };
        });
        const submitted = scenarioStatus.every((s) => s.status === 'submitted');
        const status: AssignmentStatus = submitted
          ? 'submitted'
          : at > a.dueAt
            ? 'overdue'
            : mine.length > 0
              ? 'in_progress'
              : 'not_started';
        return { ...a, status, open: a.opensAt <= at, scenarioStatus };
      });
    },
  };
}

export type AssignmentService = ReturnType<typeof assignmentService>;
