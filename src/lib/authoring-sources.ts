/** What the authoring page starts from: the blank template, every scenario's ink files, and the rubric. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getCollection } from 'astro:content';
import type { Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';
import { scenarioMetaSchema } from '../engine/scenario-meta-schema.ts';
import { storiesDir } from '../pipeline/library.ts';
import { playableScenarios } from './catalogue.ts';

// Read from the project root at build time (prerendering), not relative to the bundled module.
const templateDir = () => join(process.cwd(), 'src/cli/templates');

function inkFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ink')) out[rel] = readFileSync(join(dir, rel), 'utf8');
    }
  };
  walk('');
  return out;
}

export async function authoringSources() {
  const root = process.cwd();
  const template = {
    slug: 'new',
    title: 'A blank scenario',
    meta: scenarioMetaSchema.parse(parse(readFileSync(join(templateDir(), 'scenario.yaml'), 'utf8'))) as ScenarioMeta,
    files: { 'main.ink': readFileSync(join(templateDir(), 'main.ink'), 'utf8') },
  };
  const scenarios = (await playableScenarios()).map((s) => ({
    slug: s.slug,
    title: s.meta.title,
    meta: s.meta,
    files: inkFiles(join(storiesDir(root), s.slug)),
  }));
  const rubric: Rubric = {
    domains: (await getCollection('rubric')).map((e) => e.data).sort((a, b) => a.order - b.order),
  };
  return { template, scenarios, rubric };
}
