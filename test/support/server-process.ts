/**
 * The built server as a separate process, for tests that talk HTTP to it: `node src/cli/serve.ts` started
 * with a test's environment, ready once GET /api/health answers 200, its output captured, stopped with
 * SIGTERM or killed with SIGKILL. Plus a small HTTP client that keeps cookies and sends `Origin` on
 * mutations the way a browser does, and helpers to make accounts. Needs a production build (`dist/`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../src/server/db/connect.ts';
import type { Role } from '../../src/server/db/schema.ts';
import type { FreshDatabase } from './databases.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** The ports these tests may listen on: 4600–4699, or TEST_PORT_RANGE (e.g. `5100-5199`) to run beside another run. */
const portRange = /^(\d+)-(\d+)$/.exec(process.env.TEST_PORT_RANGE ?? '');
const PORTS = portRange ? { first: Number(portRange[1]), last: Number(portRange[2]) } : { first: 4600, last: 4699 };

/** A secret shared by every server a test starts (servers behind one address must share it). */
export const TEST_AUTH_SECRET = 'rapport-http-tests-secret-0123456789abcdef';

/** Variables of the test runner's own environment (Vitest adds Vite's DEV, MODE, SSR …) that must not reach a server. */
const SCRUB =
  /^(VITEST|DEV$|PROD$|MODE$|SSR$|TEST$|FORCE_TTY$|NODE_ENV$|RAPPORT_|DATABASE_|DATA_DIR$|AUTH_SECRET$|BASE_URL$|SESSION_|LOGIN_RATE_|SEED_DEMO$|OIDC_|MAX_BODY_BYTES$|PORT$|HOST$|TEST_DATABASE_URL$)/;

/**
 * Loaded into each server before serve.ts: when the test process is gone (its end of the server's stdin
 * closes, however it ended), the server kills itself, so no server outlives a crashed or killed test run.
 * Worker threads load it too (they inherit the flags) and their own stdin is empty and ends at once: only the
 * main thread listens.
 */
const DIE_WITH_PARENT = `data:text/javascript,${encodeURIComponent(
  "import { isMainThread } from 'node:worker_threads'; if (isMainThread) { process.stdin.on('end', () => process.kill(process.pid, 'SIGKILL')); process.stdin.on('error', () => {}); process.stdin.resume(); }",
)}`;

const running = new Set<ServerProcess>();
const handedOut = new Set<number>();

// A test process that dies leaves no server behind.
process.once('exit', () => {
  for (const s of running) s.child.kill('SIGKILL');
});

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port in the range above that nothing listens on and this process has not handed out already. */
export async function freePort(): Promise<number> {
  const span = PORTS.last - PORTS.first + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORTS.first + ((offset + i) % span);
    if (handedOut.has(port)) continue;
    if (await portIsFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`No free port between ${PORTS.first} and ${PORTS.last}.`);
}

export interface ServerOptions {
  /** The database: a fresh one from test/support/databases.ts, or its env (DATA_DIR or DATABASE_URL). */
  database: FreshDatabase | { env: Record<string, string> };
  /** More environment (SEED_DEMO, LOGIN_RATE_MAX, SESSION_* …); wins over the defaults; null leaves a variable unset. */
  env?: Record<string, string | null>;
  /** The port to listen on (to restart on the same address); a free one when absent. */
  port?: number;
  /** BASE_URL; by default the server's own address. Servers behind one public address share it. */
  baseUrl?: string;
  /** Extra arguments for Node itself (the server benchmark's --cpu-prof). */
  nodeArgs?: string[];
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** Where to send requests: http://127.0.0.1:PORT */
  readonly url: string;
  /** Its BASE_URL (the Origin a browser on its pages sends). */
  readonly baseUrl: string;
  readonly exited: Promise<Exit>;
  #output = '';
  #exit: Exit | null = null;

  constructor(child: ChildProcess, port: number, baseUrl: string) {
    this.child = child;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.baseUrl = baseUrl;
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.#output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.#output += s));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.#exit = { code, signal };
        running.delete(this);
        resolve(this.#exit);
      });
    });
    running.add(this);
  }

  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string {
    return this.#output;
  }

  get alive(): boolean {
    return this.#exit === null;
  }

  /** SIGTERM, and SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<Exit> {
    if (!this.alive) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL: the process ends at once, with no chance to finish anything. */
  async kill(): Promise<Exit> {
    if (!this.alive) return this.exited;
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

function serverEnv(options: ServerOptions, port: number, baseUrl: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !SCRUB.test(k)) env[k] = v;
  const merged: Record<string, string | null> = {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: baseUrl,
    AUTH_SECRET: TEST_AUTH_SECRET,
    SEED_DEMO: 'false',
    LOGIN_RATE_MAX: '1000',
    NO_COLOR: '1',
    ...options.database.env,
    ...options.env,
  };
  return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null));
}

/** Spawns `node src/cli/serve.ts` without waiting for it. */
export async function spawnServer(options: ServerOptions): Promise<ServerProcess> {
  if (!existsSync(join(DIST, 'server', 'entry.mjs'))) {
    throw new Error('There is no production build in dist/: run `npm run build` before these tests.');
  }
  const port = options.port ?? (await freePort());
  const baseUrl = options.baseUrl ?? `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', DIE_WITH_PARENT, join('src', 'cli', 'serve.ts')],
    {
      cwd: ROOT,
      env: serverEnv(options, port, baseUrl),
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  return new ServerProcess(child, port, baseUrl);
}

/** Starts a server and resolves once GET /api/health answers 200; rejects with its output if it exits first. */
export async function startServer(options: ServerOptions, timeoutMs = 45_000): Promise<ServerProcess> {
  const server = await spawnServer(options);
  try {
    await waitUntilHealthy(server, timeoutMs);
    return server;
  } catch (error) {
    await server.kill();
    throw error;
  }
}

async function waitUntilHealthy(server: ServerProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!server.alive) {
      const exit = await server.exited;
      throw new Error(
        `The server exited (code ${exit.code}, signal ${exit.signal}) before it was healthy:\n${server.output()}`,
      );
    }
    try {
      const res = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      last = `${res.status} ${await res.text()}`;
      if (res.status === 200) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `The server did not become healthy within ${timeoutMs} ms (last answer: ${last}):\n${server.output()}`,
  );
}

/** Runs a server that is expected to stop by itself (a refused configuration); kills it after `timeoutMs`. */
export async function runUntilExit(options: ServerOptions, timeoutMs = 30_000): Promise<Exit & { output: string }> {
  const server = await spawnServer(options);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
  try {
    const exit = await server.exited;
    return { ...exit, output: server.output() };
  } finally {
    clearTimeout(timer);
  }
}

/** Stops every server this test process started and has not stopped yet. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

// ---------------------------------------------------------------------------------------------------
// HTTP

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface RequestOptions {
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown;
  /** A raw body instead (the content type then comes from `headers`). */
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
  /** The Origin header: by default the client's origin on POST, PUT, PATCH and DELETE; null sends none. */
  origin?: string | null;
  signal?: AbortSignal;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser, reduced to what these tests need: a cookie jar (name → value for the one host; an expired or
 * emptied cookie is dropped, other attributes are ignored so a server must itself refuse a stale cookie),
 * and Origin on mutations. `at()` gives the same browser pointed at another server.
 */
export class Client {
  readonly target: string;
  readonly origin: string;
  readonly jar: Map<string, string>;

  constructor(target: string | ServerProcess, origin?: string, jar: Map<string, string> = new Map()) {
    this.target = typeof target === 'string' ? target : target.url;
    this.origin = origin ?? (typeof target === 'string' ? target : target.baseUrl);
    this.jar = jar;
  }

  /** The same cookies, sending requests to another server (with the same Origin). */
  at(target: string | ServerProcess): Client {
    return new Client(typeof target === 'string' ? target : target.url, this.origin, this.jar);
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  setCookie(name: string, value: string): void {
    this.jar.set(name, value);
  }

  get sessionToken(): string | undefined {
    return this.jar.get('better-auth.session_token');
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const origin = options.origin === undefined ? (SAFE.has(method) ? null : this.origin) : options.origin;
    if (origin !== null) headers['origin'] = origin;
    if (this.jar.size) headers['cookie'] = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: RequestInit['body'];
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = options.body as RequestInit['body'];
    }
    const init: RequestInit & { duplex?: 'half' } = { method, headers, redirect: 'manual' };
    if (body !== undefined) init.body = body;
    if (options.body instanceof ReadableStream) init.duplex = 'half';
    if (options.signal) init.signal = options.signal;
    const res = await fetch(`${this.target}${path}`, init);
    for (const line of res.headers.getSetCookie()) this.#store(line);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }
  post(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request('POST', path, json === undefined ? options : { ...options, json });
  }
  patch(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request('PATCH', path, json === undefined ? options : { ...options, json });
  }
  delete(path: string, options?: RequestOptions) {
    return this.request('DELETE', path, options);
  }

  #store(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const eq = pair!.indexOf('=');
    if (eq < 0) return;
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [k, v] = a.split('=').map((s) => s.trim());
      if (k!.toLowerCase() === 'max-age') return Number(v) <= 0;
      if (k!.toLowerCase() === 'expires') return Date.parse(v ?? '') <= Date.now();
      return false;
    });
    if (expired || value === '') this.jar.delete(name);
    else this.jar.set(name, value);
  }
}

// ---------------------------------------------------------------------------------------------------
// Accounts

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  /** A browser signed in as this person. */
  client: Client;
}

let serial = 0;

/** A unique address and a password the policy accepts. */
export function newCredentials(label = 'user'): { email: string; password: string; name: string } {
  serial += 1;
  // better-auth keeps addresses in lower case.
  label = label.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const tag = `${Date.now().toString(36)}${serial}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `${label}.${tag}@rapport.test`, password: `correct horse ${tag} staple`, name: `${label} ${serial}` };
}

/** Signs up through /api/auth/sign-up/email (which signs the new person in); fails unless that answers 200. */
export async function signUp(server: ServerProcess | Client, label = 'user'): Promise<TestUser> {
  const client = server instanceof Client ? server : new Client(server);
  const creds = newCredentials(label);
  const res = await client.post('/api/auth/sign-up/email', creds);
  if (res.status !== 200) throw new Error(`sign-up answered ${res.status}: ${res.text}`);
  if (!client.sessionToken) throw new Error('sign-up set no session cookie');
  return { ...creds, id: res.body.user.id as string, role: 'trainee', client };
}

/** Signs in through /api/auth/sign-in/email with a fresh cookie jar (another browser); returns the reply too. */
export async function signIn(
  server: ServerProcess | Client,
  email: string,
  password: string,
): Promise<{ client: Client; res: Reply }> {
  const client = server instanceof Client ? new Client(server.target, server.origin) : new Client(server);
  const res = await client.post('/api/auth/sign-in/email', { email, password });
  return { client, res };
}

/**
 * Gives a person a role by writing the user table directly (only an admin can change roles over HTTP).
 * The role is read from the database on every request, so the signed-in session sees it at once.
 */
export async function setRole(db: Db, user: TestUser, role: Role): Promise<TestUser> {
  await db.kysely.updateTable('user').set({ role }).where('id', '=', user.id).execute();
  return { ...user, role };
}

/** Opens the test's database from this process, for checking what was (or was not) stored. */
export function openTestDatabase(fresh: FreshDatabase): Db {
  return openDatabase(
    fresh.kind === 'postgres' && fresh.database.kind === 'postgres'
      ? { ...fresh.database, poolSize: 2 }
      : fresh.database,
  );
}
