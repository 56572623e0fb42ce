/**
 * The blank scenario a new draft starts from: the same `scenario.yaml` and `main.ink` that `npm run stories:new`
 * copies (src/cli/templates), which pass the checker. Read beside this module when the server runs from its
 * sources, else from the project root (a bundled route's module lives in dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function templateDir(): string {
  const beside = fileURLToPath(new URL('../../../cli/templates/', import.meta.url));
  return existsSync(join(beside, 'scenario.yaml')) ? beside : join(process.cwd(), 'src/cli/templates');
}

let cached: { yaml: string; ink: string } | null = null;

export function blankTemplate(): { yaml: string; ink: string } {
  if (!cached) {
    const dir = templateDir();
    cached = {
      yaml: readFileSync(join(dir, 'scenario.yaml'), 'utf8'),
      ink: readFileSync(join(dir, 'main.ink'), 'utf8'),
    };
  }
  return cached;
}
