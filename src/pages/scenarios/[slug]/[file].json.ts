/**
 * `bundle.json` and `sealed.json` of a scenario published in the browser, made on request from its live release:
 * the same JSON as the build writes for its own scenarios ([slug]/bundle.json.ts, [slug]/sealed.json.ts, which
 * Astro serves first; it sends a request here only when they have no such path). A release never changes, so
 * its hash is the ETag; the address follows the live release, so a browser asks again each time (a 304 while
 * the same release is live).
 */
import type { APIRoute } from 'astro';
import { sealBundle } from '../../../engine/seal.ts';
import { siteCatalog } from '../../../lib/site-catalog.ts';

export const prerender = false;

const NOT_FOUND = () =>
  new Response(JSON.stringify({ error: { status: 404, message: 'There is no such scenario.' } }), {
    status: 404,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export const GET: APIRoute = async ({ params, request }) => {
  const sealed = params.file === 'sealed';
  if (!sealed && params.file !== 'bundle') return NOT_FOUND();
  const found = await (await siteCatalog()).find(params.slug ?? '');
  if (!found) return NOT_FOUND();
  const etag = `"${sealed ? 'sealed-' : ''}${found.bundle.hash}"`;
  const headers = { etag, 'cache-control': 'public, no-cache', 'content-type': 'application/json; charset=utf-8' };
  if (
    request.headers
      .get('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(sealed ? sealBundle(found.bundle) : found.bundle), { headers });
};
