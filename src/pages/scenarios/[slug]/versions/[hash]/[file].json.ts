/**
 * One version of a scenario by its hash (`bundle.json`, or `sealed.json` for a recorded assessment): the version an
 * attempt in progress began on, after a newer one was published or built. The player asks for it when the progress
 * saved in the browser names another version than the live one, so the attempt finishes on the version it began on
 * (the server scores it on that version too). A version never changes: cached for good.
 */
import type { APIRoute } from 'astro';
import { sealBundle } from '../../../../../engine/seal.ts';
import { siteCatalog } from '../../../../../lib/site-catalog.ts';

export const prerender = false;

const NOT_FOUND = () =>
  new Response(JSON.stringify({ error: { status: 404, message: 'There is no such version of this scenario.' } }), {
    status: 404,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export const GET: APIRoute = async ({ params }) => {
  const sealed = params.file === 'sealed';
  if (!sealed && params.file !== 'bundle') return NOT_FOUND();
  const bundle = await (await siteCatalog()).version(params.slug ?? '', params.hash ?? '');
  if (!bundle) return NOT_FOUND();
  return new Response(JSON.stringify(sealed ? sealBundle(bundle) : bundle), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
};
