/** The compiled story, metadata and rubric subset for one scenario, served as a static file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { playableScenarios } from '../../../lib/catalogue.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const scenarios = await playableScenarios();
  return scenarios.map((s) => {
    const bundle: ScenarioBundle = {
      slug: s.slug,
      hash: s.hash,
      meta: s.meta,
      rubric: s.rubric,
      points: s.points,
      map: s.map ?? null,
      ink: JSON.parse(s.json),
    };
    return { params: { slug: s.slug }, props: { bundle } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.bundle), { headers: { 'content-type': 'application/json; charset=utf-8' } });
