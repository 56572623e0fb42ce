/**
 * The platforms' public keys, fetched from each platform's JWKS URL and kept in memory per process (jose's remote
 * key set): a token whose `kid` is not in the cached set makes it fetch the set again (at most once per cooldown),
 * so a platform that rotates its key is followed at once, and a key it never published is refused.
 */
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

export interface KeySetOptions {
  /** Least time between two fetches of one set, in milliseconds (a kid that is still unknown waits for it). */
  cooldownMs?: number;
  /** Longest a fetched set is used without fetching it again, in milliseconds. */
  maxAgeMs?: number;
}

export function platformKeySets(options: KeySetOptions = {}) {
  const sets = new Map<string, JWTVerifyGetKey>();
  return (jwksUrl: string): JWTVerifyGetKey => {
    let set = sets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), {
        cooldownDuration: options.cooldownMs ?? 1_000,
        cacheMaxAge: options.maxAgeMs ?? 10 * 60_000,
        timeoutDuration: 10_000,
      });
      sets.set(jwksUrl, set);
    }
    return set;
  };
}

export type PlatformKeySets = ReturnType<typeof platformKeySets>;
