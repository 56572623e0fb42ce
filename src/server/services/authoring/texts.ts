/**
 * A draft's two texts: its `scenario.yaml` and its one ink file. What the server reads from the yaml without
 * the checker (the title to list the draft by, the ink file's name), tolerant of a yaml still being written.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { storableText } from '../../text.ts';

/** Largest text of either file: the same cap a scenario folder's files have in a zip (512 KB). */
export const MAX_FILE_CHARS = 512 * 1024;

export const fileText = storableText(
  MAX_FILE_CHARS,
  `must be at most ${MAX_FILE_CHARS.toLocaleString('en')} characters`,
);

/** A slug an authored scenario may have: lowercase words of letters and digits joined by hyphens, 3–60 characters. */
export const authoredSlug = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits, words joined by single hyphens');

function fields(yaml: string): Record<string, unknown> {
  try {
    const value: unknown = parse(yaml);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The ink file's name, read the one way the checker and the zip reader read it. */
export { inkFileOf } from '../../../pipeline/entry-name.ts';

/** The title to list a draft by: the yaml's `title`, or `fallback` while it has none. */
export function titleOf(yaml: string, fallback: string): string {
  const title = fields(yaml).title;
  if (typeof title !== 'string') return fallback;
  const trimmed = title.trim().slice(0, 200);
  return trimmed.length > 0 ? trimmed : fallback;
}
