/**
 * The attempt wire protocol, defined once for both sides: what the player's outbox sends to record an attempt (its
 * start, each choice, the completion with the reflection) and what the server answers (the attempt as it stands,
 * with the score the server computed). The server parses every message with these schemas
 * (src/server/services/attempts/); browser code takes only their types, with `import type`, so zod never reaches a
 * browser bundle (test/unit/layers.test.ts checks both).
 *
 * An option is named by its ink index (`StoryOption.index`) from the click to the replay: the order the options are
 * shown in (src/engine/option-order.ts) is for the screen alone and never travels. A choice's payload is exactly the
 * engine's `RecordedChoice`, what the server stores and replays (checked below at compile time).
 */
import { z } from 'zod';
import type { RecordedChoice } from '../engine/replay.ts';
import { scenarioSlug, uuid } from '../server/core/input.ts';
import { storableText } from '../server/text.ts';

export const modeSchema = z.enum(['practice', 'assessment']);
/** Practice gives feedback after each choice and allows going back; assessment keeps feedback for the debrief. */
export type Mode = z.output<typeof modeSchema>;

export const playStyleSchema = z.enum(['choose', 'respond-first']);
/**
 * How the options are offered (issue 16): `choose` shows them at once; `respond-first` hides them until the trainee
 * has written what they would say. Scoring is by the option picked either way.
 */
export type PlayStyle = z.output<typeof playStyleSchema>;

/** `POST /api/attempts`: begins an attempt (the browser makes its id, so sending it twice is harmless). */
export const startMessage = z.strictObject({
  id: uuid,
  scenario: scenarioSlug,
  storyHash: z.string().min(1).max(128),
  mode: modeSchema,
  /** The assignment the attempt is played for, if any (checked: assigned, open, same mode, attempts left). */
  assignmentId: uuid.optional(),
  /** Seeds the order the options are shown in, so every later view shows the order the trainee saw. */
  seed: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be letters, digits and hyphens')
    .optional(),
  /** How the options are offered; `choose` when absent, so ordinary attempts send nothing new. */
  style: playStyleSchema.optional(),
});
export type StartMessage = z.output<typeof startMessage>;

/** A choice: the point on the current path it was made at, the option's ink index, and its text as shown. */
export const choicePayload = {
  /** 0 for the first; lower than the path's length after going back (practice only). */
  point: z.number().int().min(0).max(10_000),
  /** The option's ink index: its identity wherever it is shown. */
  index: z.number().int().min(0).max(1_000),
  /** The option's text as the trainee saw it; the replay checks it when present. */
  text: storableText(2_000).optional(),
  /** In respond-first play, what the trainee wrote before the options were shown; stored, never scored. */
  response: storableText(2_000).optional(),
};

/** Every event carries an id the browser made and the attempt's next sequence number (1, 2, 3…). */
const envelope = { eventId: uuid, seq: z.number().int().min(1).max(100_000) };

export const choiceEvent = z.strictObject({ ...envelope, type: z.literal('choice'), ...choicePayload });
export const completeEvent = z.strictObject({
  ...envelope,
  type: z.literal('complete'),
  reflection: storableText(10_000),
});
/** `POST /api/attempts/:id/events`: one event of an attempt. */
export const eventMessage = z.discriminatedUnion('type', [choiceEvent, completeEvent]);
export type EventMessage = z.output<typeof eventMessage>;
export type ChoiceEvent = z.output<typeof choiceEvent>;

/** What a choice says, without its envelope: the same shape the recorder takes, the server stores and replays. */
export type ChoiceMessage = Omit<ChoiceEvent, 'eventId' | 'seq' | 'type'>;

// One shape from click to replay: a choice message is a recorded choice, and a recorded choice a choice message.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const choiceIsRecorded: Same<ChoiceMessage, RecordedChoice> = true;
void choiceIsRecorded;

export const attemptStatusSchema = z.enum(['in_progress', 'completed', 'rejected']);

/**
 * The attempt as the server answers with it, as far as the player reads it: its status and, once completed, the
 * score the server gave it by replaying the recorded choices (the browser never sends a score).
 */
export const recordedScore = z.object({
  status: attemptStatusSchema,
  overall: z.number().nullable(),
  band: z.string().nullable(),
  domains: z.array(z.object({ id: z.string(), name: z.string(), score: z.number().nullable() })),
});
export type RecordedScore = z.output<typeof recordedScore>;

/** The answer to a start: 201 when it began, 200 when that id had already begun. */
export const startAnswer = z.object({ attempt: recordedScore.extend({ id: z.string() }) });
export type StartAnswer = z.output<typeof startAnswer>;

/** The answer to an event: 201 when recorded, 200 when the same event was recorded before (`duplicate`). */
export const eventAnswer = z.object({ seq: z.number().int(), duplicate: z.boolean(), attempt: recordedScore });
export type EventAnswer = z.output<typeof eventAnswer>;

/**
 * A refusal: every API error is `{ error: { status, message } }`; a 409 for an event out of sequence also says
 * which number the attempt expects next (`expectedSeq`), so an event recorded before its answer was lost counts as sent.
 */
export const problemAnswer = z.object({
  error: z.looseObject({ status: z.number().int(), message: z.string(), expectedSeq: z.number().int().optional() }),
});
export type ProblemAnswer = z.output<typeof problemAnswer>;
