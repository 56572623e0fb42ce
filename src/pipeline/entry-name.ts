/**
 * The name of a scenario's ink entry file, read from `scenario.yaml` before (or without) validating it: its
 * `main` when that is a plain .ink file name, else main.ink. Kept apart from the checker (it needs only the
 * YAML parser) so the server can name a draft's ink file without loading the compiler.
 */
import { parse } from 'yaml';
import { entryNameOf } from '../engine/scenario-meta.ts';

/** The entry file a parsed (not yet validated) document names (the rule is the engine's). */
export { entryNameOf };

/** The entry file a `scenario.yaml` text names; main.ink when the text is not YAML. */
export function inkFileOf(yaml: string): string {
  try {
    return entryNameOf(parse(yaml));
  } catch {
    return 'main.ink';
  }
}
