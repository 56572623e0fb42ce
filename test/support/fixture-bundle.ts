/** Builds a ScenarioBundle from a fixture story with the real pipeline, as the build does. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { narrowRubric } from '../../src/engine/rubric.ts';
import { storiesDir } from '../../src/pipeline/library.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function fixtureBundle(slug = 'mini', storiesDir = join(ROOT, 'test/fixtures/stories')): ScenarioBundle {
  return bundleOf(slug, storiesDir, join(ROOT, 'test/fixtures/rubric'));
}

/** A library scenario's bundle (stories/, the real rubric), as the build makes it. */
export function libraryBundle(slug: string): ScenarioBundle {
  return bundleOf(slug, storiesDir(ROOT));
}

function bundleOf(slug: string, stories: string, rubricDir?: string): ScenarioBundle {
  const { rubric } = loadRubric(ROOT, rubricDir);
  const s = loadScenario(ROOT, stories, slug, rubric);
  if (!s.json || !s.meta || !s.hash) throw new Error(`${slug} did not compile: ${JSON.stringify(s.diagnostics)}`);
  return {
    slug,
    hash: s.hash,
    meta: s.meta,
    rubric: narrowRubric(rubric, [...s.meta.focus, ...s.criteria]),
    points: s.points,
    ink: JSON.parse(s.json),
  };
}

/** A bundle straight from ink source, bypassing the library checks (for stories that must misbehave). */
export function bundleFromInk(source: string, base: ScenarioBundle = fixtureBundle()): ScenarioBundle {
  const compiler = new Compiler(
    source,
    new CompilerOptions('inline.ink', [], true, null, {
      ResolveInkFilename: (f: string) => f,
      LoadInkFileContents: () => '',
    }),
  );
  const story = compiler.Compile();
  return { ...base, hash: 'inline0000000000', points: null, ink: JSON.parse(story.ToJson()!) };
}
