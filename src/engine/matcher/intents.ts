/**
 * What a sentence does, beside what it is about. The options at a choice point share their topic and their
 * surface (length, names, questions) by design, and differ in the move they make: reflect, explore, advise,
 * reassure, apologise, hold a boundary, disclose, praise, wait. Each move is recognised here by a few lemma
 * sequences (after wink's lemmatiser, so "worried", "worries" and "worrying" are one cue) and becomes a
 * pseudo-word the ranking weighs like any other word: present ("+advise") or absent ("-advise"), so a move
 * that only one option makes counts for much, and one every option makes counts for nothing.
 */
import type { Token } from './nlp.ts';

/** Lemma sequences, written as they come out of wink (contractions expanded: "don't" is "do not"). */
const CUES = {
  question: ['?'],
  explore: ['what', 'how', 'which', 'tell me', 'talk me through', 'say more', 'go on', 'carry on'],
  reflect: [
    'sound like',
    'sound as',
    'it sound',
    'seem',
    'i hear',
    'i notice',
    'i wonder',
    'i can see',
    'i imagine',
    'you feel',
    'you be feel',
  ],
  feeling: [
    'hurt',
    'angry',
    'anger',
    'sad',
    'scared',
    'scary',
    'afraid',
    'frighten',
    'frightening',
    'fear',
    'upset',
    'worried',
    'ashamed',
    'shame',
    'lonely',
    'alone',
    'guilt',
    'guilty',
    'painful',
    'pain',
    'exhausted',
    'exhausting',
    'tired',
    'anxious',
    'stress',
    'stressed',
    'embarrassed',
    'hard',
    'difficult',
    'awful',
    'terrible',
    'overwhelm',
    'miss',
  ],
  advise: [
    'should',
    'try',
    'suggest',
    'recommend',
    'why not',
    'have you think',
    'you could',
    'maybe you',
    'i would',
    'if i be',
    'sensible',
    'best',
    'plan',
    'focus on',
  ],
  reassure: [
    'do not worry',
    'not worry',
    'okay',
    'ok',
    'alright',
    'all right',
    'fine',
    'normal',
    'everyone',
    'anyone would',
    'too hard on yourself',
    'not your fault',
    'will be',
  ],
  promise: ['promise', 'swear', 'guarantee', 'my word', 'word on that'],
  attend: [
    'i be listen',
    'listen',
    'take your time',
    'no rush',
    'your own time',
    'when you be ready',
    'i be here',
    'i be with you',
    'go on',
    'carry on',
    'keep go',
  ],
  choice: [
    'would you rather',
    'would you like',
    'would you prefer',
    'do you want',
    'up to you',
    'you decide',
    'your choice',
    'your call',
    'where would you',
    'what would you like',
    'as much or as little',
  ],
  apologise: [
    'sorry',
    'apologise',
    'apologize',
    'apology',
    'my fault',
    'on me',
    'mistake',
    'i be wrong',
    'i should have',
    'i get it wrong',
  ],
  agree: ['yes', 'of course', 'absolutely', 'you be right', 'fair', 'sure'],
  boundary: [
    'can not',
    'allow',
    'policy',
    'rule',
    'service',
    'limit',
    'boundary',
    'working hour',
    'office hour',
    'have to tell',
    'have to pass',
    'need to tell',
    'report',
    'refer',
    'colleague',
    'confidential',
    'pass on',
    'pass it on',
    'exception',
    'between us',
    'stay here',
    'stay in here',
    'supervisor',
  ],
  disclose: [
    'my mum',
    'my dad',
    'my mother',
    'my father',
    'my parent',
    'my family',
    'my friend',
    'my partner',
    'my husband',
    'my wife',
    'my kid',
    'my child',
    'when i be',
    'i have be',
    'me too',
    'i use to',
  ],
  opinion: ['i think', 'in my view', 'my view', 'honestly', 'i would go', 'if i be you', 'i believe', 'my opinion'],
  praise: [
    'proud',
    'well do',
    'brilliant',
    'great',
    'lovely',
    'amazing',
    'congratulation',
    'gorgeous',
    'beautiful',
    'wonderful',
    'achievement',
  ],
  thanks: ['thank', 'thanks'],
  structure: [
    'time',
    'minute',
    'session',
    'come back to',
    'go back to',
    'move on',
    'park',
    'next week',
    'let us',
    'start with',
    'first',
  ],
  together: ['we', 'us', 'together', 'both of us'],
  // A stage direction, "(Hand her the tissues.)" or "*nods*": doing rather than saying; waiting is its own move.
  action: ['(', '*'],
  silence: ['say nothing', 'silence', 'pause', 'wait', 'quiet', 'sit with', 'nod'],
  negation: ['not', 'no', 'never', 'nothing', 'nobody'],
} satisfies Record<string, string[]>;

/** Moves that a negation turns into another: declining to promise is its own move, not a weak promise. */
const NEGATABLE = { promise: 'no-promise' } as const;

export type Intent = keyof typeof CUES | (typeof NEGATABLE)[keyof typeof NEGATABLE];
export const INTENTS = [...Object.keys(CUES), ...Object.values(NEGATABLE)] as Intent[];

const SEQUENCES = (Object.keys(CUES) as (keyof typeof CUES)[]).map((intent) => ({
  intent,
  sequences: CUES[intent].map((cue) => cue.split(' ')),
}));

/** Each word as both its lemma and its lower-cased form, with wink's fused "i'm" and "let's" split back. */
function words(tokens: readonly Token[]): { lemma: string; normal: string; negated: boolean }[] {
  return tokens.flatMap((t) =>
    t.normal === "i'm"
      ? [
          { lemma: 'i', normal: 'i', negated: t.negated },
          { lemma: 'be', normal: 'am', negated: t.negated },
        ]
      : t.normal === "let's"
        ? [
            { lemma: 'let', normal: 'let', negated: false },
            { lemma: 'us', normal: 'us', negated: false },
          ]
        : [{ lemma: t.lemma, normal: t.normal, negated: t.negated }],
  );
}

export function intentsOf(tokens: readonly Token[]): Set<Intent> {
  const w = words(tokens);
  const at = (i: number, s: string) => i < w.length && (w[i]!.lemma === s || w[i]!.normal === s);
  const found = new Set<Intent>();
  for (const { intent, sequences } of SEQUENCES) {
    for (const seq of sequences) {
      w.forEach((word, i) => {
        if (!seq.every((s, k) => at(i + k, s))) return;
        found.add(intent in NEGATABLE && word.negated ? NEGATABLE[intent as keyof typeof NEGATABLE] : intent);
      });
    }
  }
  return found;
}
