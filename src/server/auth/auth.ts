/**
 * better-auth, configured for Rapport: email and password (Argon2id, the password policy), sessions in
 * the database with an idle time-out, sign-in throttling kept in the database, roles as a user field
 * nobody can set through sign-up, and optional single sign-on through OpenID Connect.
 */
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { hashPassword, passwordProblem, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './password.ts';
import { databaseRateLimit } from './rate-limit.ts';
import { personNameProblem, textProblemsIn } from '../text.ts';

/** The header Rapport's server sets from the socket's address; a client's own value is dropped. */
export const CLIENT_IP_HEADER = 'x-rapport-client-ip';

const PASSWORD_PATHS = new Set(['/sign-up/email', '/change-password', '/reset-password', '/set-password']);

/** What sign-up answers for an address that cannot be used (an account has it): it does not say which it is. */
export const EMAIL_NOT_USABLE =
  'If the address can be used, the account is created at once; this one cannot be used for a new account. If it is yours, sign in instead, or use another address.';

/** The rate-limit key of sign-ins to one account (an email address as better-auth keeps it). */
export const accountThrottleKey = (email: string) => `sign-in-account:${email.trim().toLowerCase()}`;

export function createAuth(config: Config, db: Db) {
  const loginRule = { window: config.loginLimit.window, max: config.loginLimit.max };
  const addressRule = { window: config.loginLimit.window, max: config.loginLimit.addressMax };
  const throttle = databaseRateLimit(db.kysely);
  return betterAuth({
    appName: 'Rapport',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    database: { db: db.kysely, type: db.dialect },
    trustedOrigins: config.origins,
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
        // Per client address (better-auth's own key); per account is counted in the hook below.
        '/sign-in/email': addressRule,
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
        // No NUL or unpaired surrogate in any field (PostgreSQL cannot store a NUL; neither is text).
        const unstorable = textProblemsIn(ctx.body ?? {});
        if (unstorable.length)
          throw new APIError('BAD_REQUEST', {
            message: `The request is not valid: ${unstorable.join('; ')}.`,
            code: 'INVALID_TEXT',
          });
        const fields = (ctx.body ?? {}) as { name?: unknown; email?: unknown; token?: unknown };
        if (ctx.path === '/sign-up/email' || (ctx.path === '/update-user' && fields.name !== undefined)) {
          const problem = personNameProblem(fields.name);
          if (problem) throw new APIError('BAD_REQUEST', { message: problem, code: 'INVALID_NAME' });
        }
        if (ctx.path === '/sign-in/email' && typeof fields.email === 'string') {
          // Per account, whichever addresses the attempts come from (the per-address count is better-auth's).
          const { allowed, retryAfter } = await throttle.consume(accountThrottleKey(fields.email), loginRule);
          if (!allowed) {
            const after = String(retryAfter ?? loginRule.window);
            throw new APIError(
              'TOO_MANY_REQUESTS',
              { message: 'Too many sign-in attempts for this account. Try again later.', code: 'TOO_MANY_ATTEMPTS' },
              { 'Retry-After': after, 'X-Retry-After': after },
            );
          }
        }
        if (ctx.path === '/revoke-session') {
          // better-auth answers success for a token that is not the caller's; say it does not exist instead.
          const session = await getSessionFromCtx(ctx);
          const token = typeof fields.token === 'string' ? fields.token : '';
          if (session) {
            const row = await db.kysely
              .selectFrom('session')
              .select('userId')
              .where('token', '=', token)
              .executeTakeFirst();
            if (!row || row.userId !== session.user.id)
              throw new APIError('NOT_FOUND', {
                message: 'No session of yours has that token.',
                code: 'SESSION_NOT_FOUND',
              });
          }
        }
        if (ctx.path === '/sign-up/email' && typeof fields.email === 'string') {
          const taken = await db.kysely
            .selectFrom('user')
            .select('id')
            .where('email', '=', fields.email.trim().toLowerCase())
            .executeTakeFirst();
          if (taken) {
            const password = (ctx.body as { password?: unknown }).password;
            const problem = typeof password === 'string' ? passwordProblem(password, fields.email) : null;
            if (problem) throw new APIError('BAD_REQUEST', { message: problem, code: 'PASSWORD_POLICY' });
            throw new APIError('UNPROCESSABLE_ENTITY', { message: EMAIL_NOT_USABLE, code: 'EMAIL_NOT_USABLE' });
          }
        }
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
