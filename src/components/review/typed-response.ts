/**
 * The words a trainee typed before a choice in respond-first play (issue 16), and supervisors' ratings of them,
 * as the debrief and the review show them: plain data, so no component imports src/server.
 */

export interface DebriefRating {
  id: string;
  /** -2..+2. */
  rating: number;
  note: string | null;
  authorName: string | null;
  updatedAt: string;
  /** Made by the person looking (a supervisor sees their own rating in the form, to change it). */
  mine: boolean;
}

export interface DebriefResponse {
  /** The choice point (0-based) on the final path. */
  point: number;
  response: string;
  ratings: DebriefRating[];
}

/** The rating scale, with words so a number is never the only cue. */
export const RATING_LABELS: Record<number, string> = {
  [-2]: 'Harmful',
  [-1]: 'Unhelpful',
  0: 'Neutral',
  1: 'Helpful',
  2: 'Excellent',
};

export const RATING_VALUES = [-2, -1, 0, 1, 2] as const;

/** "+2", "0", "−1": signed, with a true minus sign. */
export function signedRating(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
