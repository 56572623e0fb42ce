/** A digest of files' names and contents (folders walked in name order), to tell when content changed. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function digestOf(paths: string[]): string {
  const hash = createHash('sha256');
  const add = (path: string): void => {
    if (!existsSync(path)) {
      hash.update(`missing:${path}\n`);
    } else if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(`${path}\n`).update(readFileSync(path)).update('\n');
    }
  };
  paths.forEach(add);
  return hash.digest('hex').slice(0, 16);
}
