/**
 * `npm run bench:dashboard`: how long the cohort dashboard, its CSV and item analysis take for a large cohort.
 *
 * On a fresh SQLite file and on a freshly created PostgreSQL database, seeds one cohort of 500 trainees with 40
 * attempts each straight through Kysely (multi-row inserts in transactions): 8 assignments of 5 scenarios each
 * (real scenarios from the build, their bundles stored as story versions), one attempt per trainee, assignment and
 * scenario, 90% completed with the score report of a real play-through (random paths of the real story, scored by
 * the engine) and their choice events, 10% still in progress; and a second cohort a tenth its size, for the CSV's
 * memory. Then it times:
 *   - in process: the dashboard service's `cohortDashboard` (every trainee) and `cohortDashboardPage` (the page
 *     the dashboard shows: the first page, and page 5 sorted by an assignment's score), with where the time of
 *     one dashboard goes (queries, kept scores, cells, the page); the cohort CSV as the download streams it, and
 *     the memory it takes for the small and the large cohort (and the whole-document export it replaced); one
 *     scenario's item analysis, first with no replay kept and then as it runs on a server that has analysed before;
 *   - over HTTP: `GET /cohorts/<id>/dashboard/` (the first page, and page 5 sorted) and the CSV download from the
 *     built server (`src/cli/serve.ts`, as `npm start`), signed in as a supervisor of the cohort, one request at a
 *     time, full body read.
 * Median and p95 of each. Not a test.
 *
 * Settings (environment or `--name=value`): BENCH_TRAINEES (500), BENCH_ATTEMPTS per trainee (40, a multiple of 5),
 * BENCH_RUNS (30) after BENCH_WARMUP (3), BENCH_DATABASES (sqlite,postgres), BENCH_DATABASE_URL or
 * TEST_DATABASE_URL (a PostgreSQL role that may create databases; without either PostgreSQL is skipped).
 * Writes test-results/bench-dashboard.json.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { scoreAttempt, type ScoreReport } from '../../src/engine/scoring.ts';
import { writeScoreSummary } from '../../src/server/core/score-summary.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { startApp, type App } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import type { AttemptEventTable, AttemptTable } from '../../src/server/db/schema.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { cohortMembers } from '../../src/server/services/cohorts/people.ts';
import { buildCells } from '../../src/server/services/dashboard/cells.ts';
import {
  cohortAssignments,
  cohortLightAttempts,
  ReportScoresCache,
  reportScoresOf,
} from '../../src/server/services/dashboard/reads.ts';
import { dashboardPage, readDashboardView } from '../../src/server/services/dashboard/view.ts';
import { cohortAttempts } from '../../src/server/services/exports/attempt-rows.ts';
import { cohortCsvOf } from '../../src/server/services/exports/cohort-csv.ts';
import { itemAnalysisService } from '../../src/server/services/item-analysis/service.ts';
import { fileCatalog } from '../../src/server/services/story-catalog.ts';
import { storyVersions } from '../../src/server/services/story-versions.ts';
import { startServer as startServerProcess, type ServerProcess } from '../support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

const args = new Map(
  process.argv.slice(2).map((a) => {
    const m = /^--([a-z-]+)=(.*)$/.exec(a);
    if (!m) {
      console.error(`Unknown argument ${a}: use --name=value (trainees, attempts, runs, warmup, databases).`);
      process.exit(2);
    }
    return [m[1]!.replace(/-/g, '_'), m[2]!] as const;
  }),
);
const setting = (name: string, fallback: string) =>
  args.get(name) ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
function count(name: string, fallback: number, min = 1): number {
  const v = Number(setting(name, String(fallback)));
  if (!Number.isInteger(v) || v < min) {
    console.error(`${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return v;
}
const TRAINEES = count('trainees', 500);
const ATTEMPTS = count('attempts', 40, 5);
const PER_ASSIGNMENT = 5;
const ASSIGNMENTS = Math.ceil(ATTEMPTS / PER_ASSIGNMENT);
const RUNS = count('runs', 30);
const WARMUP = count('warmup', 3, 0);
const DATABASES = setting('databases', 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is 'sqlite' | 'postgres' => d === 'sqlite' || d === 'postgres');
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';

if (!existsSync(join(DIST, 'server', 'entry.mjs'))) {
  console.error('No build in dist/: the HTTP half runs the built server. Run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------- data

/** A small deterministic PRNG (mulberry32), so every run seeds the same data. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261126);

function bundles(): ScenarioBundle[] {
  const dir = join(DIST, 'client', 'scenarios');
  return readdirSync(dir)
    .filter((s) => existsSync(join(dir, s, 'bundle.json')))
    .sort()
    .map((s) => JSON.parse(readFileSync(join(dir, s, 'bundle.json'), 'utf8')) as ScenarioBundle);
}

interface Play {
  choices: { point: number; index: number; text: string }[];
  report: ScoreReport;
}

/** Random play-throughs of a story to its end, scored by the engine. */
function plays(bundle: ScenarioBundle, n: number): Play[] {
  const out: Play[] = [];
  for (let k = 0; k < n; k++) {
    const runner = new StoryRunner(structuredClone(bundle.ink as object));
    const choices: Play['choices'] = [];
    const points: { options: typeof step.options; chosen: number }[] = [];
    let step = runner.step();
    while (step.options.length > 0 && choices.length < 200) {
      const chosen = Math.floor(random() * step.options.length);
      const option = step.options[chosen]!;
      choices.push({ point: choices.length, index: option.index, text: option.text });
      points.push({ options: step.options, chosen });
      runner.choose(option.index);
      step = runner.step();
    }
    out.push({ choices, report: scoreAttempt(bundle.rubric, points) });
  }
  return out;
}

async function insertChunks<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

interface Seeded {
  cohortId: string;
  supervisor: Actor & { email: string; password: string };
  scenario: string;
  seconds: number;
  attempts: number;
  events: number;
}

async function seed(app: App, stories: ScenarioBundle[], size = TRAINEES, name = 'Benchmark cohort'): Promise<Seeded> {
  const t0 = performance.now();
  const db = app.db.kysely;
  const at = (ms: number) => new Date(Date.parse('2026-09-01T08:00:00.000Z') + ms).toISOString();
  const password = 'bench supervisor passphrase';
  const email = `bench.supervisor.${randomBytes(3).toString('hex')}@rapport.test`;
  await app.auth.api.signUpEmail({ body: { email, password, name: 'Bench Supervisor' } });
  const sup = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await db.updateTable('user').set({ role: 'supervisor' }).where('id', '=', sup.id).execute();

  const cohortId = randomUUID();
  const trainees = Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    name: `Trainee ${String(i + 1).padStart(4, '0')}`,
    email: `trainee.${i + 1}.${randomBytes(2).toString('hex')}@rapport.test`,
  }));
  const playsOf = new Map(stories.map((b) => [b.slug, plays(b, 16)]));
  const assignments = Array.from({ length: ASSIGNMENTS }, (_, i) => ({
    id: randomUUID(),
    scenarios: Array.from({ length: PER_ASSIGNMENT }, (_, k) => stories[(i * PER_ASSIGNMENT + k) % stories.length]!),
  }));
  let attempts = 0;
  let events = 0;

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('story_version')
      .values(
        stories.map((b) => ({
          hash: b.hash,
          slug: b.slug,
          title: b.meta.title,
          bundle: JSON.stringify(b),
          created_at: at(0),
        })),
      )
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    await trx
      .insertInto('cohort')
      .values({ id: cohortId, name, created_by: sup.id, created_at: at(0), archived_at: null })
      .execute();
    await trx
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohortId, user_id: sup.id, added_at: at(0) })
      .execute();
    await insertChunks(trainees, 500, (chunk) =>
      trx
        .insertInto('user')
        .values(
          chunk.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            emailVerified: false,
            image: null,
            createdAt: at(0),
            updatedAt: at(0),
            role: 'trainee',
            demo: false,
          })),
        )
        .execute(),
    );
    await insertChunks(trainees, 1000, (chunk) =>
      trx
        .insertInto('cohort_member')
        .values(chunk.map((u) => ({ cohort_id: cohortId, user_id: u.id, joined_at: at(1000) })))
        .execute(),
    );
    await trx
      .insertInto('assignment')
      .values(
        assignments.map((a, i) => ({
          id: a.id,
          cohort_id: cohortId,
          trainee_id: null,
          title: `Week ${i + 1}`,
          scenarios: JSON.stringify(a.scenarios.map((s) => s.slug)),
          mode: 'assessment' as const,
          opens_at: at(0),
          due_at: at((i + 1) * 7 * 86_400_000),
          attempts_allowed: null,
          pass_marks: JSON.stringify({ boundaries: 62.5, trust: 62.5 }),
          repeat_of: null,
          created_by: sup.id,
          created_at: at(0),
        })),
      )
      .execute();
  });

  // Attempts and events, one trainee at a time in batches of 25 trainees (1,000 attempts) per transaction.
  for (let i = 0; i < trainees.length; i += 25) {
    const attemptRows: AttemptTable[] = [];
    const eventRows: AttemptEventTable[] = [];
    for (const trainee of trainees.slice(i, i + 25)) {
      let n = 0;
      for (const a of assignments) {
        for (const story of a.scenarios) {
          if (n++ >= ATTEMPTS) break;
          const play = playsOf.get(story.slug)![Math.floor(random() * 16)]!;
          const id = randomUUID();
          const started = Math.floor(random() * 60 * 86_400_000);
          const completed = random() < 0.9;
          const recorded = completed ? play.choices : play.choices.slice(0, Math.floor(play.choices.length / 2));
          recorded.forEach((c, k) =>
            eventRows.push({
              attempt_id: id,
              seq: k + 1,
              event_id: randomUUID(),
              type: 'choice',
              payload: JSON.stringify({ point: c.point, index: c.index, text: c.text }),
              received_at: at(started + (k + 1) * 20_000),
            }),
          );
          if (completed)
            eventRows.push({
              attempt_id: id,
              seq: recorded.length + 1,
              event_id: randomUUID(),
              type: 'complete',
              payload: JSON.stringify({ reflection: 'A reflection.' }),
              received_at: at(started + (recorded.length + 1) * 20_000),
            });
          attemptRows.push({
            id,
            user_id: trainee.id,
            scenario: story.slug,
            story_hash: story.hash,
            mode: 'assessment',
            status: completed ? 'completed' : 'in_progress',
            last_seq: recorded.length + (completed ? 1 : 0),
            path_len: recorded.length,
            started_at: at(started),
            updated_at: at(started + (recorded.length + 1) * 20_000),
            completed_at: completed ? at(started + (recorded.length + 1) * 20_000) : null,
            reflection: completed ? 'A reflection.' : null,
            overall: completed ? play.report.overall : null,
            band: completed ? play.report.band : null,
            score: completed ? JSON.stringify(play.report) : null,
            score_summary: completed ? writeScoreSummary(play.report) : null,
            rejection: null,
            assignment_id: a.id,
            reviewed_at: null,
            reviewed_by: null,
            seed: null,
          });
        }
      }
    }
    attempts += attemptRows.length;
    events += eventRows.length;
    await db.transaction().execute(async (trx) => {
      await insertChunks(attemptRows, 400, (chunk) => trx.insertInto('attempt').values(chunk).execute());
      await insertChunks(eventRows, 2000, (chunk) => trx.insertInto('attempt_event').values(chunk).execute());
    });
  }
  if (app.db.dialect === 'postgres') await sql`analyze`.execute(db);
  else {
    await sql`pragma optimize`.execute(db);
    // The seeding's write-ahead log copied into the database file, as a server in use would have it: reads through
    // a log of 200,000 fresh events are slower than through the file.
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
  return {
    cohortId,
    supervisor: { id: sup.id, role: 'supervisor', email, password },
    scenario: assignments[0]!.scenarios[0]!.slug,
    seconds: (performance.now() - t0) / 1000,
    attempts,
    events,
  };
}

// ---------------------------------------------------------------------------------------------- timing

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, median: q(0.5), p95: q(0.95), min: s[0]!, max: s[s.length - 1]! };
}

async function time(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<ReturnType<typeof stats>> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** The built server on the seeded database, as the tests start it (src/cli/serve.ts, waiting for /api/health). */
function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess({ database: { env }, env: env.DATABASE_URL ? {} : { DATABASE_URL: null } }, 60_000);
}

async function freshDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ database: Config['database']; env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-dashboard-'));
    return {
      database: { kind: 'sqlite', file: join(dir, 'rapport.sqlite') },
      env: { DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `rapport_bench_dash_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString(), poolSize: 10 },
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------- memory

// A full collection before each measure, so what is measured is what the export holds, not garbage left before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Memory {
  ms: number;
  /**
   * Peak above the start, in MB: the live heap (collected before each sample, so garbage not yet collected does
   * not count) and the resident set, sampled after every chunk read (after the rows and after the document, for
   * the whole document).
   */
  heapMb: number;
  rssMb: number;
  bytes: number;
}

/** Runs `produce`, sampling memory at each `sample()` it calls, and returns the peaks above where it started. */
async function peakMemory(produce: (sample: () => void) => Promise<number>): Promise<Memory> {
  collect();
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const sample = () => {
    collect();
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const t0 = performance.now();
  const bytes = await produce(sample);
  const ms = performance.now() - t0;
  sample();
  return { ms, heapMb: (heap - start.heapUsed) / 2 ** 20, rssMb: (rss - start.rss) / 2 ** 20, bytes };
}

/** Reads a stream to its end, sampling memory after each chunk. */
async function drain(stream: ReadableStream<Uint8Array>, sample: () => void = () => {}): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    sample();
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------- run

const stories = bundles();
const results: Record<string, unknown>[] = [];
const secret = randomBytes(32).toString('base64url');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `Cohort dashboard benchmark: ${TRAINEES} trainees × ${ATTEMPTS} attempts, ${ASSIGNMENTS} assignments of ${PER_ASSIGNMENT} scenarios (${stories.length} scenarios in the build); ${RUNS} runs after ${WARMUP} warm-up.`,
);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${load()}; Node ${process.version}`);

type Stats = ReturnType<typeof stats>;
const f = (x: Stats) => `${x.median.toFixed(0)} / ${x.p95.toFixed(0)}`;

for (const kind of DATABASES) {
  if (kind === 'postgres' && !POSTGRES_URL) {
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.');
    continue;
  }
  const fresh = await freshDatabase(kind);
  try {
    const config: Config = { ...loadConfig({ SEED_DEMO: 'false', AUTH_SECRET: secret }), database: fresh.database };
    const { app } = await startApp(config, fileCatalog(join(DIST, 'client')));
    let seeded: Seeded | null = null;
    let small: Seeded | null = null;
    const inProcess: Record<string, Stats> = {};
    const phases: Record<string, Stats> = {};
    const memory: Record<string, Memory> = {};
    let firstDashboard = 0;
    let coldItemAnalysis = 0;
    const sortedPage = (a: string) => `sort=${a}&dir=desc&page=5`;
    let sortedQuery = '';
    try {
      const s = (seeded = await seed(app, stories));
      small = await seed(app, stories, Math.max(1, Math.round(TRAINEES / 10)), 'Small benchmark cohort');
      console.log(
        `\n${kind}: seeded ${seeded.attempts} attempts and ${seeded.events} events in ${seeded.seconds.toFixed(1)} s (and a cohort of ${small.attempts} attempts); load ${load()}`,
      );
      const db = app.db.kysely;
      const t0 = performance.now();
      const board = await app.dashboard.cohortDashboard(s.supervisor, s.cohortId);
      firstDashboard = performance.now() - t0;
      if (board.trainees.length !== TRAINEES)
        throw new Error(`the dashboard shows ${board.trainees.length} trainees, not ${TRAINEES}`);
      sortedQuery = sortedPage(board.assignments[2]!.id);
      const firstView = readDashboardView(new URLSearchParams());
      const sortedView = readDashboardView(new URLSearchParams(sortedQuery));
      inProcess.dashboard = await time(RUNS, WARMUP, () => app.dashboard.cohortDashboard(s.supervisor, s.cohortId));
      inProcess.page = await time(RUNS, WARMUP, () =>
        app.dashboard.cohortDashboardPage(s.supervisor, s.cohortId, firstView),
      );
      inProcess.sortedPage = await time(RUNS, WARMUP, () =>
        app.dashboard.cohortDashboardPage(s.supervisor, s.cohortId, sortedView),
      );

      // Where one dashboard page's time goes: the same steps as the service, each timed on its own.
      const kept = new ReportScoresCache();
      const rows0 = await cohortLightAttempts(db, app.db.dialect, s.cohortId);
      const completed = rows0.filter((r) => r.status === 'completed').map((r) => r.id);
      await reportScoresOf(db, completed, kept);
      const members = await cohortMembers(db, s.cohortId);
      const assignments = await cohortAssignments(db, s.cohortId);
      const at = new Date().toISOString();
      phases.membersAndAssignments = await time(RUNS, WARMUP, async () => {
        await cohortMembers(db, s.cohortId);
        await cohortAssignments(db, s.cohortId);
      });
      phases.attemptRows = await time(RUNS, WARMUP, () => cohortLightAttempts(db, app.db.dialect, s.cohortId));
      phases.keptScores = await time(RUNS, WARMUP, () => reportScoresOf(db, completed, kept));
      const scores = await reportScoresOf(db, completed, kept);
      phases.cells = await time(RUNS, WARMUP, () =>
        buildCells(
          members.map((m) => m.id),
          assignments,
          rows0,
          at,
          async (ids) => new Map(ids.flatMap((id) => (scores.has(id) ? [[id, scores.get(id)!] as const] : []))),
        ),
      );
      phases.pageView = await time(RUNS, WARMUP, async () => dashboardPage(board, sortedView));

      // The CSV as the download streams it, and the memory it takes for a small and a large cohort.
      inProcess.csv = await time(Math.min(RUNS, 10), 1, async () =>
        drain((await app.exports.cohortCsvStream(s.supervisor, s.cohortId)).stream),
      );
      for (const [label, c] of [
        ['small', small],
        ['large', s],
      ] as const) {
        await drain((await app.exports.cohortCsvStream(c.supervisor, c.cohortId)).stream);
        memory[`stream-${label}`] = await peakMemory(async (sample) =>
          drain((await app.exports.cohortCsvStream(c.supervisor, c.cohortId)).stream, sample),
        );
        // The export it replaced: every row read at once and the whole document made as one string.
        memory[`whole-${label}`] = await peakMemory(async (sample) => {
          const rows = await cohortAttempts(db, c.cohortId);
          sample();
          const doc = cohortCsvOf('Benchmark cohort', rows).csv;
          sample();
          return Buffer.byteLength(doc);
        });
      }

      // Item analysis: with no replay kept (a fresh service, as after a restart), then as the server runs it.
      const educator: Actor = { id: s.supervisor.id, role: 'educator' };
      const coldService = itemAnalysisService(db, fileCatalog(join(DIST, 'client')), storyVersions(db));
      const tc = performance.now();
      await coldService.analyse(educator, s.scenario);
      coldItemAnalysis = performance.now() - tc;
      inProcess.itemAnalysis = await time(Math.min(RUNS, 10), 1, () => app.itemAnalysis.analyse(educator, s.scenario));
    } finally {
      await app.close();
    }
    if (!seeded) throw new Error('not seeded');
    const server = await startServer({ ...fresh.env, AUTH_SECRET: secret });
    const http: Record<string, Stats> = {};
    const pageBytes: Record<string, number> = {};
    try {
      const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { origin: server.url, 'content-type': 'application/json' },
        body: JSON.stringify({ email: seeded.supervisor.email, password: seeded.supervisor.password }),
      });
      if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      for (const [label, query, expect] of [
        ['page', '', 'Trainee 0001'],
        ['sortedPage', `?${sortedQuery}`, 'Rows 201–250 of 500'],
      ] as const) {
        const url = `${server.url}/cohorts/${seeded.cohortId}/dashboard/${query}`;
        http[label] = await time(RUNS, WARMUP, async () => {
          const res = await fetch(url, { headers: { cookie } });
          const body = await res.text();
          if (res.status !== 200 || !body.includes(TRAINEES === 500 ? expect : 'Rows '))
            throw new Error(`GET ${url}: ${res.status}`);
          pageBytes[label] = Buffer.byteLength(body);
        });
      }
      const csvUrl = `${server.url}/api/cohorts/${seeded.cohortId}/export.csv`;
      let csvBytes = 0;
      http.csv = await time(Math.min(RUNS, 10), 1, async () => {
        const res = await fetch(csvUrl, { headers: { cookie } });
        if (res.status !== 200 || !res.body) throw new Error(`GET ${csvUrl}: ${res.status}`);
        csvBytes = await drain(res.body);
      });
      pageBytes.csv = csvBytes;
    } finally {
      await server.stop();
    }
    const row = {
      database: kind,
      trainees: TRAINEES,
      attempts: seeded.attempts,
      events: seeded.events,
      seedSeconds: seeded.seconds,
      firstDashboardMs: firstDashboard,
      coldItemAnalysisMs: coldItemAnalysis,
      inProcess,
      phases,
      memory,
      http,
      pageBytes,
      loadAfter: loadavg(),
    };
    results.push(row);
    const kb = (n: number | undefined) => `${((n ?? 0) / 1024).toFixed(0)} KB`;
    console.log(`  (median / p95, ms)   load now ${load()}`);
    console.log(
      `  cohortDashboard, every trainee, in process: ${f(inProcess.dashboard!)} (the first, reading every report: ${firstDashboard.toFixed(0)})`,
    );
    console.log(
      `  cohortDashboardPage in process: first page ${f(inProcess.page!)}; page 5 sorted by an assignment ${f(inProcess.sortedPage!)}`,
    );
    console.log(
      `    of which: members and assignments ${f(phases.membersAndAssignments!)}, attempts' light rows ${f(phases.attemptRows!)}, kept scores ${f(phases.keptScores!)}, cells ${f(phases.cells!)}, the page (find, sort, totals) ${f(phases.pageView!)}`,
    );
    console.log(
      `  GET /cohorts/<id>/dashboard/ over HTTP: first page ${f(http.page!)} (${kb(pageBytes.page)} of HTML); page 5 sorted ${f(http.sortedPage!)} (${kb(pageBytes.sortedPage)})`,
    );
    console.log(
      `  cohort CSV (${seeded.attempts} rows) streamed in process ${f(inProcess.csv!)}; over HTTP ${f(http.csv!)} (${kb(pageBytes.csv)})`,
    );
    const mem = (m: Memory | undefined) =>
      m ? `${m.ms.toFixed(0)} ms, heap +${m.heapMb.toFixed(1)} MB, RSS +${m.rssMb.toFixed(1)} MB` : '?';
    console.log(
      `  CSV memory, ${small!.attempts} rows: streamed ${mem(memory['stream-small'])}; whole document ${mem(memory['whole-small'])}`,
    );
    console.log(
      `  CSV memory, ${seeded.attempts} rows: streamed ${mem(memory['stream-large'])}; whole document ${mem(memory['whole-large'])}`,
    );
    console.log(
      `  item analysis of ${seeded.scenario}: ${f(inProcess.itemAnalysis!)} (with no replay kept: ${coldItemAnalysis.toFixed(0)})`,
    );
  } finally {
    await fresh.drop();
  }
}

if (results.length) {
  console.log(
    '\n| database | dashboard page in process, ms | page over HTTP, ms | HTML per page | CSV streamed, ms | CSV memory (heap, 2,000 → 20,000 rows) | item analysis, ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results as {
    database: string;
    inProcess: Record<string, Stats>;
    http: Record<string, Stats>;
    pageBytes: Record<string, number>;
    memory: Record<string, Memory>;
  }[]) {
    console.log(
      `| ${r.database} | ${f(r.inProcess.page!)} | ${f(r.http.page!)} | ${((r.pageBytes.page ?? 0) / 1024).toFixed(0)} KB | ${f(r.inProcess.csv!)} | +${r.memory['stream-small']!.heapMb.toFixed(1)} → +${r.memory['stream-large']!.heapMb.toFixed(1)} MB | ${f(r.inProcess.itemAnalysis!)} |`,
    );
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench-dashboard.json'),
    JSON.stringify(
      { date: new Date().toISOString(), trainees: TRAINEES, attemptsPerTrainee: ATTEMPTS, runs: RUNS, results },
      null,
      2,
    ),
  );
}
