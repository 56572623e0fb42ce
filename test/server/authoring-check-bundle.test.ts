/**
 * The server's checker and the build go through one code path: a draft's two texts come out as the bundle the
 * build serves for the same scenario folder (src/lib/catalogue.ts `bundleOf` over the entry the content loader
 * stores), and meet the same checks, with the problems named by the draft's own file names and lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Rubric } from '../../src/engine/rubric.ts';
import { bundleOf } from '../../src/lib/catalogue.ts';
import { labelLibrary, scenarioBots, type LabelledLibrary } from '../../src/pipeline/draft-bots.ts';
import { checkDraft, checkScenarioTexts } from '../../src/pipeline/draft-check.ts';
import { libraryBots } from '../../src/pipeline/library-bots.ts';
import { listScenarioSlugs, loadLibrary } from '../../src/pipeline/library.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { scenarioRubric } from '../../src/pipeline/scenario-bundle.ts';
import { loadScenario, type LoadedScenario } from '../../src/pipeline/scenario-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

// catalogue.ts reads Astro's content collections, which exist only inside Astro; bundleOf needs none of them.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const STORIES = join(ROOT, 'stories');
const textsOf = (dir: string, slug: string) => ({
  slug,
  yaml: readFileSync(join(dir, slug, 'scenario.yaml'), 'utf8'),
  ink: readFileSync(join(dir, slug, 'main.ink'), 'utf8'),
});

/** What the build serves for a scenario folder: the content entry the loader stores, through bundleOf. */
function builtBundle(s: LoadedScenario, rubric: Rubric) {
  const entry = { ...s, rubric: scenarioRubric(s, rubric), diagnostics: [] };
  if (!entry.meta || !entry.json || !entry.hash) throw new Error(`${s.slug} has errors`);
  return bundleOf({ ...entry, meta: entry.meta, json: entry.json, hash: entry.hash });
}

describe('a draft and its folder', () => {
  let rubric: Rubric;
  let library: { slug: string; json: string }[];
  let labelled: LabelledLibrary;
  beforeAll(() => {
    const loaded = loadLibrary(ROOT);
    rubric = loaded.rubric;
    library = loaded.scenarios.flatMap((s) => (s.json ? [{ slug: s.slug, json: s.json }] : []));
    labelled = labelLibrary(rubric, library);
  }, 120_000);

  it('an existing story checked as a draft is the bundle the build serves, field for field', () => {
    const slug = 'small-wins';
    const built = builtBundle(loadScenario(ROOT, STORIES, slug, rubric), rubric);
    const drafted = checkDraft(textsOf(STORIES, slug), { rubric, labelled });
    expect(drafted.diagnostics).toEqual([]);
    expect(drafted.bundle).not.toBeNull();
    // As served: both through JSON, as bundle.json is written and read.
    expect(JSON.parse(JSON.stringify(drafted.bundle))).toEqual(JSON.parse(JSON.stringify(built)));
    expect(JSON.stringify(drafted.bundle)).toBe(JSON.stringify(built));
    expect(drafted.bundle!.hash).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);

  it("the bots' report on one scenario equals the library run's, scenario by scenario", () => {
    const whole = libraryBots({ rubric, scenarios: library });
    expect(whole.scenarios.length).toBe(listScenarioSlugs(STORIES).length);
    for (const s of library) {
      expect(scenarioBots(rubric, labelled, s), s.slug).toEqual(whole.scenarios.find((r) => r.slug === s.slug));
    }
  }, 120_000);

  it('a copy of a library scenario under another name meets the bots as the scenario itself does', () => {
    const original = library.find((s) => s.slug === 'small-wins')!;
    const copy = { ...original, slug: 'copy-of-small-wins' };
    // Trained on the scenario it is asked about, the classifier would pick every key.
    expect(scenarioBots(rubric, labelled, copy)).toEqual({
      ...scenarioBots(rubric, labelled, original),
      slug: copy.slug,
    });
    expect(
      checkDraft({ ...textsOf(STORIES, 'small-wins'), slug: copy.slug }, { rubric, labelled }).diagnostics,
    ).toEqual([]);
  }, 60_000);

  it('a draft whose options give the key away fails the bots as the build would, at its ink file', () => {
    const { rubric: fixtureRubric } = loadRubric(ROOT, join(ROOT, 'test/fixtures/rubric'));
    const mini = checkDraft(textsOf(join(ROOT, 'test/fixtures/stories'), 'mini'), {
      rubric: fixtureRubric,
      labelled: [],
    });
    const bots = mini.diagnostics.filter((d) => d.message.startsWith('a test-wise bot'));
    expect(bots.map((d) => d.file)).toEqual(['main.ink', 'main.ink', 'main.ink']);
    expect(mini.bundle).toBeNull();
  });
});

describe('problems in a draft are named by its files and lines', () => {
  const { rubric } = loadRubric(ROOT, join(ROOT, 'test/fixtures/rubric'));
  const mini = textsOf(join(ROOT, 'test/fixtures/stories'), 'mini');
  const folder = loadScenario(ROOT, join(ROOT, 'test/fixtures/tag-errors'), 'bad-yaml', rubric);

  it('the same problems as the folder, at the same lines, under the draft file names', () => {
    const drafted = checkScenarioTexts(textsOf(join(ROOT, 'test/fixtures/tag-errors'), 'bad-yaml'), rubric);
    const rename = (file: string) => file.replace('test/fixtures/tag-errors/bad-yaml/', '');
    expect(drafted.diagnostics).toEqual(folder.diagnostics.map((d) => ({ ...d, file: rename(d.file) })));
    expect(drafted.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(
      expect.arrayContaining(['scenario.yaml:6', 'scenario.yaml:11']),
    );
  });

  it('a field that fails validation is reported at its line of scenario.yaml', () => {
    const yaml = mini.yaml.replace('minutes: 5', 'minutes: an hour');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('minutes:')) + 1;
    const d = checkScenarioTexts({ ...mini, yaml }, rubric).diagnostics.filter((x) => x.severity === 'error');
    expect(d).toEqual([
      {
        file: 'scenario.yaml',
        line,
        severity: 'error',
        message: 'minutes: Invalid input: expected number, received string',
      },
    ]);
  });

  it('a tag error is reported at its line of the ink file, and a broken draft has no bundle', () => {
    const lines = mini.ink.split('\n');
    const at = lines.findIndex((l) => l.includes('#rubric:boundaries.gifts:+2')) + 1;
    expect(at).toBeGreaterThan(0);
    lines[at - 1] = lines[at - 1]!.replace('#rubric:boundaries.gifts:+2', '#rubric:boundaries.gifts:+3');
    const checked = checkDraft({ ...mini, ink: lines.join('\n') }, { rubric, labelled: [] });
    expect(checked.diagnostics).toContainEqual({
      file: 'main.ink',
      line: at,
      severity: 'error',
      message: 'rubric value +3 for boundaries.gifts is outside -2..+2',
    });
    expect(checked.bundle).toBeNull();
  });

  it('the ink file is named by the yaml’s main, even while other fields fail', () => {
    const yaml = `${mini.yaml.replace('minutes: 5', 'minutes: soon')}\nmain: gift.ink\n`;
    const d = checkScenarioTexts({ ...mini, yaml, ink: `${mini.ink}\n-> nowhere\n` }, rubric).diagnostics;
    expect(d.filter((x) => x.file !== 'scenario.yaml').map((x) => x.file)).toContain('gift.ink');
    expect(d.map((x) => x.file)).not.toContain('main.ink');
  });

  it('INCLUDE is refused at its line, in words an author can act on', () => {
    const ink = `INCLUDE parts/gift.ink\n${mini.ink}`;
    const d = checkScenarioTexts({ ...mini, ink }, rubric).diagnostics.filter((x) => /INCLUDE/.test(x.message));
    expect(d).toEqual([
      {
        file: 'main.ink',
        line: 1,
        severity: 'error',
        message: expect.stringMatching(
          /^INCLUDE is not supported in a scenario written in the browser.*"parts\/gift\.ink"/,
        ),
      },
    ]);
  });
});
