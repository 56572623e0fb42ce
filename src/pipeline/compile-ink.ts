/** Compiles one ink entry file from disk, INCLUDEs resolved relative to its folder. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { CompiledStory } from '../engine/check-compiled.ts';
import { compileSource } from '../engine/compile.ts';

export type CompiledInk = CompiledStory;

/**
 * @param mainPath absolute path of the entry .ink file
 * @param root the directory that diagnostic paths are relative to (the repository root)
 */
export function compileInk(mainPath: string, root: string): CompiledInk {
  const folder = dirname(mainPath);
  const shown = (abs: string) => relative(root, abs).split('\\').join('/');
  const mainName = shown(mainPath);
  let source: string;
  try {
    source = readFileSync(mainPath, 'utf8');
  } catch {
    return {
      json: null,
      parsedStory: null,
      diagnostics: [{ file: mainName, line: null, severity: 'error', message: 'cannot read the file' }],
    };
  }
  return compileSource(source, {
    mainName,
    shownName: (name) => shown(resolve(folder, name)),
    read: (name) => {
      try {
        return readFileSync(resolve(folder, name), 'utf8');
      } catch {
        throw new Error(`cannot read INCLUDEd file ${shown(resolve(folder, name))}`);
      }
    },
  });
}
