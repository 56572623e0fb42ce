/**
 * The authoring page's compiler, off the main thread: compiles the draft with inkjs's full compiler and
 * runs the same checks as the build (src/engine/check-compiled.ts), then answers with the diagnostics and,
 * when there are no errors, the compiled story.
 */
import { checkCompiled } from '../../engine/check-compiled.ts';
import { hasErrors } from '../../engine/diagnostics.ts';
import type { Rubric } from '../../engine/rubric.ts';
import { surfaceBotDiagnostics } from '../../engine/testwise-bots.ts';
import { compileSource } from '../../engine/compile.ts';
import { StoryRunner } from '../../engine/story-runner.ts';
import type { CompileResult } from '../../machines/authoring-machine.ts';

export interface CompileRequest {
  id: number;
  /** The draft: the entry file's text. */
  source: string;
  /** Other files of the scenario, by the name an INCLUDE gives. */
  includes: Record<string, string>;
  /** Criterion ids the rubric knows. */
  criteria: string[];
  /** The rubric, for weighing options and scoring the test-wise bots as the debrief scores a trainee. */
  rubric?: Rubric;
  /** The entry file's name in problems (a draft's yaml may name it); `main.ink` by default. */
  mainName?: string;
}

/** The machine's CompileResult, with the request's id. */
export type CompileResponse = CompileResult & { id: number };

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  const { id, source, includes, criteria, rubric, mainName = 'main.ink' } = event.data;
  const started = performance.now();
  const known = new Set(criteria);
  let response: CompileResponse;
  try {
    const compiled = compileSource(source, {
      mainName,
      shownName: (name) => name,
      read: (name) => {
        const text = includes[name];
        if (text === undefined) throw new Error(`cannot find the INCLUDEd file ${name}`);
        return text;
      },
    });
    const checked = checkCompiled(
      compiled,
      (name) => name ?? mainName,
      (id) => known.has(id),
      rubric,
    );
    // The surface bots, as the build runs them (the classifier needs the library, which the build has).
    if (checked.json && rubric) {
      checked.diagnostics.push(...surfaceBotDiagnostics(checked.json, rubric, mainName));
      if (hasErrors(checked.diagnostics)) checked.json = null;
    }
    const runner = compiled.json ? new StoryRunner(compiled.json) : null;
    response = {
      id,
      json: checked.json,
      diagnostics: checked.diagnostics,
      points: checked.points,
      criteria: [...checked.criteria],
      passages: runner?.passages() ?? [],
      variables: runner?.variables() ?? {},
      took: performance.now() - started,
    };
  } catch (error) {
    response = {
      id,
      json: null,
      diagnostics: [
        {
          file: mainName,
          line: null,
          severity: 'error',
          message: `the compiler stopped: ${(error as Error).message}`,
        },
      ],
      points: null,
      criteria: [],
      passages: [],
      variables: {},
      took: performance.now() - started,
    };
  }
  self.postMessage(response);
};
