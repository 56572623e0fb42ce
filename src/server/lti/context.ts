/** What every LTI verb is given: the database, the clock, Rapport's address and the fetch to reach platforms with. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface LtiContext {
  db: Kysely<Database>;
  now: () => Date;
  /** Rapport's public origin (BASE_URL): the tool's issuer, and where its login and launch URLs are. */
  baseUrl: string;
  fetch: typeof fetch;
  /** Production (config.production): platform URLs must be https and public, service URLs on the platform's site (url-policy.ts). */
  production?: boolean;
}

/** The tool's own URLs, as an administrator pastes them into the LMS. */
export function toolUrls(baseUrl: string) {
  return {
    login: `${baseUrl}/lti/login`,
    launch: `${baseUrl}/lti/launch`,
    deepLink: `${baseUrl}/lti/launch`,
    jwks: `${baseUrl}/api/lti/jwks.json`,
  };
}
