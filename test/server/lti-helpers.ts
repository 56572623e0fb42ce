/**
 * Pieces shared by the LTI service tests: an app with the mini scenario and the test platform
 * (test/support/lti-platform.ts) registered with it, launches through the OIDC login as the platform's browser makes
 * them, and an assessed activity made by deep linking.
 */
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import type { DatabaseKind } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { startPlatform, type LtiPlatform } from '../support/lti-platform.ts';
import { insertUser, openApp, type TestApp } from './helpers.ts';

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
/** Where the app says it is served. */
export const BASE = 'https://rapport.test';
export const mini = fixtureBundle('mini');

/**
 * An app serving the mini scenario at BASE and the platform an administrator registered there, both on `now`; what
 * started is closed again if the rest does not.
 */
export async function openLtiApp(kind: DatabaseKind, now: () => Date): Promise<{ t: TestApp; platform: LtiPlatform }> {
  const t = await openApp(kind, catalogOf([mini]), { BASE_URL: BASE }, { now });
  let platform: LtiPlatform | undefined;
  try {
    platform = await startPlatform(BASE, { toolJwks: () => t.app.lti.jwks(), now });
    await t.app.lti.register(await insertUser(t.app, 'admin'), platform.registration);
    return { t, platform };
  } catch (error) {
    await platform?.close();
    await t.close();
    throw error;
  }
}

/** The OIDC login, then the launch with the id token the platform signs over `claims(nonce)` at `now`. */
export async function launchWith(
  t: TestApp,
  platform: LtiPlatform,
  now: () => Date,
  claims: (nonce: string) => Record<string, unknown>,
) {
  const login = await t.app.lti.login({ iss: platform.issuer, login_hint: 'x', client_id: platform.clientId });
  const nonce = new URL(login.location).searchParams.get('nonce')!;
  return t.app.lti.launch(
    { id_token: await platform.idToken(claims(nonce), { now: now() }), state: login.state },
    login.state,
  );
}

/** The claims that make a launch an instructor's deep-linking request, with these settings. */
export const deepLinkingRequest = (settings: Record<string, unknown>) => ({
  [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
  [`${LTI}resource_link`]: undefined,
  [`${DL}deep_linking_settings`]: settings,
});

/**
 * Answers a deep-linking launch (its `target` carries the ticket) with an assessment of mini called `title`, open
 * through November and December 2026, any number of attempts; `choice` is the LMS-side settings. Answers the
 * assignment made.
 */
export async function linkAssessment(
  t: TestApp,
  actor: Actor,
  deep: { target: string },
  title: string,
  choice: Record<string, unknown> = {},
) {
  const ticket = decodeURIComponent(/ticket=([^&]+)/.exec(deep.target)![1]!);
  const input = {
    title,
    scenarios: ['mini'],
    mode: 'assessment',
    opensAt: '2026-11-01',
    dueAt: '2026-12-31',
    attemptsAllowed: null,
    passMarks: {},
  };
  return (await t.app.lti.deepLinkReturn(actor, ticket, input, choice)).assignment;
}
