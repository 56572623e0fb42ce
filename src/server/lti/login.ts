/**
 * OIDC third-party-initiated login (LTI 1.3 core §5.1.1): the platform sends the browser to Rapport with its
 * issuer, a login hint and the target; Rapport answers with a redirect to the platform's authorisation endpoint
 * carrying a fresh state and nonce. The state is also set as a cookie, so the launch that comes back must be in
 * the same browser; the row is used once by the launch.
 */
import { Problem } from '../core/errors.ts';
import type { RateLimitStorage } from '../auth/rate-limit.ts';
import { toolUrls, type LtiContext } from './context.ts';

/** How long a login may take before its launch is refused. */
export const LOGIN_SECONDS = 10 * 60;

export const STATE_COOKIE = 'rapport-lti-state';

/**
 * Logins one client address may start a minute: each writes a row, and anyone may ask. A class launching together
 * from one school's address stays well under it; a loop does not.
 */
export const LOGIN_LIMIT = { window: 60, max: 60 };

export interface LoginParams {
  iss?: string | null;
  login_hint?: string | null;
  target_link_uri?: string | null;
  lti_message_hint?: string | null;
  client_id?: string | null;
  lti_deployment_id?: string | null;
}

export interface LoginRedirect {
  /** The platform's authorisation endpoint with the OIDC parameters. */
  location: string;
  state: string;
}

/** `client`: the request's address and the limiter, on the HTTP path (the services' tests start logins without). */
export async function startLogin(
  ctx: LtiContext,
  params: LoginParams,
  client?: { address: string; limiter: RateLimitStorage },
): Promise<LoginRedirect> {
  if (client) {
    const { allowed } = await client.limiter.consume(`lti-login:${client.address}`, LOGIN_LIMIT);
    if (!allowed)
      throw new Problem(
        429,
        'Too many launches from this address just now. Wait a minute, then open the activity again.',
      );
  }
  const issuer = (params.iss ?? '').replace(/\/+$/, '');
  if (!issuer || !params.login_hint)
    throw new Problem(
      400,
      'The learning platform did not send an issuer and a login hint, so the launch cannot begin.',
    );
  let q = ctx.db.selectFrom('lti_platform').selectAll().where('issuer', '=', issuer);
  if (params.client_id) q = q.where('client_id', '=', params.client_id);
  const platforms = await q.execute();
  if (platforms.length === 0)
    throw new Problem(
      400,
      'This learning platform is not registered with Rapport. Ask an administrator to register it at /admin/lti/.',
    );
  if (platforms.length > 1)
    throw new Problem(400, 'Several registrations share this issuer: the platform must send its client_id.');
  const platform = platforms[0]!;
  const state = crypto.randomUUID();
  const nonce = crypto.randomUUID();
  const at = ctx.now();
  await ctx.db
    .insertInto('lti_login')
    .values({
      state,
      nonce,
      platform_id: platform.id,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + LOGIN_SECONDS * 1000).toISOString(),
    })
    .execute();
  // Logins never completed are of no use: drop the expired ones as new ones come.
  await ctx.db.deleteFrom('lti_login').where('expires_at', '<', at.toISOString()).execute();
  const url = new URL(platform.auth_url);
  const query = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.client_id,
    redirect_uri: toolUrls(ctx.baseUrl).launch,
    login_hint: params.login_hint,
    state,
    nonce,
    ...(params.lti_message_hint ? { lti_message_hint: params.lti_message_hint } : {}),
  };
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return { location: url.toString(), state };
}
