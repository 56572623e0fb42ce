/**
 * `npm run bench:server`: how many choice events Rapport's server acknowledges per second, and how fast.
 *
 * Starts the built server (`src/cli/serve.ts`, as `npm start` does) once on a fresh SQLite file and once on a fresh
 * PostgreSQL database, signs up a handful of trainees over HTTP, starts one practice attempt per connection on a
 * real scenario of the build, and drives `POST /api/attempts/:id/events` with autocannon. Each connection plays its
 * own attempt with consecutive sequence numbers; every event is a choice of a valid first option at point 0 (going
 * back to the first choice, which practice mode allows at any time), so each one is a new, acknowledged (201) event
 * written in its own transaction. Only 201s count as acknowledged; anything else is reported on its own.
 *
 * Settings (environment, or `--name=value` arguments with the same names in lower case without BENCH_):
 *   BENCH_CONNECTIONS (50), BENCH_DURATION seconds measured (30), BENCH_WARMUP seconds (5, not counted),
 *   BENCH_TRAINEES (5), BENCH_SCENARIO (a slug; default the largest bundle.json), BENCH_DATABASES (sqlite,postgres),
 *   BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL role that may create databases; without either,
 *   PostgreSQL is skipped), BENCH_CPU_PROF (a folder: the server runs with --cpu-prof and writes its profile there),
 *   BENCH_COMMIT (the commit to print, when the tree has no .git), BENCH_PG_PROCESSES (app processes on PostgreSQL,
 *   WEB_CONCURRENCY; default one per core; SQLite always runs one).
 *
 * Prints a markdown table with the machine, Node and commit, and writes test-results/bench-server.json.
 * Not a test: the goal lines (issue 14: SQLite ≥ 1,500 acknowledged events/s with p99 < 50 ms; PostgreSQL ≥ 1,200
 * with p99 < 80 ms; no event acknowledged and not stored) only say whether they were met.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import autocannon, { type Client, type Result } from 'autocannon';
import pg from 'pg';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { startServer as startServerProcess, type ServerProcess } from '../support/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const DATE = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
const GOALS = { sqlite: { eventsPerSecond: 1500, p99: 50 }, postgres: { eventsPerSecond: 1200, p99: 80 } };

// ---------------------------------------------------------------------------------------------- settings

const args = new Map(
  process.argv.slice(2).flatMap((a) => {
    const m = /^--([a-z-]+)=(.*)$/.exec(a);
    if (!m) {
      console.error(
        `Unknown argument ${a}: use --name=value (connections, duration, warmup, trainees, scenario, databases, cpu-prof).`,
      );
      process.exit(2);
    }
    return [[m[1]!.replace(/-/g, '_'), m[2]!] as const];
  }),
);
function setting(name: string, fallback: string): string {
  return args.get(name) ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
}
function count(name: string, fallback: number, min = 1): number {
  const v = Number(setting(name, String(fallback)));
  if (!Number.isInteger(v) || v < min) {
    console.error(`${name} must be a whole number ≥ ${min} (got "${setting(name, '')}")`);
    process.exit(2);
  }
  return v;
}
const CONNECTIONS = count('connections', 50);
const DURATION = count('duration', 30);
const WARMUP = count('warmup', 5, 0);
const TRAINEES = Math.min(count('trainees', 5), CONNECTIONS);
const DATABASES = setting('databases', 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean)
  .map((d) => {
    if (d !== 'sqlite' && d !== 'postgres') {
      console.error(`databases: "${d}" is neither sqlite nor postgres`);
      process.exit(2);
    }
    return d;
  });
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const CPU_PROF = setting('cpu_prof', '');
const PG_PROCESSES = count('pg_processes', cpus().length);

// ---------------------------------------------------------------------------------------------- the build

if (!existsSync(join(DIST, 'server', 'entry.mjs')) || !existsSync(join(DIST, 'client', 'scenarios'))) {
  console.error(
    'No build in dist/: the server benchmark runs the built server. Run `npm run build` first, then `npm run bench:server`.',
  );
  process.exit(1);
}
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}
{
  // src/cli/serve.ts and the services it starts run from the sources; the routes and the middleware from dist/.
  const sources = ['src', 'stories', 'content', 'public'].map((p) => newest(join(ROOT, p)));
  if (newest(join(DIST, 'server', 'entry.mjs')) < Math.max(...sources)) {
    console.warn('Note: dist/ is older than the sources; run `npm run build` first for figures of the current code.\n');
  }
}

/** The scenario played: BENCH_SCENARIO, or the one with the largest bundle.json (the largest story row to store). */
function scenario(): ScenarioBundle {
  const dir = join(DIST, 'client', 'scenarios');
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'bundle.json')));
  if (slugs.length === 0) throw new Error('no scenario bundle in dist/client/scenarios');
  const wanted = setting('scenario', '');
  if (wanted && !slugs.includes(wanted)) throw new Error(`scenario ${wanted}: no such bundle in dist/client/scenarios`);
  const size = (slug: string) => statSync(join(dir, slug, 'bundle.json')).size;
  const slug = wanted || [...slugs].sort((a, b) => size(b) - size(a))[0]!;
  return JSON.parse(readFileSync(join(dir, slug, 'bundle.json'), 'utf8')) as ScenarioBundle;
}

// ---------------------------------------------------------------------------------------------- the server

interface Database {
  kind: 'sqlite' | 'postgres';
  env: Record<string, string>;
  version: string;
  drop(): Promise<void>;
}

async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<Database> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
    const probe = new DatabaseSync(':memory:');
    const version = (probe.prepare('select sqlite_version() as v').get() as { v: string }).v;
    probe.close();
    return {
      kind,
      env: { DATA_DIR: dir },
      version: `SQLite ${version} (node:sqlite; WAL, synchronous=FULL)`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `rapport_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  let version: string;
  try {
    version = String((await admin.query('show server_version')).rows[0].server_version);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATABASE_URL: url.toString() },
    version: `PostgreSQL ${version} (${PG_PROCESSES} app process${PG_PROCESSES > 1 ? 'es' : ''}, pg pool of ${process.env.DATABASE_POOL_SIZE || 10} each)`,
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The process's /proc/<pid>/stat fields after the command name; null when unreadable. */
function procStat(pid: number | string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) the server has used so far, with its app processes when it runs several, from
 * /proc on Linux; null elsewhere.
 */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux); the parent is 4.
  const ticks = (fields: string[]) => Number(fields[11]) + Number(fields[12]);
  const own = procStat(pid);
  if (!own) return null;
  let total = ticks(own);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = procStat(entry);
    if (fields && Number(fields[1]) === pid) total += ticks(fields);
  }
  return total / 100;
}

async function startServer(db: Database): Promise<ServerProcess> {
  const profile = CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${resolve(CPU_PROF)}`,
        `--cpu-prof-name=server-${db.kind}-${Date.now()}.cpuprofile`,
      ]
    : [];
  return startServerProcess(
    {
      database: { env: db.env },
      nodeArgs: profile,
      env: {
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        // Sign-up is throttled per address like sign-in; every trainee here signs up from 127.0.0.1.
        LOGIN_RATE_MAX: String(Math.max(5, TRAINEES)),
        ...(db.kind === 'sqlite'
          ? { DATABASE_URL: null, WEB_CONCURRENCY: null }
          : { WEB_CONCURRENCY: String(PG_PROCESSES) }),
      },
    },
    30_000,
  );
}

// ---------------------------------------------------------------------------------------------- accounts and attempts

interface Connection {
  attemptId: string;
  cookie: string;
  /** The last sequence number the server acknowledged for this attempt. */
  seq: number;
}

async function api(origin: string, path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) {
  const res = await fetch(origin + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      origin,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

async function prepare(origin: string, bundle: ScenarioBundle): Promise<Connection[]> {
  const cookies: string[] = [];
  for (let i = 0; i < TRAINEES; i++) {
    const res = await api(origin, '/api/auth/sign-up/email', {
      body: {
        name: `Bench Trainee ${i + 1}`,
        email: `bench-trainee-${i + 1}@example.org`,
        password: `bench ${randomBytes(9).toString('base64url')} quiet harbour`,
      },
    });
    if (res.status !== 200)
      throw new Error(`sign-up of trainee ${i + 1} answered ${res.status}: ${JSON.stringify(res.json)}`);
    const session = res.headers.getSetCookie().find((c) => /^(?:__Secure-)?better-auth\.session_token=/.test(c));
    if (!session) throw new Error(`sign-up of trainee ${i + 1} set no session cookie`);
    cookies.push(session.split(';')[0]!);
  }
  const connections: Connection[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const attemptId = randomUUID();
    const cookie = cookies[i % cookies.length]!;
    const res = await api(origin, '/api/attempts', {
      cookie,
      body: { id: attemptId, scenario: bundle.slug, storyHash: bundle.hash, mode: 'practice' },
    });
    if (res.status !== 201)
      throw new Error(`starting attempt ${i + 1} answered ${res.status}: ${JSON.stringify(res.json)}`);
    connections.push({ attemptId, cookie, seq: 0 });
  }
  return connections;
}

/** Reads back every attempt's last sequence number, as the server recorded it. */
async function recordedSeqs(origin: string, connections: Connection[]): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  for (const cookie of new Set(connections.map((c) => c.cookie))) {
    const res = await api(origin, '/api/attempts', { cookie });
    if (res.status !== 200) throw new Error(`listing attempts answered ${res.status}`);
    for (const a of (res.json as { attempts: { id: string; lastSeq: number }[] }).attempts) seqs.set(a.id, a.lastSeq);
  }
  return seqs;
}

/** The recorded sequence numbers once they stop moving. */
async function settledSeqs(origin: string, connections: Connection[]): Promise<Map<string, number>> {
  let last = await recordedSeqs(origin, connections);
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await recordedSeqs(origin, connections);
    if ([...now].every(([id, seq]) => last.get(id) === seq)) return now;
    last = now;
  }
  throw new Error('the recorded events did not settle within 10 s of the warm-up');
}

// ---------------------------------------------------------------------------------------------- the load

interface Tally {
  acknowledged: number;
  byStatus: Record<string, number>;
}

/** One autocannon run; every connection sends the next event of its own attempt, and resynchronises on a 409. */
async function drive(
  origin: string,
  connections: Connection[],
  seconds: number,
  event: { point: number; index: number; text: string },
): Promise<{ result: Result; tally: Tally }> {
  const tally: Tally = { acknowledged: 0, byStatus: {} };
  let next = 0;
  const setupClient = (client: Client) => {
    const conn = connections[next++ % connections.length]!;
    const headers = { origin, cookie: conn.cookie, 'content-type': 'application/json' };
    client.setRequests([
      {
        method: 'POST',
        path: `/api/attempts/${conn.attemptId}/events`,
        headers,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ eventId: randomUUID(), seq: conn.seq + 1, type: 'choice', ...event }),
        }),
        onResponse: (status, body) => {
          tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
          if (status === 201) {
            tally.acknowledged++;
            conn.seq++;
          } else if (status === 409) {
            // An event whose answer was lost (a timeout, the end of the previous run) was recorded after all.
            try {
              const expected = (JSON.parse(body) as { error?: { expectedSeq?: number } }).error?.expectedSeq;
              if (typeof expected === 'number') conn.seq = expected - 1;
            } catch {
              // not JSON: counted above all the same
            }
          }
        },
      },
    ]);
  };
  const result = await autocannon({
    url: origin,
    connections: connections.length,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    setupClient,
  });
  return { result, tally };
}

interface Measurement {
  database: string;
  version: string;
  connections: number;
  seconds: number;
  acknowledged: number;
  acknowledgedPerSecond: number;
  /** Events the server recorded during the measured run (read back afterwards); includes any whose answer was cut off at the end. */
  recorded: number;
  /** Acknowledged events the server does not have (must be 0): per attempt, the last acknowledged number past the last stored. */
  lost: number;
  /** Stored events whose answer the end of the run cut off (at most one per connection). */
  unanswered: number;
  /** The server process's CPU time (user + system) during the measured run, per acknowledged event: steadier than rates on a busy machine. */
  serverCpuMsPerEvent: number | null;
  /** The same for this process (autocannon), which shares the machine with the server. */
  clientCpuMsPerEvent: number | null;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statuses: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests cut off by the end of the run (the server logs "Error: aborted" for each). */
  cutOff: number;
  serverErrors: string[];
}

async function measure(
  kind: 'sqlite' | 'postgres',
  bundle: ScenarioBundle,
  event: { point: number; index: number; text: string },
): Promise<Measurement> {
  const db = await freshDatabase(kind);
  let server: ServerProcess | null = null;
  try {
    server = await startServer(db);
    process.stdout.write(
      `${kind}: server at ${server.url}; signing up ${TRAINEES} trainees, starting ${CONNECTIONS} attempts… `,
    );
    const connections = await prepare(server.url, bundle);
    if (WARMUP > 0) {
      process.stdout.write(`warm-up ${WARMUP} s… `);
      await drive(server.url, connections, WARMUP, event);
    }
    // Start the measured run from what the server recorded, so no connection begins with a stale number: once
    // the events the warm-up left in flight have landed (two readings alike).
    const before = await settledSeqs(server.url, connections);
    for (const c of connections) c.seq = before.get(c.attemptId) ?? c.seq;
    const outputBefore = server.output().split('\n').length;
    process.stdout.write(`measuring ${DURATION} s… `);
    const cpuBefore = cpuSeconds(server.child.pid);
    const clientBefore = process.cpuUsage();
    const { result, tally } = await drive(server.url, connections, DURATION, event);
    const cpuAfter = cpuSeconds(server.child.pid);
    const client = process.cpuUsage(clientBefore);
    const after = await settledSeqs(server.url, connections);
    const recorded = connections.reduce(
      (sum, c) => sum + (after.get(c.attemptId) ?? 0) - (before.get(c.attemptId) ?? 0),
      0,
    );
    // Every connection's number is the last one acknowledged: the server must have stored at least that far.
    const lost = connections.reduce((sum, c) => sum + Math.max(0, c.seq - (after.get(c.attemptId) ?? 0)), 0);
    const unanswered = connections.reduce((sum, c) => sum + Math.max(0, (after.get(c.attemptId) ?? 0) - c.seq), 0);
    console.log('done');
    const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
    const logged = server.output().split('\n').slice(outputBefore);
    return {
      database: kind,
      version: db.version,
      connections: CONNECTIONS,
      seconds,
      acknowledged: tally.acknowledged,
      acknowledgedPerSecond: tally.acknowledged / seconds,
      recorded,
      lost,
      unanswered,
      serverCpuMsPerEvent:
        cpuBefore === null || cpuAfter === null || tally.acknowledged === 0
          ? null
          : ((cpuAfter - cpuBefore) * 1000) / tally.acknowledged,
      clientCpuMsPerEvent: tally.acknowledged === 0 ? null : (client.user + client.system) / 1000 / tally.acknowledged,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: result.latency.mean,
      },
      statuses: tally.byStatus,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      // Requests still being read when the load stops are cut off, and the server logs each as "Error: aborted".
      cutOff: logged.filter((l) => l.trim() === 'Error: aborted').length,
      serverErrors: logged.filter((l) => /error/i.test(l) && l.trim() !== 'Error: aborted').slice(0, 20),
    };
  } finally {
    await server?.stop();
    await db.drop();
  }
}

// ---------------------------------------------------------------------------------------------- the run

const bundle = scenario();
// A valid first option, checked against the story itself: the event the player sends for the first choice.
const first = new StoryRunner(bundle.ink as object).step().options[0];
if (!first) throw new Error(`${bundle.slug}: the story offers no first choice`);
const event = { point: 0, index: first.index, text: first.text };

// BENCH_COMMIT names the commit when the tree measured is a copy without its .git.
const commit =
  process.env.BENCH_COMMIT ||
  spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ||
  null;
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: loadavg()[0]!,
};
console.log(
  `Rapport server benchmark · ${DATE} · Node ${process.version} · ${machine.cpus} × ${machine.model} · load average ${machine.loadAverageAtStart.toFixed(2)} · commit ${commit ?? 'unknown'}`,
);
console.log(
  `POST /api/attempts/:id/events, ${bundle.slug} (practice), ${CONNECTIONS} connections (one attempt each, ${TRAINEES} trainees), ${DURATION} s after ${WARMUP} s warm-up\n`,
);

const wanted = DATABASES.filter((d) => {
  if (d === 'postgres' && !POSTGRES_URL) {
    console.log(
      'PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases) to measure it.\n',
    );
    return false;
  }
  return true;
});

const results: Measurement[] = [];
let interrupted = false;
process.once('SIGINT', () => {
  // The current run's finally stops its server and drops its database; then we stop.
  interrupted = true;
  console.log('\nInterrupted: stopping after the current database is cleaned up.');
});
for (const kind of wanted) {
  if (interrupted) break;
  results.push(await measure(kind, bundle, event));
}

const ms = (v: number) => v.toFixed(v < 10 ? 1 : 0);
console.log(
  '\n| database | acknowledged events/s | p50 ms | p99 ms | max ms | server CPU ms/event | acknowledged (stored) | lost | non-2xx | errors (timeouts) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const non2xx = Object.entries(r.statuses).filter(([s]) => !s.startsWith('2'));
  console.log(
    `| ${r.version} | ${Math.round(r.acknowledgedPerSecond).toLocaleString('en')} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p99)} | ${ms(r.latencyMs.max)} | ${r.serverCpuMsPerEvent === null ? 'n/a' : r.serverCpuMsPerEvent.toFixed(2)} | ${r.acknowledged.toLocaleString('en')} (${r.recorded.toLocaleString('en')}, ${r.unanswered} unanswered at the end) | ${r.lost} | ${non2xx.length ? non2xx.map(([s, n]) => `${n} × ${s}`).join(', ') : 0} | ${r.errors} (${r.timeouts}) |`,
  );
}
const loadAtEnd = loadavg()[0]!;
console.log(
  `\n${CONNECTIONS} connections, ${DURATION} s each; latency of 2xx answers only; load average ${machine.loadAverageAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end.`,
);
for (const r of results)
  if (r.serverErrors.length) console.log(`${r.database}: the server logged errors:\n  ${r.serverErrors.join('\n  ')}`);
for (const r of results) {
  const goal = GOALS[r.database as 'sqlite' | 'postgres'];
  const ok =
    r.acknowledgedPerSecond >= goal.eventsPerSecond &&
    r.latencyMs.p99 < goal.p99 &&
    r.lost === 0 &&
    r.non2xx === 0 &&
    r.errors === 0;
  const name = r.database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  console.log(
    `Goal: ${name} ≥ ${goal.eventsPerSecond.toLocaleString('en')} acknowledged events/s with p99 < ${goal.p99} ms, none lost, no errors: ${ok ? 'met' : 'NOT met'}.`,
  );
}

const out = join(ROOT, 'test-results/bench-server.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: DATE,
      machine: { ...machine, loadAverageAtEnd: loadAtEnd },
      node: process.version,
      commit,
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        warmupSeconds: WARMUP,
        trainees: TRAINEES,
        scenario: bundle.slug,
        storyHash: bundle.hash,
        event,
      },
      goals: GOALS,
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log(`Wrote ${relative(ROOT, out)}`);
