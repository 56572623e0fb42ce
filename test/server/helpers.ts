/** Shared pieces of the server integration tests: an app on a fresh database, users, problems, playing a story. */
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { RecordedChoice } from '../../src/engine/replay.ts';
import { scoreAttempt, type ChoicePointRecord, type ScoreReport } from '../../src/engine/scoring.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { startApp, type App } from '../../src/server/app.ts';
import type { Config } from '../../src/server/config.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { Problem } from '../../src/server/core/errors.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { freshDatabase, testConfig, type DatabaseKind, type FreshDatabase } from '../support/databases.ts';

export interface TestApp {
  app: App;
  fresh: FreshDatabase;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** A migrated app on a fresh database of `kind`, without the demo accounts unless `env` asks for them. */
export async function openApp(
  kind: DatabaseKind,
  stories: StoryCatalog,
  env: Record<string, string> = {},
  options: { now?: () => Date } = {},
): Promise<TestApp & { seeded: Awaited<ReturnType<typeof startApp>>['seeded']; config: Config }> {
  const fresh = await freshDatabase(kind);
  const config = testConfig(fresh.database, env);
  try {
    const { app, seeded } = await startApp(config, stories, options);
    return {
      app,
      fresh,
      seeded,
      config,
      async close() {
        await app.close();
        await fresh.drop();
      },
    };
  } catch (error) {
    await fresh.drop();
    throw error;
  }
}

let userCount = 0;

/** A user row written straight into the database (no password: for tests where signing in is irrelevant). */
export async function insertUser(
  app: App,
  role: Role,
  name = `${role} ${++userCount}`,
): Promise<{ id: string; role: Role; email: string }> {
  const id = crypto.randomUUID();
  const email = `${role}.${id.slice(0, 8)}@rapport.test`;
  const at = new Date().toISOString();
  await app.db.kysely
    .insertInto('user')
    .values({ id, name, email, emailVerified: false, image: null, createdAt: at, updatedAt: at, role, demo: false })
    .execute();
  return { id, role, email };
}

/** The Problem a call is refused with; fails the test when the call succeeds or throws anything else. */
export async function problemOf(call: Promise<unknown>): Promise<Problem> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Problem) return error;
    throw error;
  }
  throw new Error('expected the call to be refused with a Problem, but it succeeded');
}

export interface PlayedPath {
  /** The events to record, one per choice, in order (ink choice indexes and the option texts). */
  choices: RecordedChoice[];
  points: ChoicePointRecord[];
  ended: boolean;
  report: ScoreReport;
}

/**
 * Plays `bundle` independently of the server: at each point takes the option at position `picks[i]`
 * among those on offer, stops when the picks run out or the story ends, and scores the points with the
 * engine's scoreAttempt.
 */
export function playIndependently(bundle: ScenarioBundle, picks: readonly number[]): PlayedPath {
  const runner = new StoryRunner(JSON.stringify(bundle.ink));
  const choices: RecordedChoice[] = [];
  const points: ChoicePointRecord[] = [];
  let step = runner.step();
  for (const pick of picks) {
    if (step.options.length === 0) break;
    const option = step.options[pick];
    if (!option) throw new Error(`no option at position ${pick} at point ${points.length + 1}`);
    choices.push({ point: points.length, index: option.index, text: option.text });
    points.push({ options: step.options, chosen: pick });
    runner.choose(option.index);
    step = runner.step();
  }
  return { choices, points, ended: step.options.length === 0, report: scoreAttempt(bundle.rubric, points) };
}

/** Every sequence of option positions from the start to an ending (the story must be small). */
export function allPaths(bundle: ScenarioBundle): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[]) => {
    const runner = new StoryRunner(JSON.stringify(bundle.ink));
    let step = runner.step();
    for (const pick of prefix) {
      runner.choose(step.options[pick]!.index);
      step = runner.step();
    }
    if (step.options.length === 0) out.push(prefix);
    else step.options.forEach((_, i) => walk([...prefix, i]));
  };
  walk([]);
  return out;
}

/**
 * Makes an attempt one made for an assignment of `cohortId` (an assignment of its scenario and mode, written
 * straight into the database, one per cohort, scenario and mode), as if it had been started from the
 * trainee's dashboard: only then do the cohort's supervisors see it. Returns the assignment's id.
 */
export async function forCohort(app: App, cohortId: string, attemptId: string): Promise<string> {
  const db = app.db.kysely;
  const attempt = await db
    .selectFrom('attempt')
    .select(['scenario', 'mode'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const title = `Linked ${attempt.scenario} (${attempt.mode})`;
  let assignment = await db
    .selectFrom('assignment')
    .select('id')
    .where('cohort_id', '=', cohortId)
    .where('title', '=', title)
    .executeTakeFirst();
  if (!assignment) {
    const cohort = await db
      .selectFrom('cohort')
      .select('created_by')
      .where('id', '=', cohortId)
      .executeTakeFirstOrThrow();
    assignment = { id: crypto.randomUUID() };
    await db
      .insertInto('assignment')
      .values({
        id: assignment.id,
        cohort_id: cohortId,
        trainee_id: null,
        title,
        scenarios: JSON.stringify([attempt.scenario]),
        mode: attempt.mode,
        opens_at: '2020-01-01T00:00:00.000Z',
        due_at: '2099-01-01T00:00:00.000Z',
        attempts_allowed: null,
        pass_marks: '{}',
        repeat_of: null,
        created_by: cohort.created_by,
        created_at: '2020-01-01T00:00:00.000Z',
      })
      .execute();
  }
  await db.updateTable('attempt').set({ assignment_id: assignment.id }).where('id', '=', attemptId).execute();
  return assignment.id;
}
