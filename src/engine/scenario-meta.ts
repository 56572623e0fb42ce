/**
 * Scenario metadata as the player and catalogue see it. Validated by scenario-meta-schema.ts, whose schema the
 * types here are inferred from: `import type` is erased at build time, so the player never bundles zod.
 */
import type { ScenarioMetaOutput } from './scenario-meta-schema.ts';

export {
  DIFFICULTIES,
  MODULE_IDS,
  SETTING_LABELS,
  SETTINGS,
  type Difficulty,
  type ModuleId,
  type Setting,
} from './scenario-vocabulary.ts';

/** A validated scenario.yaml, its defaults filled in (`sessions`, `main`). */
export type ScenarioMeta = ScenarioMetaOutput;
/** The fictional client. */
export type ClientPersona = ScenarioMeta['client'];

const INK_FILE = /^[\w-]+\.ink$/;

/**
 * The name of a scenario's ink entry file, read from its parsed (not yet validated) `scenario.yaml`: its `main` when
 * that is a plain .ink file name, else main.ink. One rule for the build, the server and the editor in the browser.
 */
export function entryNameOf(raw: unknown): string {
  const main = typeof raw === 'object' && raw !== null ? (raw as { main?: unknown }).main : undefined;
  return typeof main === 'string' && INK_FILE.test(main) ? main : 'main.ink';
}
