/**
 * Compiles one ink entry file: from disk (INCLUDEs resolved relative to its folder), or from text held in
 * memory (a draft written in the browser), through the one `compileInkSource`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CompiledStory } from '../engine/check-compiled.ts';
import { compileSource } from '../engine/compile.ts';
import { shownPath } from './yaml-file.ts';

export type CompiledInk = CompiledStory;

/** An ink entry file, wherever its text comes from. */
export interface InkSource {
  /** The name diagnostics give the entry file (`stories/the-gift/main.ink`, or `main.ink` for a draft). */
  file: string;
  /** Its text, or null when it cannot be read. */
  text: string | null;
  /** Text of an INCLUDEd file, by the name the INCLUDE gives; throws a sentence when it cannot be read. */
  read(includeName: string): string;
  /** The name diagnostics give an INCLUDEd file. */
  shownName(includeName: string): string;
}

/** An entry file on disk; diagnostic names are paths from `root`. */
export function inkOnDisk(mainPath: string, root: string): InkSource {
  const folder = dirname(mainPath);
  const shown = (name: string) => shownPath(resolve(folder, name), root);
  let text: string | null;
  try {
    text = readFileSync(mainPath, 'utf8');
  } catch {
    text = null;
  }
  return {
    file: shownPath(mainPath, root),
    text,
    shownName: shown,
    read: (name) => {
      try {
        return readFileSync(resolve(folder, name), 'utf8');
      } catch {
        throw new Error(`cannot read INCLUDEd file ${shown(name)}`);
      }
    },
  };
}

export function compileInkSource(source: InkSource): CompiledInk {
  if (source.text === null) {
    return {
      json: null,
      parsedStory: null,
      diagnostics: [{ file: source.file, line: null, severity: 'error', message: 'cannot read the file' }],
    };
  }
  return compileSource(source.text, { mainName: source.file, shownName: source.shownName, read: source.read });
}

/**
 * @param mainPath absolute path of the entry .ink file
 * @param root the directory that diagnostic paths are relative to (the repository root)
 */
export function compileInk(mainPath: string, root: string): CompiledInk {
  return compileInkSource(inkOnDisk(mainPath, root));
}
