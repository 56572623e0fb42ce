/** Validates stories/<slug>/scenario.yaml. Build-time and server only. */
import { z } from 'zod';
import { DIFFICULTIES, MODULE_IDS, SETTINGS } from './scenario-vocabulary.ts';

const text = z.string().trim().min(1, 'must not be empty');

export const scenarioMetaSchema = z.strictObject({
  /** Shown in the catalogue and the briefing. */
  title: text,
  /** The module the scenario belongs to. */
  module: z.enum(MODULE_IDS),
  /** One or two sentences for the catalogue. */
  summary: text,
  /** The fictional client. */
  client: z.strictObject({
    name: text,
    age: z.number().int().min(12).max(110),
    pronouns: text,
    /** Who they are: work, family, culture, what matters to them. */
    background: text,
    /** What brings them to therapy. */
    presenting: text,
    /** What they want from therapy, in their words. */
    wants: text,
  }),
  /** The kind of relationship, after the source's "Different Types" section. */
  setting: z.enum(SETTINGS),
  /** Which session of the work this is (the first, for a scenario that spans several). */
  session: z.number().int().min(1),
  /** How many sessions the scenario spans: 2 for an arc in which the client returns. */
  sessions: z.number().int().min(1).max(3).default(1),
  /** Estimated minutes to play. */
  minutes: z.number().int().min(5).max(30),
  difficulty: z.enum(DIFFICULTIES),
  /** Shown before play; an empty list when there are none. */
  contentNotes: z.array(text),
  /** What the trainee should be able to do afterwards. */
  learningGoals: z.array(text).min(1),
  /** Criterion ids this scenario trains. */
  focus: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'must be a criterion id like "boundaries.gifts"'))
    .min(1),
  /** The ink entry file inside the scenario folder. */
  main: z
    .string()
    .regex(/^[\w-]+\.ink$/, 'must be a file name ending in .ink')
    .default('main.ink'),
});

export type ScenarioMetaInput = z.input<typeof scenarioMetaSchema>;
/** The metadata as validated, defaults filled in; scenario-meta.ts names it ScenarioMeta (`import type`, so the
 * browser never bundles this file or zod). */
export type ScenarioMetaOutput = z.output<typeof scenarioMetaSchema>;
