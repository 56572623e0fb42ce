/**
 * better-auth, configured for Rapport: email and password (Argon2id, the password policy), sessions in
 * the database with an idle time-out, sign-in throttling kept in the database, roles as a user field
 * nobody can set through sign-up, and optional single sign-on through OpenID Connect.
 */
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { hashPassword, passwordProblem, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './password.ts';
import { databaseRateLimit } from './rate-limit.ts';

/** The header Rapport's server sets from the socket's address; a client's own value is dropped. */
export const CLIENT_IP_HEADER = 'x-rapport-client-ip';

const PASSWORD_PATHS = new Set(['/sign-up/email', '/change-password', '/reset-password', '/set-password']);

export function createAuth(config: Config, db: Db) {
  const loginRule = { window: config.loginLimit.window, max: config.loginLimit.max };
  return betterAuth({
    appName: 'Rapport',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    database: { db: db.kysely, type: db.dialect },
    trustedOrigins: [config.baseUrl],
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'trainee', input: false },
        demo: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: config.sessionIdle,
      // Sliding idle time-out: a session in use is extended at most every few minutes.
      updateAge: Math.max(1, Math.min(300, Math.floor(config.sessionIdle / 4))),
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': loginRule,
        '/sign-up/email': loginRule,
        '/change-password': loginRule,
        '/request-password-reset': loginRule,
      },
      customStorage: databaseRateLimit(db.kysely),
    },
    advanced: {
      useSecureCookies: config.baseUrl.startsWith('https://'),
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!PASSWORD_PATHS.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown; email?: unknown };
        const password = typeof body.newPassword === 'string' ? body.newPassword : body.password;
        if (typeof password !== 'string') return;
        const problem = passwordProblem(password, typeof body.email === 'string' ? body.email : undefined);
        if (problem) throw new APIError('BAD_REQUEST', { message: problem, code: 'PASSWORD_POLICY' });
      }),
    },
    plugins: config.oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: config.oidc.providerId,
                discoveryUrl: config.oidc.discoveryUrl,
                clientId: config.oidc.clientId,
                clientSecret: config.oidc.clientSecret,
                scopes: ['openid', 'email', 'profile'],
                pkce: true,
              },
            ],
          }),
        ]
      : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
