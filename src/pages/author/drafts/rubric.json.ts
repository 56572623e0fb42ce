/**
 * The rubric for the draft editor (issue 15): the focus criteria to tick, the ids the checker knows and the
 * rubric the preview scores with. A static file of its own, so the editor does not fetch the sandbox's
 * sources (every scenario's ink) for it.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Rubric } from '../../../engine/rubric.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const rubric: Rubric = {
    domains: (await getCollection('rubric')).map((e) => e.data).sort((a, b) => a.order - b.order),
  };
  return new Response(JSON.stringify(rubric), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
