/**
 * Parsing what a request sends: a schema failure becomes one 400 that names every field at fault, and the
 * forms of the ids and slugs every service checks are written once.
 */
import { z } from 'zod';
import { Problem } from './errors.ts';

/** The body parsed by `schema`, or a 400 listing each issue as `field: message` (`what` names the body). */
export function parseOrProblem<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new Problem(400, `The ${what} is not valid: ${issues.join('; ')}.`, { issues });
}

/** A record id as a field of a body: Rapport's ids are UUIDs. */
export const uuid = z.uuid({ message: 'must be a UUID' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path id has the form of Rapport's ids (a UUID), checked before any query uses it. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A scenario's slug as a field of a body. */
export const scenarioSlug = z.string().regex(SLUG, 'must be a scenario slug');

/** Whether a path segment can be a scenario's slug. */
export function isScenarioSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}
