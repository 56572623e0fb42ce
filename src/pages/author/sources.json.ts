/** The authoring page's starting material, served as a static file rather than inlined into the page. */
import type { APIRoute } from 'astro';
import { authoringSources } from '../../lib/authoring-sources.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await authoringSources()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
