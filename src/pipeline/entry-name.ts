/**
 * The name of a scenario's ink entry file, read from `scenario.yaml` before (or without) validating it: its
 * `main` when that is a plain .ink file name, else main.ink. Kept apart from the checker (it needs only the
 * YAML parser) so the server can name a draft's ink file without loading the compiler.
 */
import { parse } from 'yaml';

const INK_FILE = /^[\w-]+\.ink$/;

/** The entry file a parsed (not yet validated) document names. */
export function entryNameOf(raw: unknown): string {
  const main = typeof raw === 'object' && raw !== null ? (raw as { main?: unknown }).main : undefined;
  return typeof main === 'string' && INK_FILE.test(main) ? main : 'main.ink';
}

/** The entry file a `scenario.yaml` text names; main.ink when the text is not YAML. */
export function inkFileOf(yaml: string): string {
  try {
    return entryNameOf(parse(yaml));
  } catch {
    return 'main.ink';
  }
}
