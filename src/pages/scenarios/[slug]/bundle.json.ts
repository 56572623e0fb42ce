/** The compiled story, metadata and rubric subset for one scenario, served as a static file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleOf, playableScenarios } from '../../../lib/catalogue.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const scenarios = await playableScenarios();
  return scenarios.map((s) => ({ params: { slug: s.slug }, props: { bundle: bundleOf(s) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.bundle), { headers: { 'content-type': 'application/json; charset=utf-8' } });
