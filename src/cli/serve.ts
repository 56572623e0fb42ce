/**
 * Serves a build: starts Rapport's server side (migrations, the demo seed on an empty database), then
 * answers HTTP with Astro's handler behind Rapport's security headers. Stops cleanly on SIGINT/SIGTERM.
 * Run by `npm start` (after building) and by the end-to-end tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { APP_KEY, startApp, type App } from '../server/app.ts';
import { CLIENT_IP_HEADER } from '../server/auth/auth.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { checkContinue, limitBody } from '../server/http/body-limit.ts';
import { applySecurityHeaders, pagePolicies, stampClientAddress } from '../server/http/headers.ts';
import { fileCatalog } from '../server/services/story-catalog.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = resolve(process.env.RAPPORT_DIST ?? join(root, 'dist'));

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

let started;
try {
  started = await startApp(config, fileCatalog(join(dist, 'client')));
} catch (error) {
  console.error(`Rapport could not start: ${(error as Error).message}`);
  process.exit(1);
}
const app: App = started.app;
(globalThis as { [APP_KEY]?: Promise<App> })[APP_KEY] = Promise.resolve(app);

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = (await import(pathToFileURL(join(dist, 'server', 'entry.mjs')).href)) as {
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
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
  limitBody(req, res, config.maxBody, () => handler(req, res));
});
server.on('checkContinue', (req, res) => {
  prepare(req, res);
  checkContinue(req, res, config.maxBody, () => limitBody(req, res, config.maxBody, () => handler(req, res)));
});

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
server.listen(port, host, () => {
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

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping Rapport…`);
  server.close();
  server.closeAllConnections();
  await stopXapi?.();
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
