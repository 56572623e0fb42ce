/**
 * Scenario metadata as the player and catalogue see it. Validated by scenario-meta-schema.ts, whose schema the
 * types here are inferred from: `import type` is erased at build time, so the player never bundles zod.
 */
import type { ScenarioMetaOutput } from './scenario-meta-schema.ts';

export const MODULE_IDS = ['foundations', 'boundaries', 'power', 'conflict', 'autonomy', 'support'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const SETTINGS = ['one-off', 'long-term', 'group', 'online-video', 'online-messaging'] as const;
export type Setting = (typeof SETTINGS)[number];

export const SETTING_LABELS: Record<Setting, string> = {
  'one-off': 'One-off session',
  'long-term': 'Long-term client',
  group: 'Group session',
  'online-video': 'Online (video)',
  'online-messaging': 'Online (messaging)',
};

export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A validated scenario.yaml, its defaults filled in (`sessions`, `main`). */
export type ScenarioMeta = ScenarioMetaOutput;
/** The fictional client. */
export type ClientPersona = ScenarioMeta['client'];
