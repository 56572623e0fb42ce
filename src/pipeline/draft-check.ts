/**
 * The build's checks on a draft written in the browser: its `scenario.yaml` and its one ink file, held as text.
 * The scenario goes through the same `checkScenario` as a folder on disk (metadata, compile, tags, focus, the
 * runtime and cue checks), then through the test-wise bots against the library (the classifier trained on
 * the library's scenarios, as `npm run stories:check` trains it for one scenario of the library), and comes
 * out as the bundle the build would serve. Files are named `scenario.yaml` and the ink file's own name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ScenarioBundle } from '../engine/bundle.ts';
import { hasErrors, type Diagnostic } from '../engine/diagnostics.ts';
import type { Rubric } from '../engine/rubric.ts';
import { compileInk } from './compile-ink.ts';
import { labelLibrary, scenarioBots, type LabelledLibrary } from './draft-bots.ts';
import { entryNameOf } from './entry-name.ts';
import { listScenarioSlugs, storiesDir } from './library.ts';
import { botDiagnostics } from './library-bots.ts';
import { loadRubric, RUBRIC_DIR } from './rubric-files.ts';
import { scenarioBundle } from './scenario-bundle.ts';
import { checkScenario, type LoadedScenario } from './scenario-files.ts';

export interface DraftTexts {
  slug: string;
  /** The text of `scenario.yaml`. */
  yaml: string;
  /** The text of the ink file its `main` names. */
  ink: string;
}

/** What a draft is checked against: the rubric, and the library's scenarios labelled for the bots. */
export interface DraftLibrary {
  rubric: Rubric;
  labelled: LabelledLibrary;
}

export interface DraftResult {
  diagnostics: Diagnostic[];
  /** The bundle the build would serve, or null when there is any error. */
  bundle: ScenarioBundle | null;
}

export const DRAFT_YAML = 'scenario.yaml';

/** Said where a draft INCLUDEs another file: a draft is two texts, with no folder to find the file in. */
export const includeMessage = (name: string) =>
  `INCLUDE is not supported in a scenario written in the browser: a draft has one ink file. Copy the text of "${name}" into this file in place of the INCLUDE line`;

/** The build's scenario checks on a draft's texts (no bots): the one code path `loadScenario` takes for a folder. */
export function checkScenarioTexts(draft: DraftTexts, rubric: Rubric): LoadedScenario {
  const loaded = checkScenario(
    {
      slug: draft.slug,
      yamlFile: DRAFT_YAML,
      yaml: draft.yaml,
      entry: (main) => ({
        file: main,
        text: draft.ink,
        shownName: (name) => name,
        read: (name) => {
          throw new Error(includeMessage(name));
        },
      }),
    },
    rubric,
  );
  // The compiler reports a file it could not load as "Failed to load: 'name'. Error: …" at the INCLUDE's line;
  // a draft can load none, so that line gets the sentence alone.
  const diagnostics = loaded.diagnostics.map((d) => {
    const failed = /^Failed to load: '([^']*)'/.exec(d.message);
    return failed ? { ...d, message: includeMessage(failed[1]!) } : d;
  });
  return { ...loaded, diagnostics };
}

/** Every check the build makes on a scenario, on a draft: diagnostics, and the bundle when there is no error. */
export function checkDraft(draft: DraftTexts, library: DraftLibrary): DraftResult {
  const s = checkScenarioTexts(draft, library.rubric);
  const diagnostics = [...s.diagnostics];
  // As in the build, the bots play only a scenario that has no other error.
  if (s.json && s.meta && !hasErrors(diagnostics)) {
    const report = scenarioBots(library.rubric, library.labelled, { slug: s.slug, json: s.json });
    const file = s.meta.main;
    diagnostics.push(...botDiagnostics({ scenarios: [report], points: 0, classifierHits: 0, chance: 0 }, () => file));
  }
  return { diagnostics, bundle: hasErrors(diagnostics) ? null : scenarioBundle(s, library.rubric) };
}

export interface LibraryPlaces {
  /** The rubric's folder; content/rubrics under the root by default. */
  rubricDir?: string;
  /** The stories folder; `stories/` (or RAPPORT_STORIES_DIR) under the root by default. */
  storiesDir?: string;
}

/**
 * The rubric and the library's labelled points, read from the repository with the pipeline's loaders (as the
 * build reads them). The library's stories are compiled but not checked again: the build refuses a library
 * with errors, so a story that does not compile is simply left out of the bots' training.
 */
export function loadDraftLibrary(root: string, places: LibraryPlaces = {}): DraftLibrary & { problems: Diagnostic[] } {
  const { rubric, diagnostics } = loadRubric(root, places.rubricDir ?? join(root, RUBRIC_DIR));
  const dir = places.storiesDir ?? storiesDir(root);
  const playable = listScenarioSlugs(dir).flatMap((slug) => {
    const folder = join(dir, slug);
    let main = 'main.ink';
    try {
      main = entryNameOf(parse(readFileSync(join(folder, 'scenario.yaml'), 'utf8')));
    } catch {
      // a scenario.yaml that cannot be read or parsed names no other file
    }
    const { json } = compileInk(join(folder, main), root);
    return json ? [{ slug, json }] : [];
  });
  return { rubric, labelled: labelLibrary(rubric, playable), problems: diagnostics };
}
