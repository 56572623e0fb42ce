/**
 * Rapport's configuration, read once from environment variables. Every variable is documented in the
 * README with its default; a value that cannot be used stops the start with a message naming it.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

export interface OidcConfig {
  providerId: string;
  name: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface Config {
  production: boolean;
  /** The public origin, e.g. https://rapport.example.org; cookies, CSRF and OIDC callbacks use it. */
  baseUrl: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number };
  authSecret: string;
  /** Seconds without activity before a session ends. */
  sessionIdle: number;
  /** Seconds after sign-in at which a session ends however active it is. */
  sessionAbsolute: number;
  /**
   * Sign-in attempts allowed per window: `max` per account (and per client address for sign-up and password
   * changes), `addressMax` sign-ins per client address whatever the accounts.
   */
  loginLimit: { max: number; window: number; addressMax: number };
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed: a request from one of them is counted
   * against the client address it names. Empty: the socket's address is the client's.
   */
  trustedProxies: string[];
  /**
   * Origins a browser may send requests from: BASE_URL's, and in development its loopback twins
   * (localhost, 127.0.0.1 and [::1] on the same port), so signing in works at whichever one was typed.
   */
  origins: string[];
  /** Seed the demo organisation on an empty database (never in production). */
  seedDemo: boolean;
  oidc: OidcConfig | null;
  /** Largest request body accepted by the API, in bytes. */
  maxBody: number;
  /** A Learning Record Store that receives every completed attempt's xAPI statements; null when none is configured. */
  xapi: XapiConfig | null;
}

export interface XapiConfig {
  /** The LRS's xAPI endpoint without a trailing slash; statements go to `${endpoint}/statements`. */
  endpoint: string;
  username: string;
  password: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A secret good enough for a machine nobody else reaches; never used in production. */
const DEVELOPMENT_SECRET = 'rapport-development-secret-not-for-production-use';

const seconds = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number of seconds above 0 (got "${v}")` });
        return z.NEVER;
      }
      return n;
    });

const flag = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : /^(1|true|yes|on)$/i.test(v)));

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  RAPPORT_ENV: z.enum(['development', 'production', 'test']).optional(),
  BASE_URL: z
    .url({ message: 'BASE_URL must be an absolute URL such as https://rapport.example.org' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HOST: z.string().optional(),
  PORT: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('')),
  DATABASE_POOL_SIZE: seconds('DATABASE_POOL_SIZE', 10),
  DATA_DIR: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  SESSION_IDLE_SECONDS: seconds('SESSION_IDLE_SECONDS', 2 * 60 * 60),
  SESSION_ABSOLUTE_SECONDS: seconds('SESSION_ABSOLUTE_SECONDS', 12 * 60 * 60),
  LOGIN_RATE_MAX: seconds('LOGIN_RATE_MAX', 5),
  LOGIN_RATE_WINDOW_SECONDS: seconds('LOGIN_RATE_WINDOW_SECONDS', 60),
  LOGIN_RATE_ADDRESS_MAX: seconds('LOGIN_RATE_ADDRESS_MAX', 30),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = list.filter((a) => isIP(a) === 0);
      if (bad.length) {
        ctx.addIssue({
          code: 'custom',
          message: `TRUSTED_PROXIES must be a comma-separated list of IP addresses (not ${bad.map((b) => `"${b}"`).join(', ')})`,
        });
        return z.NEVER;
      }
      return list;
    }),
  SEED_DEMO: flag,
  OIDC_ISSUER: z.url({ message: 'OIDC_ISSUER must be the provider URL' }).optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().optional(),
  MAX_BODY_BYTES: seconds('MAX_BODY_BYTES', 64 * 1024),
  XAPI_ENDPOINT: z
    .url({ message: "XAPI_ENDPOINT must be the absolute URL of a Learning Record Store's xAPI endpoint" })
    .regex(/^https?:\/\//, 'XAPI_ENDPOINT must be an http:// or https:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  XAPI_USERNAME: z.string().optional(),
  XAPI_PASSWORD: z.string().optional(),
});

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Rapport cannot start: the configuration is not usable.\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = (e.RAPPORT_ENV ?? e.NODE_ENV) === 'production';
  const missing: string[] = [];
  if (production && !e.AUTH_SECRET)
    missing.push('AUTH_SECRET (a random string of at least 32 characters, e.g. `openssl rand -base64 48`)');
  if (production && !e.BASE_URL) missing.push('BASE_URL (the public address, e.g. https://rapport.example.org)');
  if (missing.length) {
    throw new ConfigError(`Rapport cannot start in production without:\n${missing.map((m) => `  ${m}`).join('\n')}`);
  }
  if (e.AUTH_SECRET !== undefined && e.AUTH_SECRET.length < 32) {
    throw new ConfigError('Rapport cannot start: AUTH_SECRET must be at least 32 characters long.');
  }
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new ConfigError(
      'Rapport cannot start: single sign-on needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.',
    );
  }
  const xapiParts = [e.XAPI_ENDPOINT, e.XAPI_USERNAME, e.XAPI_PASSWORD];
  if (xapiParts.some(Boolean) && !xapiParts.every(Boolean)) {
    throw new ConfigError(
      'Rapport cannot start: sending xAPI statements needs all of XAPI_ENDPOINT, XAPI_USERNAME and XAPI_PASSWORD.',
    );
  }
  const host = e.HOST ?? 'localhost';
  const port = e.PORT ?? '4321';
  const baseUrl = (e.BASE_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, '');
  return {
    production,
    baseUrl,
    origins: allowedOrigins(baseUrl, production),
    trustedProxies: e.TRUSTED_PROXIES,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'sqlite', file: resolve(e.DATA_DIR ?? 'data', 'rapport.sqlite') },
    authSecret: e.AUTH_SECRET ?? DEVELOPMENT_SECRET,
    sessionIdle: e.SESSION_IDLE_SECONDS,
    sessionAbsolute: e.SESSION_ABSOLUTE_SECONDS,
    loginLimit: { max: e.LOGIN_RATE_MAX, window: e.LOGIN_RATE_WINDOW_SECONDS, addressMax: e.LOGIN_RATE_ADDRESS_MAX },
    seedDemo: !production && (e.SEED_DEMO ?? true),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            providerId: 'oidc',
            name: e.OIDC_NAME ?? 'your organisation',
            discoveryUrl: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
          }
        : null,
    maxBody: e.MAX_BODY_BYTES,
    xapi:
      e.XAPI_ENDPOINT && e.XAPI_USERNAME && e.XAPI_PASSWORD
        ? { endpoint: e.XAPI_ENDPOINT.replace(/\/+$/, ''), username: e.XAPI_USERNAME, password: e.XAPI_PASSWORD }
        : null,
  };
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** BASE_URL's origin; in development, when it is a loopback address, the other loopback names on its port too. */
export function allowedOrigins(baseUrl: string, production: boolean): string[] {
  const url = new URL(baseUrl);
  if (production || url.protocol !== 'http:' || !LOOPBACK.includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : '';
  return [url.origin, ...LOOPBACK.map((h) => `http://${h}${port}`).filter((o) => o !== url.origin)];
}
