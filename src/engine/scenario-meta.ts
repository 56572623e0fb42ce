/** Scenario metadata as the player and catalogue see it. Validated by scenario-meta-schema.ts. */

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

export interface ClientPersona {
  name: string;
  age: number;
  pronouns: string;
  background: string;
  presenting: string;
  wants: string;
}

export interface ScenarioMeta {
  title: string;
  module: ModuleId;
  summary: string;
  client: ClientPersona;
  setting: Setting;
  session: number;
  sessions: number;
  minutes: number;
  difficulty: Difficulty;
  contentNotes: string[];
  learningGoals: string[];
  focus: string[];
  main: string;
}
