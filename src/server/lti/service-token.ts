/**
 * OAuth2 client-credentials tokens for the LTI Advantage services (IMS Security Framework §4.1): Rapport asks the
 * platform's token endpoint with a JWT client assertion signed by its own key (iss and sub its client id, aud the
 * token endpoint), and keeps each token in memory until a minute before it expires, per platform and scope set.
 * A token the platform turns down (401) is dropped so the next call asks again.
 */
import { SignJWT } from 'jose';
import type { LtiPlatformTable } from '../db/schema.ts';
import type { LtiContext } from './context.ts';
import { signingKey } from './tool-keys.ts';

/** A platform's refusal in Rapport's own fixed words (and an HTTP status): safe to keep and show. */
export class PlatformError extends Error {}

const EARLY_MS = 60_000;

export function serviceTokens(ctx: LtiContext) {
  const cache = new Map<string, { token: string; until: number }>();
  const keyOf = (platform: Pick<LtiPlatformTable, 'id'>, scopes: readonly string[]) =>
    `${platform.id} ${[...scopes].sort().join(' ')}`;

  return {
    async get(
      platform: Pick<LtiPlatformTable, 'id' | 'client_id' | 'token_url'>,
      scopes: readonly string[],
      timeoutMs = 15_000,
    ): Promise<string> {
      const k = keyOf(platform, scopes);
      const held = cache.get(k);
      if (held && held.until > ctx.now().getTime()) return held.token;
      const key = await signingKey(ctx);
      const seconds = Math.floor(ctx.now().getTime() / 1000);
      const assertion = await new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .setIssuer(platform.client_id)
        .setSubject(platform.client_id)
        .setAudience(platform.token_url)
        .setIssuedAt(seconds)
        .setExpirationTime(seconds + 5 * 60)
        .setJti(crypto.randomUUID())
        .sign(key.key);
      const response = await ctx.fetch(platform.token_url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
          scope: scopes.join(' '),
        }).toString(),
        // Never a redirect (the signed assertion would follow it).
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) {
        // Only the status: the platform's words are not shown in Rapport (they reach the review page's grade line).
        await response.body?.cancel();
        throw new PlatformError(`the token endpoint answered HTTP ${response.status}`);
      }
      const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
      if (typeof body.access_token !== 'string') throw new PlatformError('the token endpoint gave no access_token');
      const life = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : 3600_000;
      cache.set(k, { token: body.access_token, until: ctx.now().getTime() + Math.max(0, life - EARLY_MS) });
      return body.access_token;
    },
    /** Forgets a token the platform refused. */
    drop(platform: Pick<LtiPlatformTable, 'id'>, scopes: readonly string[]): void {
      cache.delete(keyOf(platform, scopes));
    },
  };
}

export type ServiceTokens = ReturnType<typeof serviceTokens>;
