/**
 * Serves a build: starts Rapport's server side (migrations, the demo seed on an empty database), then
 * answers HTTP with Astro's handler behind Rapport's security headers. Stops cleanly on SIGINT/SIGTERM.
 * Run by `npm start` (after building) and by the end-to-end tests.
 *
 * WEB_CONCURRENCY=n (PostgreSQL only) runs n app processes on one port with node:cluster: this process migrates
 * and seeds once, then starts n workers, each running everything below; the operating system spreads the
 * connections between them. SQLite keeps one process: its group commit batches the events of one process, and
 * several processes writing one file would wait on each other's locks instead.
 */
import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { APP_KEY, startApp, type App } from '../server/app.ts';
import { CLIENT_IP_HEADER } from '../server/auth/auth.ts';
import { workerChecker } from '../server/authoring-check/worker-checker.ts';
import { ConfigError, loadConfig, type Config } from '../server/config.ts';
import { bodyLimitFor, checkContinue, limitBody } from '../server/http/body-limit.ts';
import { choiceRoute } from '../server/http/choice-route.ts';
import { applySecurityHeaders, pagePolicies, stampClientAddress } from '../server/http/headers.ts';
import { staticFiles } from '../server/http/static-files.ts';
import { whenWritable } from '../server/http/writable.ts';
import { fileCatalog } from '../server/services/story-catalog.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = resolve(process.env.RAPPORT_DIST ?? join(root, 'dist'));

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const processes = Number(process.env.WEB_CONCURRENCY ?? 1);
if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
  console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${process.env.WEB_CONCURRENCY}").`);
  process.exit(1);
}
if (processes > 1 && config.database.kind !== 'postgres') {
  console.error('WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL): an SQLite file is served by one process.');
  process.exit(1);
}
if (processes > 1 && cluster.isPrimary) await runPrimary(processes);

/** Migrates and seeds once, starts the workers, passes on SIGINT/SIGTERM, and replaces a worker that dies. */
async function runPrimary(count: number): Promise<never> {
  let seeded;
  try {
    const first = await startApp(config, fileCatalog(join(dist, 'client')));
    seeded = first.seeded;
    await first.app.close();
  } catch (error) {
    console.error(`Rapport could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork({ RAPPORT_WORKER: '1' });
  cluster.on('listening', () => {
    if (++listening !== count) return;
    console.log(
      `Rapport is running at http://${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? 4321}/ (${count} processes)`,
    );
    if (seeded.length) {
      console.log('Demo accounts (this database was empty; they are marked as demo in the pages):');
      for (const a of seeded) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}`);
    }
  });
  cluster.on('exit', (_worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`An app process ended (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Rapport…`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return new Promise<never>(() => {});
}

// Drafts written in the browser are checked in a separate process with time and memory limits; the first one
// reads the rubric and the library from the repository while the server starts.
const checker = workerChecker({ root });
let started;
try {
  started = await startApp(config, fileCatalog(join(dist, 'client')), { checker });
} catch (error) {
  console.error(`Rapport could not start: ${(error as Error).message}`);
  process.exit(1);
}
const app: App = started.app;
(globalThis as { [APP_KEY]?: Promise<App> })[APP_KEY] = Promise.resolve(app);

// The adapter runs in middleware mode: its handler renders on-demand routes only, and the build's static files
// are answered first by src/server/http/static-files.ts, from a list made once (no disk probe per API request).
const { handler: astro } = (await import(pathToFileURL(join(dist, 'server', 'entry.mjs')).href)) as {
  handler: (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    next?: () => void,
    locals?: Partial<App.Locals>,
  ) => Promise<void>;
};
const files = staticFiles(join(dist, 'client'));
// A choice event, the request made at every click of every trainee, is answered without Astro's pipeline, by the
// same steps as its route (src/server/http/choice-route.ts).
const choice = choiceRoute(app);
const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
  if (files.serve(req, res) !== 'pass' || choice(req, res)) return;
  void astro(req, res, undefined, { whenWritable: whenWritable(res) });
};

const https = config.baseUrl.startsWith('https://');
const headersFile = join(dist, '_headers.json');
const pages = pagePolicies(existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : []);
// Every request: the client's address (from a trusted proxy's X-Forwarded-For, else the socket), security
// headers, then the body read within MAX_BODY_BYTES (413 past it, whatever the route) before Astro sees it.
const prepare = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
  stampClientAddress(req, CLIENT_IP_HEADER, config.trustedProxies);
  applySecurityHeaders(req, res, { https, pages });
};
const server = createServer((req, res) => {
  prepare(req, res);
  limitBody(req, res, bodyLimitFor(req.method, req.url, config.maxBody), () => handler(req, res));
});
server.on('checkContinue', (req, res) => {
  prepare(req, res);
  const max = bodyLimitFor(req.method, req.url, config.maxBody);
  checkContinue(req, res, max, () => limitBody(req, res, max, () => handler(req, res)));
});

// An idle kept-alive connection is closed after 65 s rather than Node's 5 s. A client that reuses a connection
// at the moment the server closes it gets a reset (ECONNRESET); browsers retry such a request but other
// clients do not. 65 s is also longer than the usual idle timeout of a load balancer (60 s), so the balancer,
// not Rapport, closes first. headersTimeout must exceed keepAliveTimeout.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
server.listen(port, host, () => {
  // In a cluster the primary says it once, when every worker listens.
  if (cluster.isWorker) return;
  console.log(`Rapport is running at http://${host}:${port}/ (database: ${app.db.label})`);
  if (app.xapi.configured) console.log(`xAPI statements of completed attempts are sent to ${config.xapi?.endpoint}`);
  if (started.seeded.length) {
    console.log('Demo accounts (this database was empty; they are marked as demo in the pages):');
    for (const a of started.seeded) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}`);
  }
});

// With a Learning Record Store configured, completed attempts' statements are queued and sent every 10 s (the
// timer does not keep the process alive).
const stopXapi = app.xapi.configured ? app.xapi.start(10_000) : null;
// Grades of attempts at assignments linked from an LMS (LTI AGS) are queued and sent the same way; with no
// linked assignment a round is one small query.
const stopGrades = app.lti.grades.start(10_000);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping Rapport…`);
  server.close();
  server.closeAllConnections();
  await stopXapi?.();
  await stopGrades();
  await checker.close();
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
