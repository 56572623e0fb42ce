/**
 * The authoring guide (content/guides/authoring.mdx, rendered at /guide/): it names every tag, critical kind and band
 * threshold the engine defines, explains every message the checker can print (the server's check of a draft saved in
 * the browser included), links only to pages and sections that exist, and its tutorial scenario passes the checker,
 * in the terminal and on a save in the browser, and scores as the guide says. Each fact is read from the source, so
 * the test fails if either side drifts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkCompiled } from '../../src/engine/check-compiled.ts';
import { compileSource } from '../../src/engine/compile.ts';
import { formatDiagnostic } from '../../src/engine/diagnostics.ts';
import { findCriterion } from '../../src/engine/rubric.ts';
import { scenarioMetaSchema } from '../../src/engine/scenario-meta-schema.ts';
import { BAND_THRESHOLDS, opportunityScore, scoreAttempt, type ChoicePointRecord } from '../../src/engine/scoring.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { CHOICE_TAG_KEYS, CRITICAL_KINDS, LINE_TAG_KEYS, NO_EVIDENCE } from '../../src/engine/tags.ts';
import { scenarioBots } from '../../src/pipeline/draft-bots.ts';
import { checkDraft, checkScenarioTexts, loadDraftLibrary } from '../../src/pipeline/draft-check.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const GUIDE = 'content/guides/authoring.mdx';
const text = readFileSync(join(ROOT, GUIDE), 'utf8');
const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
const body = text.slice(frontmatter?.[0].length ?? 0);
const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const { rubric } = loadRubric(ROOT);

/** The fenced blocks of one language, in order. */
const fences = (lang: string) => [...body.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
/** The first fenced block of a language after a heading, or undefined. */
function fenceUnder(heading: string, lang: string): string | undefined {
  const at = body.indexOf(`\n${heading}\n`);
  if (at < 0) return undefined;
  return new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(body.slice(at))?.[1];
}
const tutorialInk = fenceUnder('### 8. The whole story', 'ink');
const tutorialYaml = fences('yaml').find((f) => f.startsWith('title: The late message'));
/** The tutorial, from its heading to the next section's. */
const tutorial = body.slice(body.indexOf('## Write your first'), body.indexOf('## Keeping scenarios in git'));

/** A heading's anchor, as Astro's Markdown makes it (github-slugger): lowercase, punctuation dropped, spaces to hyphens. */
const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');

/** The page file that serves a path of the site (`/author/sandbox/`), or null. */
function pageFileOf(path: string): string | null {
  const clean = path.replace(/^\/|\/$/g, '');
  const candidates = clean === '' ? ['index'] : [clean, `${clean}/index`];
  for (const c of candidates)
    for (const ext of ['.astro', '.ts']) if (existsSync(join(ROOT, 'src/pages', c + ext))) return `src/pages/${c}${ext}`;
  return null;
}

/** The number as a whole token of the guide: 75 matches "75 or more", not "175" or "75.5". */
const hasNumber = (n: number) => new RegExp(`(?<![\\d.])${String(n).replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(body);

describe('the authoring guide', () => {
  it('exists with a title and a summary', () => {
    expect(frontmatter, 'frontmatter').not.toBeNull();
    const data = parseYaml(frontmatter![1]!) as { title?: unknown; summary?: unknown };
    expect(typeof data.title === 'string' && data.title.length > 0).toBe(true);
    expect(typeof data.summary === 'string' && data.summary.length > 0).toBe(true);
  });

  it('has the eight sections, in order: the browser flow first, then the file flow', () => {
    const h2 = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(h2).toEqual([
      'Write your first scenario in ten minutes',
      'Keeping scenarios in git (the file flow)',
      'The tag grammar',
      'Scenario metadata',
      'How scoring works',
      "The checker's messages",
      'Common mistakes',
      'Writing clients respectfully',
    ]);
  });

  it('names every tag key and critical kind the engine knows', () => {
    for (const key of [...CHOICE_TAG_KEYS, ...LINE_TAG_KEYS]) expect(body, `#${key}`).toContain(`#${key}`);
    for (const kind of CRITICAL_KINDS) expect(body, kind).toContain(`\`${kind}\``);
  });

  it('states every band threshold as the code defines it', () => {
    for (const [band, n] of Object.entries(BAND_THRESHOLDS)) expect(hasNumber(n), `${band}: ${n}`).toBe(true);
  });

  it('uses the npm scripts and pages that exist', () => {
    const scripts = (JSON.parse(source('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const script of ['stories:new', 'stories:check', 'stories:bots', 'dev', 'build']) {
      expect(scripts[script], script).toBeDefined();
      expect(body).toContain(`npm run ${script}`);
    }
    const named = [...body.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    for (const script of named) expect(scripts[script], `npm run ${script}`).toBeDefined();
    expect(source('src/pages/author/sandbox/index.astro')).toContain('href="/guide/"');
    expect(source('src/pages/author/index.astro')).toContain('href="/guide/"');
    expect(body).toContain('](/author/sandbox/)');
  });

  it('links to pages that exist, and the browser flow links every page it sends the reader to', () => {
    const links = [...body.matchAll(/\]\((\/[^)#\s]*)\)/g)].map((m) => m[1]!);
    for (const link of links) expect(pageFileOf(link), link).not.toBeNull();
    for (const page of ['/signin/', '/author/', '/author/sandbox/', '/admin/', '/rubric/', '/', '/cohorts/', '/analytics/'])
      expect(tutorial, page).toContain(`](${page})`);
  });

  it('links only to sections that exist', () => {
    const anchors = new Set([...body.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugOf(m[1]!)));
    const links = [...body.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(anchors.has(link), `#${link}`).toBe(true);
  });
});

/**
 * Distinctive phrases of the checker's messages, each with the file that prints it. Every phrase must occur in that
 * file (so the list stays true to the code) and in the guide (so the guide explains it).
 */
const PHRASES: [file: string, phrase: string][] = [
  ['src/engine/tag-placement.ts', "is after the choice's brackets, so ink gives it to the reply, not the option"],
  ['src/engine/tag-placement.ts', 'is on option text outside brackets, so it is printed as the reply too'],
  ['src/engine/tag-placement.ts', "is on an output line: it belongs inside a choice's brackets"],
  ['src/engine/tag-placement.ts', 'this option carries no rubric evidence'],
  ['src/engine/tag-placement.ts', 'this option has no feedback'],
  ['src/engine/tags.ts', 'unknown rubric criterion'],
  ['src/engine/tags.ts', 'appears twice on one option'],
  ['src/engine/tags.ts', 'an option has two feedback tags'],
  ['src/engine/tags.ts', 'an option has two critical tags'],
  ['src/engine/tags.ts', "belongs on an output line, not inside a choice's brackets"],
  ['src/engine/tags.ts', 'is outside -2..+2'],
  ['src/engine/tags.ts', 'is not a whole number from -2 to +2'],
  ['src/engine/tags.ts', 'is not an id like "boundaries.gifts"'],
  ['src/engine/tags.ts', 'has no value'],
  ['src/engine/tags.ts', 'rubric tag is empty'],
  ['src/engine/tags.ts', 'feedback tag has no text'],
  ['src/engine/tags.ts', 'critical tag needs a kind'],
  ['src/engine/tags.ts', 'unknown critical kind'],
  ['src/engine/tags.ts', 'takes no value (found'],
  ['src/engine/tags.ts', 'speaker tag has no name'],
  ['src/engine/tags.ts', 'ending tag has no title'],
  ['src/engine/tags.ts', 'empty tag "#'],
  ['src/engine/tags.ts', 'unknown tag "#'],
  ['src/engine/story-checks.ts', 'runtime error after choosing options'],
  ['src/engine/story-checks.ts', 'choices without ending'],
  ['src/engine/story-checks.ts', 'a loop with no way out'],
  ['src/engine/story-checks.ts', 'unwinnable choice point'],
  ['src/engine/story-checks.ts', 'nothing is at stake at this choice point'],
  ['src/engine/story-checks.ts', 'nothing diverts to'],
  ['src/engine/story-checks.ts', 'is never reached by any path'],
  ['src/engine/story-checks.ts', 'was not reached when every option was played once'],
  ['src/engine/story-checks.ts', 'it may need a particular earlier choice'],
  ['src/engine/story-runner.ts', 'the story runs in a loop: '],
  ['src/engine/story-runner.ts', 'lines without offering a choice or ending'],
  ['src/engine/story-runner.ts', 'ms without printing a line'],
  ['src/engine/item-cues.ts', "the others' mean length: a test-wise reader picks the longest"],
  ['src/engine/item-cues.ts', 'is the only one that asks a question'],
  ['src/engine/item-cues.ts', 'an option that crosses an ethics line should be the lowest on what it carries'],
  ['src/engine/item-cues.ts', 'it counts as 0, so it loses on'],
  ['src/pipeline/library-bots.ts', 'keys share a surface across the library'],
  ['src/pipeline/scenario-files.ts', 'is in the focus but no option exercises it'],
  ['src/pipeline/scenario-files.ts', 'unknown rubric criterion'],
  ['src/pipeline/yaml-file.ts', 'YAML: '],
  ['src/pipeline/yaml-file.ts', 'cannot read the file'],
  ['src/engine/scenario-meta-schema.ts', 'must not be empty'],
  ['src/engine/scenario-meta-schema.ts', 'must be a criterion id like "boundaries.gifts"'],
  ['src/engine/scenario-meta-schema.ts', 'must be a file name ending in .ink'],
  ['src/pipeline/compile-ink.ts', 'cannot read INCLUDEd file'],
  ['src/pipeline/check-ink.ts', 'the checker could not finish'],
  ['src/cli/stories-check.ts', 'no such file or folder'],
  ['src/cli/stories-check.ts', 'no scenario folders (with scenario.yaml) here'],
  ['src/cli/stories-check.ts', 'not a scenario folder or an .ink file'],
  ['src/components/author/compile.worker.ts', 'the compiler stopped'],
  ['src/components/author/compile.worker.ts', 'cannot find the INCLUDEd file'],
  ['src/pipeline/draft-check.ts', 'INCLUDE is not supported in a scenario written in the browser'],
  ['src/server/authoring-check/worker-checker.ts', 'without reaching a choice or an end, so the check was stopped'],
  ['src/server/authoring-check/worker-checker.ts', 'MB of memory, so it was stopped'],
  ['src/server/authoring-check/worker-checker.ts', 'the checker stopped unexpectedly while checking this draft'],
  ['src/server/authoring-check/check-worker.ts', 'please report this with the draft'],
  ['src/server/services/authoring/check.ts', 'it is busy checking others'],
  ['src/pipeline/rubric-files.ts', 'the rubric folder is missing'],
  ['src/pipeline/rubric-files.ts', 'is also defined in'],
  ['src/pipeline/rubric-files.ts', 'must live in'],
  ['src/engine/rubric-schema.ts', 'must start with "'],
  ['src/engine/rubric-schema.ts', 'must look like "boundaries.gifts"'],
  ['src/engine/rubric-schema.ts', 'needs at least one citation of kind "source"'],
];

describe("the guide explains the checker's messages", () => {
  it.each(PHRASES)('%s: "%s"', (file, phrase) => {
    expect(source(file), `no longer in ${file}`).toContain(phrase);
    expect(body, `not explained in ${GUIDE}`).toContain(phrase);
  });

  it('covers every message literal in the checker, not only the listed phrases', () => {
    // Printed only when the player reads a tag at run time; the checker reports the same mistake with tag-placement's message.
    const notPrinted = new Set(['is on an output line: choice tags go inside the brackets, as in * [Say this #']);
    const files = [
      'src/engine/tags.ts',
      'src/engine/tag-placement.ts',
      'src/engine/story-checks.ts',
      'src/engine/story-runner.ts',
      'src/engine/item-cues.ts',
      'src/engine/check-compiled.ts',
      'src/engine/rubric-schema.ts',
      'src/pipeline/scenario-files.ts',
      'src/pipeline/yaml-file.ts',
      'src/pipeline/check-ink.ts',
      'src/pipeline/compile-ink.ts',
      'src/pipeline/rubric-files.ts',
      'src/engine/testwise-bots.ts',
      'src/pipeline/library-bots.ts',
      'src/cli/stories-check.ts',
      'src/components/author/compile.worker.ts',
      // The server's check of a draft saved in the browser: INCLUDE, the time and memory limits, a busy checker.
      'src/pipeline/draft-check.ts',
      'src/server/authoring-check/check-worker.ts',
      'src/server/authoring-check/worker-checker.ts',
      'src/server/services/authoring/check.ts',
    ];
    const missing: string[] = [];
    const silent: string[] = [];
    let found = 0;
    for (const file of files) {
      const fragments = messageFragments(source(file));
      // A file whose messages the reader no longer finds would pass unexplained. check-compiled.ts runs the other
      // files' checks and writes no message of its own (it is read in case it ever does).
      if (fragments.length === 0 && file !== 'src/engine/check-compiled.ts') silent.push(file);
      for (const fragment of fragments) {
        found += 1;
        if (!notPrinted.has(fragment) && !body.includes(fragment)) missing.push(`${file}: ${fragment}`);
      }
    }
    expect(found).toBeGreaterThan(40);
    expect(silent).toEqual([]);
    expect(missing).toEqual([]);
  });
});

describe("the guide's tutorial and scoring example", () => {
  it('gives the whole tutorial scenario, which passes the checker with no problems', () => {
    expect(tutorialInk, 'the "whole file" ink block').toBeDefined();
    expect(tutorialYaml, 'the scenario.yaml block').toBeDefined();
    const compiled = compileSource(tutorialInk!, {
      mainName: 'main.ink',
      shownName: (name) => name,
      read: (name) => {
        throw new Error(`the tutorial has no INCLUDE (${name})`);
      },
    });
    const checked = checkCompiled(compiled, () => 'main.ink', (id) => findCriterion(rubric, id) !== null);
    expect(checked.diagnostics).toEqual([]);

    const meta = scenarioMetaSchema.safeParse(parseYaml(tutorialYaml!));
    expect(meta.success, JSON.stringify(meta.error?.issues)).toBe(true);
    for (const id of meta.data!.focus) {
      expect(findCriterion(rubric, id), id).not.toBeNull();
      expect(checked.exercised.has(id), `focus ${id} exercised`).toBe(true);
    }
  });

  it('builds the tutorial step by step from lines of the whole file', () => {
    const whole = new Set(tutorialInk!.split('\n').map((l) => l.trim()));
    const steps = [...tutorial.matchAll(/```ink\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((f) => f !== tutorialInk);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const line of steps.flatMap((s) => s.split('\n')).map((l) => l.trim()).filter(Boolean)) {
      expect(whole.has(line), line).toBe(true);
    }
    // Typed from an empty editor, the steps make the whole story, so its line numbers are the reader's.
    expect(tutorialInk!.startsWith(steps[0]!), 'the whole story begins as step 3 does').toBe(true);
  });

  it('shows the deliberate slip of step 9 as the checker reports it, at its line', () => {
    const slip = /misspell the divert as `-> (\w+)`/.exec(tutorial)?.[1];
    expect(slip, 'the misspelt divert').toBeDefined();
    const first = tutorialInk!.indexOf('    -> the_night\n');
    const broken = tutorialInk!.slice(0, first) + `    -> ${slip}\n` + tutorialInk!.slice(first + '    -> the_night\n'.length);
    const { diagnostics } = checkScenarioTexts({ slug: 'the-late-message', yaml: tutorialYaml!, ink: broken }, rubric);
    expect(diagnostics.length).toBeGreaterThan(0);
    const shown = fenceUnder('### 9. Read the checks as you type and on every save', 'text')!.trim();
    expect(shown).toBe(formatDiagnostic(diagnostics[0]!));
    expect(tutorial).toContain(`the editor marks line ${diagnostics[0]!.line}`);
  });

  it('passes Rapport’s check of a save in the browser, bots included, with the scores the file flow prints', () => {
    const draft = { slug: 'the-late-message', yaml: tutorialYaml!, ink: tutorialInk! };
    const library = loadDraftLibrary(ROOT);
    const { diagnostics, bundle } = checkDraft(draft, library);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(bundle?.meta.client.name).toBe('Marta Kowalczyk');

    // The line `npm run stories:check` prints for it, as the guide's file flow shows it.
    const report = scenarioBots(library.rubric, library.labelled, { slug: draft.slug, json: JSON.stringify(bundle!.ink) });
    expect(report.scores.classifier, 'the classifier plays').toBeDefined();
    const scores = Object.entries(report.scores)
      .map(([bot, score]) => `${bot} ${score!.toFixed(0)}`)
      .join(', ');
    const line = `${draft.slug}: test-wise bots score ${scores}; the classifier picks the key at ${report.classifierHits} of ${report.points} points; ${report.fixedOrder} of ${report.points} points keep a fixed order (#fixed-order)`;
    expect(body).toContain(`\n${line}\n0 errors, 0 warnings in 1 scenario\n`);
    const highest = Math.max(...Object.values(report.scores).map((x) => Math.round(x!)));
    expect(tutorial).toContain(`no bot scores above ${highest}`);
  }, 60_000);

  it('computes the one-point example as the scoring code does', () => {
    const option = (value: -1 | 0 | 2) => ({ text: String(value), evidence: { ...NO_EVIDENCE, rubric: [{ criterion: 'boundaries.gifts', value }] } });
    const score = opportunityScore({ options: [option(2), option(0), option(-1)], chosen: 1 }, 'boundaries.gifts');
    expect(score).toBeCloseTo(100 / 3);
    expect(body).toContain(`≈ ${Math.round(score!)}`);
  });

  it('scores the tutorial path as the worked example says', () => {
    // "Don't apologise! Message me any time", then the plan for the nights.
    const runner = new StoryRunner(JSON.parse(compileSource(tutorialInk!, { mainName: 'main.ink', shownName: (n) => n, read: () => '' }).json!));
    const points: ChoicePointRecord[] = [];
    for (const chosen of [1, 0]) {
      const step = runner.step();
      points.push({ options: step.options, chosen });
      runner.choose(chosen);
    }
    expect(runner.step().ending).toBe('A plan for the nights');
    const report = scoreAttempt(rubric, points);
    const table = body.slice(body.indexOf('### Weighted domain and overall scores'), body.indexOf('### Bands'));
    for (const c of report.criteria.filter((c) => c.score !== null)) {
      const weight = findCriterion(rubric, c.id)!.criterion.weight;
      expect(table, c.id).toMatch(new RegExp(`\\| \`${c.id}\` \\| ${weight} \\|[^\\n]*\\| ${Math.round(c.score!)} \\|`));
    }
    const trust = report.domains.find((d) => d.id === 'trust')!.score!;
    const support = report.domains.find((d) => d.id === 'support')!.score!;
    expect(table).toContain(`/ 5 = ${Math.round(trust)}`);
    expect(table).toContain(`support domain scores ${Math.round(support)}`);
    expect(table).toContain(`≈ ${report.overall!.toFixed(1)}, which is *${report.band}*`);
  });
});

/**
 * The fixed text of every message a file writes: the string literals in the value of each `message:` or `error:`
 * property, in what a function named like `botMessage` (or an arrow function `const includeMessage = (…) =>`)
 * returns, in the arguments of the story runner's errors (`new StoryRuntimeError(…)`, `this.#loopError(…)`, which
 * the checker prints as runtime errors), in the message the draft checker gives a check it stopped (`stopped(job, …)`)
 * and in a service's `new Problem(status, …)`, split at `${…}` placeholders, keeping fragments long enough to be
 * distinctive.
 */
function messageFragments(code: string): string[] {
  const out: string[] = [];
  // A property starts a line or follows `{` or `,`, so "an error: " inside a string is not taken for one.
  const starts =
    /(?<=(?:^|[{,])\s*)\b(?:message|error):\s|\bfunction \w*Message\([^)]*\)[^{]*\{\s*return\s|\bconst \w*Message = \([^)]*\)(?::[^=]*)? =>\s*|\bnew StoryRuntimeError\(|#loopError\(|\bstopped\(\s*\w+,\s*|\bnew Problem\(\s*\d+,\s*/gm;
  for (const m of code.matchAll(starts)) {
    let i = m.index! + m[0].length;
    let depth = 0;
    for (; i < code.length; i++) {
      const ch = code[i]!;
      if (ch === "'" || ch === '"') {
        const end = skipString(code, i);
        out.push(unescape(code.slice(i + 1, end)));
        i = end;
      } else if (ch === '`') {
        const { end, parts } = readTemplate(code, i);
        out.push(...parts);
        i = end;
      } else if ('([{'.includes(ch)) depth += 1;
      else if (')]}'.includes(ch)) {
        if (depth === 0) break;
        depth -= 1;
      } else if ((ch === ',' || ch === ';') && depth === 0) break;
    }
  }
  return [...new Set(out.map((s) => s.trim()).filter((s) => s.length >= 10))];
}

function skipString(code: string, start: number): number {
  let i = start + 1;
  while (i < code.length && code[i] !== code[start]) i += code[i] === '\\' ? 2 : 1;
  return i;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Reads a template literal from its opening backtick: its fixed parts, and the index of its closing backtick. */
function readTemplate(code: string, start: number): { end: number; parts: string[] } {
  const parts: string[] = [];
  let current = '';
  let i = start + 1;
  while (i < code.length && code[i] !== '`') {
    if (code[i] === '\\') {
      current += code[i + 1];
      i += 2;
    } else if (code[i] === '$' && code[i + 1] === '{') {
      parts.push(current);
      current = '';
      let depth = 1;
      i += 2;
      while (i < code.length && depth > 0) {
        if (code[i] === '`') i = readTemplate(code, i).end;
        else if (code[i] === "'" || code[i] === '"') i = skipString(code, i);
        else if (code[i] === '{') depth += 1;
        else if (code[i] === '}') depth -= 1;
        i += 1;
      }
    } else {
      current += code[i];
      i += 1;
    }
  }
  parts.push(current);
  return { end: i, parts };
}
