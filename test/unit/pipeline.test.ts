/**
 * The content pipeline on fixture folders: rubric loading, scenario loading, and every problem
 * reported as a diagnostic with the repository path, the line and a message an author can act on.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/engine/diagnostics.ts';
import type { Rubric } from '../../src/engine/rubric.ts';
import { compileInk } from '../../src/pipeline/compile-ink.ts';
import { LibraryError, listScenarioSlugs } from '../../src/pipeline/library.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario, storyHash } from '../../src/pipeline/scenario-files.ts';
import { fieldName } from '../../src/pipeline/yaml-file.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
const FIXTURES = join(ROOT, 'test/fixtures');
const TAG_ERRORS = join(FIXTURES, 'tag-errors');

let rubric: Rubric;
beforeAll(() => {
  const loaded = loadRubric(ROOT, join(FIXTURES, 'rubric'));
  expect(loaded.diagnostics).toEqual([]);
  rubric = loaded.rubric;
});

const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');

describe('loadRubric', () => {
  it('loads the fixture rubric without diagnostics, domains in order', () => {
    const { rubric: r, diagnostics } = loadRubric(ROOT, join(FIXTURES, 'rubric'));
    expect(diagnostics).toEqual([]);
    expect(r.domains.map((d) => d.id)).toEqual(['trust', 'boundaries']);
    expect(r.domains.map((d) => d.order)).toEqual([1, 2]);
    expect(r.domains.flatMap((d) => d.criteria.map((c) => c.id))).toEqual([
      'trust.active-listening',
      'boundaries.gifts',
      'boundaries.dual-relationships',
    ]);
    const gifts = r.domains[1]!.criteria[0]!;
    expect(gifts.weight).toBe(2);
    expect(gifts.citations[0]).toMatchObject({
      kind: 'source',
      section: 'Maintaining Boundaries in the Therapist-Client Relationship',
    });
  });

  describe('on a broken rubric', () => {
    const dir = join(FIXTURES, 'broken-rubric');
    const file = 'test/fixtures/broken-rubric/boundaries.yaml';
    const load = () => loadRubric(ROOT, dir);

    it('reports a missing weight with the file, the field and a line', () => {
      const d = load().diagnostics.find((x) => x.message.startsWith('criteria[1].weight:'));
      expect(d).toBeDefined();
      expect(d!.file).toBe(file);
      expect(d!.severity).toBe('error');
      expect(d!.line).toEqual(expect.any(Number));
    });
    it('reports a missing weight on the line of the criterion that lacks it', () => {
      const d = load().diagnostics.find((x) => x.message.startsWith('criteria[1].weight:'));
      expect(d!.line).toBe(16); // "- id: boundaries.no-weight"
    });

    it('reports citations with no source passage at the citations field', () => {
      const d = load().diagnostics.find((x) => x.message.startsWith('criteria[3].citations:'));
      expect(d).toMatchObject({ file, severity: 'error' });
      // `citations:` is on line 41 and its only entry runs to line 45.
      expect(d!.line).toBeGreaterThanOrEqual(41);
      expect(d!.line).toBeLessThanOrEqual(45);
      expect(d!.message).toContain('source');
    });

    it('reports an id that names another domain, at the id, in a file with no other problem', () => {
      const d = load().diagnostics.find((x) => x.file === 'test/fixtures/broken-rubric/power.yaml');
      expect(d).toEqual({
        file: 'test/fixtures/broken-rubric/power.yaml',
        line: 6,
        severity: 'error',
        message: 'criteria[0].id: must start with "power."',
      });
    });
    it('reports an id that names another domain even when other fields of the file are invalid', () => {
      const d = load().diagnostics.find((x) => x.file === file && x.message.startsWith('criteria[2].id:'));
      expect(d).toMatchObject({ line: 25, severity: 'error' });
      expect(d!.message).toContain('boundaries.');
    });

    it('leaves out the broken domains and keeps the valid one', () => {
      const { rubric: r, diagnostics } = load();
      expect(hasErrors(diagnostics)).toBe(true);
      expect(r.domains.map((d) => d.id)).toEqual(['trust']);
    });
  });

  describe('on a misfiled rubric', () => {
    const dir = join(FIXTURES, 'rubric-misfiled');

    it('reports a domain whose file is not named after it, and a criterion defined twice', () => {
      const { diagnostics } = loadRubric(ROOT, dir);
      expect(diagnostics.map((d) => d.message)).toEqual([
        expect.stringContaining('must live in support.yaml'),
        expect.stringContaining('"support.encouragement" is also defined in'),
      ]);
    });
    it('names the files it actually read', () => {
      const { diagnostics } = loadRubric(ROOT, dir);
      expect(diagnostics[0]!.file).toBe('test/fixtures/rubric-misfiled/power.yaml');
      expect(diagnostics[1]!.file).toBe('test/fixtures/rubric-misfiled/support.yaml');
      expect(diagnostics[1]!.message).toContain('test/fixtures/rubric-misfiled/power.yaml');
    });

    it('names the folder it looked for when the folder is missing', () => {
      const { diagnostics } = loadRubric(ROOT, join(FIXTURES, 'no-such-rubric'));
      expect(diagnostics).toEqual([
        {
          file: 'test/fixtures/no-such-rubric',
          line: null,
          severity: 'error',
          message: 'the rubric folder is missing',
        },
      ]);
    });
  });

  it('reports a missing folder as an error', () => {
    const { rubric: r, diagnostics } = loadRubric(ROOT, join(FIXTURES, 'no-such-rubric'));
    expect(r.domains).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: null, message: 'the rubric folder is missing' });
  });
});

describe('loadScenario: mini fixture', () => {
  const load = () => loadScenario(ROOT, join(FIXTURES, 'stories'), 'mini', rubric);

  // The mini fixture is a story for the engine's mechanics, and its keys are the longest on purpose (the
  // item-writing cue checks have fixtures of their own in test/fixtures/checks); it has no other diagnostic.
  const beyondLengthCues = (ds: Diagnostic[]) => ds.filter((d) => !/× the others' mean length/.test(d.message));

  it('loads without diagnostics beyond the length cue', () => {
    const s = load();
    expect(beyondLengthCues(s.diagnostics)).toEqual([]);
    expect(s.diagnostics.length).toBeGreaterThan(0);
    expect(s.slug).toBe('mini');
    expect(s.json).not.toBeNull();
    expect(s.meta).toMatchObject({
      title: 'Mini',
      module: 'boundaries',
      main: 'main.ink',
      focus: ['boundaries.gifts', 'trust.active-listening'],
    });
    expect(s.meta!.client.age).toBe(40);
  });

  it('has a 16-hex-digit hash of its compiled JSON, stable across loads', () => {
    const a = load();
    const b = load();
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.hash).toBe(a.hash);
    expect(a.hash).toBe(storyHash(a.json!));
  });

  it('hashes different stories differently', () => {
    const other = loadScenario(ROOT, TAG_ERRORS, 'bad-yaml', rubric);
    const compiled = compileInk(join(TAG_ERRORS, 'bad-yaml/main.ink'), ROOT);
    expect(other.hash).toBeNull();
    expect(storyHash(compiled.json!)).not.toBe(load().hash);
  });

  it('lists the criteria its options carry evidence for, sorted', () => {
    expect(load().criteria).toEqual(['boundaries.dual-relationships', 'boundaries.gifts', 'trust.active-listening']);
  });

  it('counts 3 choice points on every path', () => {
    expect(load().points).toEqual({ min: 3, max: 3 });
  });

  it('loads the same with a trailing slash on the root', () => {
    const s = loadScenario(`${ROOT}/`, join(FIXTURES, 'stories'), 'mini', rubric);
    expect(beyondLengthCues(s.diagnostics)).toEqual([]);
    expect(s.hash).toBe(load().hash);
  });

  it('reports every criterion as unknown against an empty rubric', () => {
    const s = loadScenario(ROOT, join(FIXTURES, 'stories'), 'mini', { domains: [] });
    expect(s.json).toBeNull();
    expect(s.hash).toBeNull();
    const focus = s.diagnostics.filter((d) => d.file === 'test/fixtures/stories/mini/scenario.yaml');
    expect(focus.map((d) => d.message)).toEqual([
      'focus[0]: unknown rubric criterion "boundaries.gifts"',
      'focus[1]: unknown rubric criterion "trust.active-listening"',
    ]);
    const tags = s.diagnostics.filter((d) => d.file === 'test/fixtures/stories/mini/main.ink');
    expect(tags.map((d) => d.line)).toEqual([8, 8, 11, 11, 13, 13, 19, 22, 25, 25, 30, 33]);
    for (const d of tags) expect(d.message).toMatch(/^unknown rubric criterion "/);
  });
});

describe('loadScenario: broken fixture', () => {
  it('reports the divert error at its file and line, and compiles nothing', () => {
    const s = loadScenario(ROOT, join(FIXTURES, 'broken-stories'), 'broken', rubric);
    expect(s.json).toBeNull();
    expect(s.hash).toBeNull();
    expect(s.points).toBeNull();
    const errors = errorsOf(s.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('test/fixtures/broken-stories/broken/main.ink');
    expect(errors[0]!.line).toBe(5);
    expect(errors[0]!.message).toContain('nowhere_at_all');
    expect(formatDiagnostic(errors[0]!)).toMatch(/^test\/fixtures\/broken-stories\/broken\/main\.ink:5: error: /);
  });

  it('LibraryError lists the errors as file:line: message, and only the errors', () => {
    const s = loadScenario(ROOT, join(FIXTURES, 'broken-stories'), 'broken', rubric);
    const warning = { file: 'x.ink', line: 1, severity: 'warning' as const, message: 'only a warning' };
    const error = new LibraryError([...s.diagnostics, warning]);
    expect(error.message).toContain('test/fixtures/broken-stories/broken/main.ink:5: error:');
    expect(error.message).not.toContain('only a warning');
    expect(error.message).toMatch(/^1 problem in Rapport's content:/);
  });
});

describe('loadScenario: tag errors', () => {
  const cases: { slug: string; file: string; line: number; phrase: RegExp }[] = [
    {
      slug: 'after-brackets',
      file: 'main.ink',
      line: 4,
      phrase: /#rubric is after the choice's brackets.*move it inside/,
    },
    {
      slug: 'unknown-criterion',
      file: 'main.ink',
      line: 4,
      phrase: /unknown rubric criterion "boundaries\.no-such-thing"/,
    },
    { slug: 'bad-value', file: 'main.ink', line: 2, phrase: /\+3.*outside -2\.\.\+2/ },
    { slug: 'line-tag', file: 'main.ink', line: 2, phrase: /#rubric is on an output line.*inside a choice's brackets/ },
    { slug: 'outside-brackets', file: 'main.ink', line: 4, phrase: /#rubric is on option text outside brackets/ },
    {
      slug: 'duplicate-criterion',
      file: 'main.ink',
      line: 4,
      phrase: /"boundaries\.gifts" appears twice on one option/,
    },
    { slug: 'misplaced-line-tag', file: 'main.ink', line: 2, phrase: /#speaker belongs on an output line/ },
    { slug: 'include-error', file: 'parts/gift.ink', line: 6, phrase: /Divert target not found.*missing_knot/ },
    { slug: 'include-tag-error', file: 'parts/gift.ink', line: 5, phrase: /\+3.*outside -2\.\.\+2/ },
    {
      slug: 'unknown-focus',
      file: 'scenario.yaml',
      line: 17,
      phrase: /^focus\[1\]: unknown rubric criterion "boundaries\.not-in-rubric"$/,
    },
  ];

  for (const { slug, file, line, phrase } of cases) {
    it(`${slug}: one error at ${file}${Number.isNaN(line) ? '' : `:${line}`}`, () => {
      const s = loadScenario(ROOT, TAG_ERRORS, slug, rubric);
      const errors = errorsOf(s.diagnostics);
      expect(errors).toHaveLength(1);
      const [d] = errors as [Diagnostic];
      expect(d.file).toBe(`test/fixtures/tag-errors/${slug}/${file}`);
      if (!Number.isNaN(line)) expect(d.line).toBe(line);
      expect(d.message).toMatch(phrase);
      expect(s.json).toBeNull();
      expect(s.hash).toBeNull();
    });
  }

  it('bad-yaml: names each bad field of scenario.yaml with its line', () => {
    const s = loadScenario(ROOT, TAG_ERRORS, 'bad-yaml', rubric);
    const file = 'test/fixtures/tag-errors/bad-yaml/scenario.yaml';
    expect(s.meta).toBeNull();
    expect(s.json).toBeNull();
    const errors = errorsOf(s.diagnostics);
    expect(errors).toHaveLength(2);
    const age = errors.find((d) => d.message.startsWith('client.age:'));
    const setting = errors.find((d) => d.message.startsWith('setting:'));
    expect(age).toMatchObject({ file, line: 6 });
    expect(age!.message).toMatch(/number/);
    expect(setting).toMatchObject({ file, line: 11 });
    expect(setting!.message).toContain('one-off');
  });

  it('still compiles the story when only scenario.yaml is bad', () => {
    const s = loadScenario(ROOT, TAG_ERRORS, 'bad-yaml', rubric);
    expect(s.diagnostics.every((d) => d.file.endsWith('scenario.yaml'))).toBe(true);
    expect(s.criteria).toEqual(['boundaries.gifts']);
  });

  it("does not count evidence written after the brackets as the option's", () => {
    // after-brackets: the first option carries boundaries.gifts inside its brackets; nothing else does.
    const s = loadScenario(ROOT, TAG_ERRORS, 'after-brackets', rubric);
    expect(s.criteria).toEqual(['boundaries.gifts']);
  });

  it("an INCLUDEd file's compile error and tag error both name the included file", () => {
    for (const slug of ['include-error', 'include-tag-error']) {
      const s = loadScenario(ROOT, TAG_ERRORS, slug, rubric);
      expect(errorsOf(s.diagnostics).map((d) => d.file)).toEqual([`test/fixtures/tag-errors/${slug}/parts/gift.ink`]);
    }
  });
  it('include-dot-path: a tag error in `INCLUDE ./parts/gift.ink` names the normalised path', () => {
    const s = loadScenario(ROOT, TAG_ERRORS, 'include-dot-path', rubric);
    const errors = errorsOf(s.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'test/fixtures/tag-errors/include-dot-path/parts/gift.ink', line: 5 });
  });

  it('include-dot-path: still reports the tag error at its line', () => {
    const s = loadScenario(ROOT, TAG_ERRORS, 'include-dot-path', rubric);
    const errors = errorsOf(s.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(5);
    expect(errors[0]!.file).toMatch(/include-dot-path\/.*parts\/gift\.ink$/);
    expect(errors[0]!.message).toMatch(/outside -2\.\.\+2/);
  });

  it('every tag-error fixture folder is a scenario', () => {
    expect(listScenarioSlugs(TAG_ERRORS)).toEqual(
      expect.arrayContaining([
        'after-brackets',
        'bad-value',
        'bad-yaml',
        'include-error',
        'line-tag',
        'outside-brackets',
        'unknown-criterion',
      ]),
    );
  });
});

describe('compileInk', () => {
  it('compiles the mini fixture to JSON with a parsed tree and no diagnostics', () => {
    const c = compileInk(resolve(FIXTURES, 'stories/mini/main.ink'), ROOT);
    expect(c.diagnostics).toEqual([]);
    expect(() => JSON.parse(c.json!)).not.toThrow();
    expect(c.parsedStory).not.toBeNull();
  });

  it('returns no JSON but a parsed tree and repo-relative diagnostics on a compile error', () => {
    const c = compileInk(resolve(FIXTURES, 'broken-stories/broken/main.ink'), ROOT);
    expect(c.json).toBeNull();
    expect(c.diagnostics).toEqual([
      {
        file: 'test/fixtures/broken-stories/broken/main.ink',
        line: 5,
        severity: 'error',
        message: expect.stringContaining('nowhere_at_all'),
      },
    ]);
  });

  it('reports a missing entry file', () => {
    const c = compileInk(resolve(FIXTURES, 'stories/mini/absent.ink'), ROOT);
    expect(c.json).toBeNull();
    expect(c.diagnostics).toEqual([
      { file: 'test/fixtures/stories/mini/absent.ink', line: null, severity: 'error', message: 'cannot read the file' },
    ]);
  });
});

describe('fieldName', () => {
  it('writes paths the way an author reads them', () => {
    expect(fieldName([])).toBe('');
    expect(fieldName(['setting'])).toBe('setting');
    expect(fieldName(['client', 'age'])).toBe('client.age');
    expect(fieldName(['criteria', 2, 'id'])).toBe('criteria[2].id');
    expect(fieldName(['criteria', 0, 'citations', 1, 'quote'])).toBe('criteria[0].citations[1].quote');
  });
});
