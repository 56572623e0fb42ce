/**
 * Loads wink-nlp and its English web model on demand and makes the matcher. The only file that names the
 * packages, and only through dynamic `import()`, so a bundler splits them into chunks that the respond-first
 * mode fetches when it starts and the ordinary scenario page never does. The model ships inside the npm
 * package: nothing is downloaded from anywhere else, and nothing the trainee types leaves the device.
 */
import { createMatcher, type Matcher, type MatcherSettings } from './matcher.ts';
import type { Nlp } from './nlp.ts';

let loading: Promise<Nlp> | null = null;

/** wink with the pipeline steps the matcher reads: sentences, parts of speech (for lemmas), negation. */
export function loadNlp(): Promise<Nlp> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
    ([{ default: winkNLP }, { default: model }]) => winkNLP(model, ['sbd', 'pos', 'negation']) as unknown as Nlp,
  );
  return loading;
}

export async function loadMatcher(settings: Partial<MatcherSettings> = {}): Promise<Matcher> {
  return createMatcher(await loadNlp(), settings);
}
