/**
 * One checker process, started by worker-checker.ts (node:child_process, with a heap limit): it runs the build's
 * checks (src/pipeline/draft-check.ts) on one draft at a time, so a story that loops or exhausts memory stalls or
 * ends this process, never the server. The library the drafts are checked against is read here, off the
 * server's event loop, by the first process the server starts, and handed back for the processes that replace it.
 */
import { formatDiagnostic, type Diagnostic } from '../../engine/diagnostics.ts';
import { checkDraft, loadDraftLibrary, type DraftLibrary } from '../../pipeline/draft-check.ts';
import type { DraftCheck, DraftFiles } from './types.ts';

export interface WorkerSetup {
  kind: 'setup';
  /** The repository root, where content/rubrics and stories are read from. */
  root: string;
  rubricDir?: string | undefined;
  storiesDir?: string | undefined;
  /** The library another process already read, or null to read it here. */
  library: DraftLibrary | null;
}

export interface CheckJob {
  kind: 'check';
  id: number;
  files: DraftFiles;
}

export type WorkerMessage =
  { kind: 'library'; library: DraftLibrary } | { kind: 'ready' } | ({ kind: 'checked'; id: number } & DraftCheck);

const post = (message: WorkerMessage) => process.send!(message);
let library: DraftLibrary | null = null;

function setUp(setup: WorkerSetup) {
  library = setup.library;
  if (!library) {
    const { problems, ...loaded } = loadDraftLibrary(setup.root, {
      rubricDir: setup.rubricDir,
      storiesDir: setup.storiesDir,
    });
    // The build refuses a rubric with errors; a server started on one says so once and checks against what loaded.
    for (const d of problems.filter((p) => p.severity === 'error'))
      console.error(`The draft checker's rubric: ${formatDiagnostic(d)}`);
    library = loaded;
    post({ kind: 'library', library });
  }
  post({ kind: 'ready' });
}

function check({ id, files }: CheckJob, against: DraftLibrary) {
  const started = performance.now();
  let result: { diagnostics: Diagnostic[]; bundle: DraftCheck['bundle'] };
  try {
    result = checkDraft(files, against);
  } catch (error) {
    // checkDraft reports a bad draft as diagnostics; only a fault of the checker itself lands here.
    result = {
      diagnostics: [
        {
          file: 'scenario.yaml',
          line: null,
          severity: 'error',
          message: `the checker could not finish (${(error as Error).message}); please report this with the draft`,
        },
      ],
      bundle: null,
    };
  }
  post({ kind: 'checked', id, ...result, took: Math.round(performance.now() - started) });
}

process.on('message', (message: WorkerSetup | CheckJob) => {
  if (message.kind === 'setup') setUp(message);
  else if (message.kind === 'check' && library) check(message, library);
});
// The server went away (stopped, or killed): nothing is left to check for.
process.on('disconnect', () => process.exit(0));
