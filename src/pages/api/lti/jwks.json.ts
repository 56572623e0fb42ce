/** Rapport's public keys as a JWKS, at a stable URL the LMS is given once: the signing key and retired keys not yet expired. */
import type { APIRoute } from 'astro';
import { json } from '../../../server/http/json.ts';
import { getApp } from '../../../lib/server-app.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  const app = await getApp();
  // A short cache: after a rotation the new key is published at once, and the old one stays published for a week.
  return json(await app.lti.jwks(), 200, { 'cache-control': 'public, max-age=300' });
};
