/**
 * Single sign-on through OpenID Connect, against a small provider run by the test: discovery, the
 * authorisation redirect, the code exchange and user info. The person signed in through it gets a
 * Rapport session and the trainee role.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/server/app.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { freshDatabase, testConfig, type FreshDatabase } from '../support/databases.ts';

const CLIENT_ID = 'rapport-test-client';
const CLIENT_SECRET = 'a-client-secret-for-the-test-provider';
const PERSON = {
  sub: 'staff-0042',
  email: 'amara.okafor@university.example',
  email_verified: true,
  name: 'Amara Okafor',
};

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...keys.publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** An ID token signed with the provider's key, as a real provider issues it. */
function idToken(nonce: string | null): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${b64({ iss: issuer, aud: CLIENT_ID, iat: now, exp: now + 300, ...(nonce ? { nonce } : {}), ...PERSON })}`;
  return `${body}.${sign('sha256', Buffer.from(body), keys.privateKey).toString('base64url')}`;
}

let provider: Server;
let issuer = '';
const codes = new Map<string, string | null>();
const tokenRequests: URLSearchParams[] = [];

beforeAll(async () => {
  provider = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
      });
    }
    if (url.pathname === '/authorize') {
      // The person "signs in" at once; the provider sends them back with a code bound to their redirect.
      const code = crypto.randomUUID();
      codes.set(code, url.searchParams.get('nonce'));
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      tokenRequests.push(form);
      const basic = req.headers.authorization?.replace(/^Basic /, '');
      const [id, secret] = basic
        ? Buffer.from(basic, 'base64').toString().split(':')
        : [form.get('client_id'), form.get('client_secret')];
      if (id !== CLIENT_ID || secret !== CLIENT_SECRET || !codes.has(form.get('code') ?? ''))
        return send(400, { error: 'invalid_grant' });
      return send(200, {
        access_token: 'access-token-for-amara',
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'openid email profile',
        id_token: idToken(codes.get(form.get('code')!) ?? null),
      });
    }
    if (url.pathname === '/jwks') {
      return send(200, { keys: [jwk] });
    }
    if (url.pathname === '/userinfo') {
      if (req.headers.authorization !== 'Bearer access-token-for-amara') return send(401, { error: 'invalid_token' });
      return send(200, PERSON);
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => provider.close(resolve));
});

describe('single sign-on through OpenID Connect', () => {
  let fresh: FreshDatabase;
  let app: App;
  const base = 'http://rapport.test';

  beforeAll(async () => {
    fresh = await freshDatabase('sqlite');
    const config = testConfig(fresh.database, {
      BASE_URL: base,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_NAME: 'University login',
    });
    ({ app } = await startApp(config, catalogOf([])));
  });

  afterAll(async () => {
    await app.close();
    await fresh.drop();
  });

  it('signs a person in with the provider and gives them a trainee session', async () => {
    const start = await app.auth.handler(
      new Request(`${base}/api/auth/sign-in/social`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ provider: 'oidc', callbackURL: '/history/' }),
      }),
    );
    expect(start.status).toBe(200);
    const { url } = (await start.json()) as { url: string };
    expect(url.startsWith(`${issuer}/authorize?`)).toBe(true);
    expect(new URL(url).searchParams.get('code_challenge_method')).toBe('S256');
    const stateCookies = start.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const authorised = await fetch(url, { redirect: 'manual' });
    expect(authorised.status).toBe(302);
    const callback = authorised.headers.get('location')!;
    expect(callback.startsWith(`${base}/api/auth/callback/oidc?`)).toBe(true);

    const done = await app.auth.handler(new Request(callback, { headers: { cookie: stateCookies } }));
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/history/');
    expect(tokenRequests.at(-1)?.get('code_verifier')).toBeTruthy();
    const sessionCookie = done.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('better-auth.session_token='));
    expect(sessionCookie).toBeDefined();

    const { user } = await app.session(new Headers({ cookie: sessionCookie! }));
    expect(user).toMatchObject({ email: PERSON.email, name: PERSON.name, role: 'trainee', demo: false });
  });

  it('refuses a callback whose state was not issued to this browser', async () => {
    const authorised = await fetch(
      `${issuer}/authorize?redirect_uri=${encodeURIComponent(`${base}/api/auth/callback/oidc`)}&state=forged`,
      {
        redirect: 'manual',
      },
    );
    const done = await app.auth.handler(new Request(authorised.headers.get('location')!));
    const location = done.headers.get('location') ?? '';
    expect(
      done.headers.getSetCookie().some((c) => c.startsWith('better-auth.session_token=') && !/Max-Age=0/.test(c)),
    ).toBe(false);
    expect(location).toMatch(/error/);
  });
});
