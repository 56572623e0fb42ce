/**
 * One checker thread (node:worker_threads), started by worker-checker.ts with a memory limit: it runs the build's
 * checks (src/pipeline/draft-check.ts) on one draft at a time, so a story that loops or exhausts memory stalls
 * or ends this thread, never the server's event loop. The library the drafts are checked against is read
 * here, off the request thread, by the first thread the server starts, and handed back for later threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatDiagnostic, type Diagnostic } from '../../engine/diagnostics.ts';
import { checkDraft, loadDraftLibrary, type DraftLibrary } from '../../pipeline/draft-check.ts';
import type { DraftCheck, DraftFiles } from './types.ts';

export interface WorkerSetup {
  /** The repository root, where content/rubrics and stories are read from. */
  root: string;
  rubricDir?: string | undefined;
  storiesDir?: string | undefined;
  /** The library another thread already read, or null to read it here. */
  library: DraftLibrary | null;
}

export interface CheckJob {
  id: number;
  files: DraftFiles;
}

export type WorkerMessage =
  { kind: 'library'; library: DraftLibrary } | { kind: 'ready' } | ({ kind: 'checked'; id: number } & DraftCheck);

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage) => port.postMessage(message);

let library = setup.library;
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
const ready = library;
post({ kind: 'ready' });

port.on('message', ({ id, files }: CheckJob) => {
  const started = performance.now();
  let result: { diagnostics: Diagnostic[]; bundle: DraftCheck['bundle'] };
  try {
    result = checkDraft(files, ready);
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
});
