/**
 * `npm run stories:check [paths…] [--json]`: checks scenarios and reports every problem as
 * `file:line: severity: message`. Paths may be scenario folders, .ink files, or folders of scenarios;
 * none means every scenario under stories/. Exits 1 when there is any error.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, type Diagnostic } from '../engine/diagnostics.ts';
import { checkInk } from '../pipeline/check-ink.ts';
import { botDiagnostics, libraryBots } from '../pipeline/library-bots.ts';
import { listScenarioSlugs, storiesDir } from '../pipeline/library.ts';
import { loadRubric } from '../pipeline/rubric-files.ts';
import { loadScenario, type LoadedScenario } from '../pipeline/scenario-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => !a.startsWith('--'));

const { rubric, diagnostics: rubricProblems } = loadRubric(root);
const diagnostics: Diagnostic[] = [...rubricProblems];
const checked: string[] = [];
/** Scenario folders checked, with their compiled stories, for the test-wise bots. */
const scenarios: { folder: string; scenario: LoadedScenario }[] = [];

function checkTarget(target: string) {
  const abs = resolve(process.cwd(), target);
  if (!existsSync(abs)) {
    diagnostics.push({ file: target, line: null, severity: 'error', message: 'no such file or folder' });
    return;
  }
  if (statSync(abs).isDirectory()) {
    if (existsSync(join(abs, 'scenario.yaml'))) {
      const scenario = loadScenario(root, dirname(abs), basename(abs), rubric);
      diagnostics.push(...scenario.diagnostics);
      scenarios.push({ folder: abs, scenario });
      checked.push(abs);
    } else {
      const slugs = listScenarioSlugs(abs);
      if (slugs.length === 0)
        diagnostics.push({
          file: target,
          line: null,
          severity: 'error',
          message: 'no scenario folders (with scenario.yaml) here',
        });
      for (const slug of slugs) checkTarget(join(abs, slug));
    }
    return;
  }
  if (abs.endsWith('.ink')) {
    // A file that is its scenario's entry is checked with its metadata; any other .ink file on its own.
    if (existsSync(join(dirname(abs), 'scenario.yaml')) && basename(abs) === 'main.ink')
      return checkTarget(dirname(abs));
    diagnostics.push(...checkInk(root, abs, rubric).diagnostics);
    checked.push(abs);
    return;
  }
  diagnostics.push({ file: target, line: null, severity: 'error', message: 'not a scenario folder or an .ink file' });
}

for (const target of paths.length ? paths : [storiesDir(root)]) checkTarget(target);

// The test-wise bots: each checked scenario is played by bots that never read the client, with the classifier
// trained on the library's other scenarios (those in stories/ that were not checked here are loaded for it).
if (scenarios.some((s) => s.scenario.json)) {
  const library = storiesDir(root);
  const checkedSlugs = new Set(scenarios.map((s) => s.scenario.slug));
  // A scenario outside the library is checked by the surface bots alone; the classifier needs the library.
  const inLibrary = scenarios.every((s) => dirname(s.folder) === library);
  const rest = (inLibrary ? listScenarioSlugs(library) : [])
    .filter((slug) => !checkedSlugs.has(slug))
    .map((slug) => loadScenario(root, library, slug, rubric));
  const report = libraryBots({ rubric, scenarios: [...rest, ...scenarios.map((s) => s.scenario)] });
  const mine = { ...report, scenarios: report.scenarios.filter((s) => checkedSlugs.has(s.slug)) };
  const fileOf = (slug: string) => {
    const found = scenarios.find((s) => s.scenario.slug === slug)!;
    return relative(root, join(found.folder, found.scenario.meta?.main ?? 'main.ink'))
      .split('\\')
      .join('/');
  };
  // The library-wide classifier limit is judged only when the whole library is checked.
  diagnostics.push(
    ...botDiagnostics(rest.length === 0 && inLibrary ? report : { ...mine, points: 0, classifierHits: 0 }, fileOf),
  );
  if (!json) {
    for (const s of mine.scenarios) {
      const scores = Object.entries(s.scores)
        .map(([bot, score]) => `${bot} ${score!.toFixed(0)}`)
        .join(', ');
      const classifier =
        s.scores.classifier === undefined
          ? ''
          : `; the classifier picks the key at ${s.classifierHits} of ${s.points} points`;
      console.log(
        `${s.slug}: test-wise bots score ${scores}${classifier}; ${s.fixedOrder} of ${s.points} points keep a fixed order (#fixed-order)`,
      );
    }
  }
}

const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
if (json) {
  console.log(JSON.stringify({ checked: checked.length, errors, warnings, diagnostics }, null, 2));
} else {
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  console.log(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${checked.length} scenario${checked.length === 1 ? '' : 's'}`,
  );
}
process.exitCode = errors > 0 ? 1 : 0;
