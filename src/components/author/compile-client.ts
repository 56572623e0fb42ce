/**
 * The browser-side checker, shared by the sandbox studio and the draft editor: compiles a draft in a worker
 * (compile.worker.ts) and answers each request once, matched by id. Nothing renders from it.
 */
import type { Rubric } from '../../engine/rubric.ts';
import type { CompileResult, Draft } from '../../machines/authoring-machine.ts';
import type { CompileRequest, CompileResponse } from './compile.worker.ts';

export interface BrowserCompiler {
  compile: (draft: Draft, mainName?: string) => Promise<CompileResult>;
  terminate: () => void;
}

export function createBrowserCompiler(rubric: Rubric): BrowserCompiler {
  const worker = new Worker(new URL('./compile.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 0;
  const waiting = new Map<number, (r: CompileResponse) => void>();
  worker.onmessage = (event: MessageEvent<CompileResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  const criteria = rubric.domains.flatMap((d) => d.criteria.map((c) => c.id));
  return {
    compile: (draft, mainName = 'main.ink') =>
      new Promise<CompileResult>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        worker.postMessage({
          id,
          source: draft.source,
          includes: draft.includes,
          criteria,
          rubric,
          mainName,
        } satisfies CompileRequest);
      }),
    terminate: () => worker.terminate(),
  };
}
