/** The attempt messages the browser sends, as the server parses them: an attempt's start, and each event. */
import { z } from 'zod';
import { scenarioSlug, uuid } from '../../core/input.ts';
import { storableText } from '../../text.ts';

export const startSchema = z.strictObject({
  id: uuid,
  scenario: scenarioSlug,
  storyHash: z.string().min(1).max(128),
  mode: z.enum(['practice', 'assessment']),
  /** The assignment the attempt is played for, if any (checked: assigned, open, same mode, attempts left). */
  assignmentId: uuid.optional(),
  /** Seeds the order the options are shown in, so every later view shows the order the trainee saw. */
  seed: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be letters, digits and hyphens').optional(),
});

const base = { eventId: uuid, seq: z.number().int().min(1).max(100_000) };
export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('choice'),
    point: z.number().int().min(0).max(10_000),
    index: z.number().int().min(0).max(1_000),
    text: storableText(2_000).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('complete'), reflection: storableText(10_000) }),
]);
export type AttemptEvent = z.infer<typeof eventSchema>;
