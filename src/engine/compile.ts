/**
 * Compiles ink source with inkjs's compiler (visit counts on). I/O-free: the caller says how an INCLUDE
 * is read. The only engine file that imports the compiler (`inkjs/full`): the build, the checker and the
 * authoring page's worker use it; the player never does (a layer test checks this).
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { CompiledStory } from './check-compiled.ts';
import { parseInkMessage } from './diagnostics.ts';

export interface SourceFiles {
  /** The name diagnostics use for the entry file, e.g. stories/the-gift/main.ink. */
  mainName: string;
  /** Text of an INCLUDEd file, by the name the INCLUDE gives; throws when it cannot be read. */
  read(includeName: string): string;
  /** The name diagnostics use for an INCLUDEd file. */
  shownName(includeName: string): string;
}

export function compileSource(source: string, files: SourceFiles): CompiledStory {
  const messages: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => files.read(name),
  };
  const options = new CompilerOptions(
    files.mainName,
    [],
    true,
    (message: string) => messages.push(message),
    fileHandler,
  );
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    json = compiler.Compile()?.ToJson() ?? null;
  } catch (error) {
    // Compile() throws "Compilation failed." after reporting its errors through the handler.
    if (messages.length === 0) messages.push(`ERROR: ${(error as Error).message}`);
  }
  const fileFor = (inkName: string | null) =>
    !inkName || inkName === files.mainName ? files.mainName : files.shownName(inkName);
  const diagnostics = messages.map((m) => parseInkMessage(m, fileFor));
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  let parsedStory: unknown;
  try {
    parsedStory = compiler.parsedStory;
  } catch {
    parsedStory = null; // the getter throws when parsing never produced a tree
  }
  return { json, parsedStory, diagnostics };
}
