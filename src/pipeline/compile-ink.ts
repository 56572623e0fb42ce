/** Compiles one ink entry file with inkjs's compiler, INCLUDEs resolved relative to its folder. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { parseInkMessage, type Diagnostic } from '../engine/diagnostics.ts';

export interface CompiledInk {
  /** The compiled story as JSON text, or null when compilation failed. */
  json: string | null;
  /** The compiler's parsed tree (for static checks), or null when parsing failed. */
  parsedStory: unknown;
  diagnostics: Diagnostic[];
}

/**
 * @param mainPath absolute path of the entry .ink file
 * @param root the directory that diagnostic paths are relative to (the repository root)
 */
export function compileInk(mainPath: string, root: string): CompiledInk {
  const folder = dirname(mainPath);
  const shown = (abs: string) => relative(root, abs).split('\\').join('/');
  const mainName = shown(mainPath);
  const fileFor = (inkName: string | null) =>
    !inkName || inkName === mainName ? mainName : shown(resolve(folder, inkName));

  const messages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(folder, name),
    LoadInkFileContents: (path: string) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        throw new Error(`cannot read INCLUDEd file ${shown(path)}`);
      }
    },
  };
  const options = new CompilerOptions(mainName, [], true, (message: string) => messages.push(message), fileHandler);

  let source: string;
  try {
    source = readFileSync(mainPath, 'utf8');
  } catch {
    return { json: null, parsedStory: null, diagnostics: [{ file: mainName, line: null, severity: 'error', message: 'cannot read the file' }] };
  }

  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = story ? story.ToJson() ?? null : null;
  } catch (error) {
    // Compile() throws "Compilation failed." after reporting its errors through the handler.
    if (messages.length === 0) messages.push(`ERROR: ${(error as Error).message}`);
  }
  const diagnostics = messages.map((m) => parseInkMessage(m, fileFor));
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  return { json, parsedStory: compiler.parsedStory ?? null, diagnostics };
}

