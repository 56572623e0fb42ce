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
