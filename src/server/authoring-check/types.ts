/**
 * The server-side checker's contract (issue 15): a draft written in the browser is two texts, its
 * `scenario.yaml` and its one ink file (named by the yaml's `main`, `main.ink` by default). Checking one runs
 * the build's checks on them, off the request thread and within a time and memory limit, and answers with the
 * problems (each at its file and line, the file named `scenario.yaml` or the ink file's name) and, when there are
 * no errors, the bundle the player runs, exactly as a build would make it for a scenario folder.
 */
import type { ScenarioBundle } from '../../engine/bundle.ts';
import type { Diagnostic } from '../../engine/diagnostics.ts';

export interface DraftFiles {
  /** The scenario's slug: its folder name when exported, its URL once published. */
  slug: string;
  /** The text of `scenario.yaml`. */
  yaml: string;
  /** The text of the ink file the yaml's `main` names. */
  ink: string;
}

export interface DraftCheck {
  /** Every problem found, errors and warnings, with `file` = 'scenario.yaml' or the ink file's name. */
  diagnostics: Diagnostic[];
  /** The playable bundle (with its branch map and points), or null when there is any error. */
  bundle: ScenarioBundle | null;
  /** Milliseconds the check took, for the authoring page and the logs. */
  took: number;
}

/** Checks one draft. Never throws for a bad draft: a story that loops or exhausts memory is a diagnostic. */
export type DraftChecker = (files: DraftFiles) => Promise<DraftCheck>;
