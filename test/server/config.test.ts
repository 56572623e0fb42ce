/** Configuration from the environment: defaults, and a refusal naming the variable for anything unusable. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.ts';
import { clientAddress } from '../../src/server/http/headers.ts';

const SECRET = 's'.repeat(32);
const PRODUCTION = { NODE_ENV: 'production', AUTH_SECRET: SECRET, BASE_URL: 'https://rapport.example.org' };

/** The ConfigError `env` is refused with; fails the test when the configuration loads. */
function refusal(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig', () => {
  it('has a usable default for everything in development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      production: false,
      baseUrl: 'http://localhost:4321',
      database: { kind: 'sqlite', file: resolve('data', 'rapport.sqlite') },
      sessionIdle: 2 * 60 * 60,
      sessionAbsolute: 12 * 60 * 60,
      loginLimit: { max: 5, window: 60, addressMax: 30 },
      trustedProxies: [],
      origins: ['http://localhost:4321', 'http://127.0.0.1:4321', 'http://[::1]:4321'],
      seedDemo: true,
      oidc: null,
      maxBody: 64 * 1024,
      xapi: null,
    });
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads each setting it is given', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATA_DIR: 'var/rapport',
      AUTH_SECRET: SECRET,
      SESSION_IDLE_SECONDS: '900',
      SESSION_ABSOLUTE_SECONDS: '3600',
      LOGIN_RATE_MAX: '3',
      LOGIN_RATE_WINDOW_SECONDS: '120',
      SEED_DEMO: 'no',
      MAX_BODY_BYTES: '1024',
    });
    expect(config).toMatchObject({
      baseUrl: 'http://localhost:8080',
      database: { kind: 'sqlite', file: resolve('var/rapport', 'rapport.sqlite') },
      authSecret: SECRET,
      sessionIdle: 900,
      sessionAbsolute: 3600,
      loginLimit: { max: 3, window: 120 },
      seedDemo: false,
      maxBody: 1024,
    });
    expect(loadConfig({ HOST: 'rapport.local', PORT: '80' }).baseUrl).toBe('http://rapport.local:80');
    expect(loadConfig({ BASE_URL: 'https://rapport.example.org/' }).baseUrl).toBe('https://rapport.example.org');
    expect(loadConfig({ SEED_DEMO: 'TRUE' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: '' }).seedDemo).toBe(true);
  });

  it('reads TRUSTED_PROXIES and LOGIN_RATE_ADDRESS_MAX, and refuses a proxy that is not an IP address', () => {
    const config = loadConfig({ TRUSTED_PROXIES: ' 10.0.0.2, ::1 ', LOGIN_RATE_ADDRESS_MAX: '12' });
    expect(config.trustedProxies).toEqual(['10.0.0.2', '::1']);
    expect(config.loginLimit.addressMax).toBe(12);
    expect(refusal({ TRUSTED_PROXIES: '10.0.0.2,proxy.internal' }).message).toMatch(
      /TRUSTED_PROXIES .*"proxy.internal"/,
    );
  });

  it('accepts the loopback twins of a loopback BASE_URL in development only', () => {
    expect(loadConfig({ BASE_URL: 'http://127.0.0.1:5000' }).origins).toEqual([
      'http://127.0.0.1:5000',
      'http://localhost:5000',
      'http://[::1]:5000',
    ]);
    expect(loadConfig({ ...PRODUCTION, BASE_URL: 'http://localhost:4321' }).origins).toEqual(['http://localhost:4321']);
    expect(loadConfig({ BASE_URL: 'https://rapport.example.org' }).origins).toEqual(['https://rapport.example.org']);
  });

  it('takes the client address from X-Forwarded-For only through a trusted proxy, past trusted hops', () => {
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', [])).toBe('127.0.0.1');
    expect(clientAddress('198.51.100.7', '203.0.113.9', ['10.0.0.2'])).toBe('198.51.100.7');
    expect(clientAddress('::ffff:10.0.0.2', '203.0.113.9', ['10.0.0.2'])).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.3', ['10.0.0.2', '10.0.0.3'])).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', 'not-an-address', ['10.0.0.2'])).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', undefined, ['10.0.0.2'])).toBe('10.0.0.2');
  });

  it('refuses production without AUTH_SECRET and BASE_URL, naming each one missing', () => {
    const both = refusal({ NODE_ENV: 'production' });
    expect(both.name).toBe('ConfigError');
    expect(both.message).toMatch(/production/);
    expect(both.message).toContain('AUTH_SECRET');
    expect(both.message).toContain('BASE_URL');
    const noSecret = refusal({ ...PRODUCTION, AUTH_SECRET: undefined });
    expect(noSecret.message).toContain('AUTH_SECRET');
    expect(noSecret.message).not.toContain('BASE_URL');
    const noBase = refusal({ ...PRODUCTION, BASE_URL: undefined });
    expect(noBase.message).toContain('BASE_URL');
    expect(noBase.message).not.toContain('AUTH_SECRET');
    // An empty secret is as good as none.
    expect(refusal({ ...PRODUCTION, AUTH_SECRET: '' }).message).toContain('AUTH_SECRET');
    // RAPPORT_ENV decides over NODE_ENV.
    expect(refusal({ RAPPORT_ENV: 'production', NODE_ENV: 'development' }).message).toContain('AUTH_SECRET');
    expect(loadConfig({ RAPPORT_ENV: 'development', NODE_ENV: 'production' }).production).toBe(false);
  });

  it('runs in production when given both, and never seeds the demo there', () => {
    const config = loadConfig({ ...PRODUCTION, SEED_DEMO: 'true' });
    expect(config).toMatchObject({
      production: true,
      baseUrl: PRODUCTION.BASE_URL,
      authSecret: SECRET,
      seedDemo: false,
    });
  });

  it('refuses a secret shorter than 32 characters, in development too', () => {
    for (const env of [{ ...PRODUCTION, AUTH_SECRET: 's'.repeat(31) }, { AUTH_SECRET: 'short' }]) {
      const problem = refusal(env);
      expect(problem.message).toContain('AUTH_SECRET');
      expect(problem.message).toContain('32');
    }
    expect(loadConfig({ AUTH_SECRET: 's'.repeat(32) }).authSecret).toBe('s'.repeat(32));
  });

  it('refuses numbers that are not whole and above zero, naming the variable and the value', () => {
    const names = [
      'SESSION_IDLE_SECONDS',
      'SESSION_ABSOLUTE_SECONDS',
      'LOGIN_RATE_MAX',
      'LOGIN_RATE_WINDOW_SECONDS',
      'DATABASE_POOL_SIZE',
      'MAX_BODY_BYTES',
    ];
    for (const name of names) {
      for (const value of ['abc', '0', '-5', '1.5', '12s']) {
        const problem = refusal({ [name]: value });
        expect(problem.message, `${name}=${value}`).toContain(name);
        expect(problem.message).toContain(`"${value}"`);
      }
    }
    // Several at once are all named.
    const several = refusal({ SESSION_IDLE_SECONDS: 'x', LOGIN_RATE_MAX: '0' });
    expect(several.message).toContain('SESSION_IDLE_SECONDS');
    expect(several.message).toContain('LOGIN_RATE_MAX');
  });

  it('refuses a BASE_URL that is not an absolute URL and an unknown RAPPORT_ENV', () => {
    expect(refusal({ BASE_URL: 'rapport.example.org' }).message).toContain('BASE_URL');
    expect(refusal({ RAPPORT_ENV: 'staging' }).message).toContain('RAPPORT_ENV');
  });

  it('needs all three xAPI settings or none, and an http(s) endpoint', () => {
    const full = { XAPI_ENDPOINT: 'https://lrs.example.org/xapi/', XAPI_USERNAME: 'key', XAPI_PASSWORD: 'secret' };
    expect(loadConfig(full).xapi).toEqual({
      endpoint: 'https://lrs.example.org/xapi',
      username: 'key',
      password: 'secret',
    });
    for (const missing of Object.keys(full)) {
      const problem = refusal({ ...full, [missing]: undefined });
      for (const name of Object.keys(full)) expect(problem.message).toContain(name);
    }
    expect(refusal({ ...full, XAPI_ENDPOINT: 'lrs.example.org' }).message).toContain('XAPI_ENDPOINT');
    expect(refusal({ ...full, XAPI_ENDPOINT: 'ftp://lrs.example.org/' }).message).toContain('XAPI_ENDPOINT');
    expect(loadConfig({ XAPI_ENDPOINT: '' }).xapi).toBeNull();
  });

  it('needs all three OIDC settings or none, naming all three', () => {
    const full = {
      OIDC_ISSUER: 'https://id.example.org/realms/rapport/',
      OIDC_CLIENT_ID: 'rapport',
      OIDC_CLIENT_SECRET: 'client-secret',
    };
    for (const missing of Object.keys(full) as (keyof typeof full)[]) {
      const problem = refusal({ ...full, [missing]: undefined });
      for (const name of Object.keys(full)) expect(problem.message, `without ${missing}`).toContain(name);
    }
    expect(refusal({ OIDC_CLIENT_ID: 'rapport' }).message).toContain('OIDC_ISSUER');
    expect(refusal({ ...full, OIDC_ISSUER: 'not a url' }).message).toContain('OIDC_ISSUER');
    expect(loadConfig({ ...full, OIDC_NAME: 'Example University' }).oidc).toEqual({
      providerId: 'oidc',
      name: 'Example University',
      discoveryUrl: 'https://id.example.org/realms/rapport/.well-known/openid-configuration',
      clientId: 'rapport',
      clientSecret: 'client-secret',
    });
    expect(loadConfig(full).oidc?.name).toBe('your organisation');
  });

  it('chooses PostgreSQL when DATABASE_URL is set, and refuses a URL for another database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/rapport' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db.internal:5432/rapport',
      poolSize: 10,
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/rapport', DATABASE_POOL_SIZE: '25' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://db/rapport',
      poolSize: 25,
    });
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('sqlite');
    for (const url of ['mysql://db/rapport', 'sqlite:rapport.db', 'db.internal'])
      expect(refusal({ DATABASE_URL: url }).message).toContain('DATABASE_URL');
  });
});
