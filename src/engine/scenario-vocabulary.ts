/**
 * A scenario's fixed words: modules, settings and difficulties. Their own file because both scenario-meta.ts (the
 * types the player sees) and scenario-meta-schema.ts (the zod schema) need them, and scenario-meta.ts takes its
 * types from the schema: with the lists in either of the two, they import each other.
 */
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
