/**
 * The order a trainee sees the options of a choice point in: shuffled per attempt and point, from a seed
 * that is part of the attempt, so that the player, a resumed or rewound attempt, the server's replay, the
 * past debrief, the supervisor's review and the exports all show the same order. The position of an
 * option in the source then tells a test-wise reader nothing. An option keeps its ink identity
 * (`index`, `source`) whatever its place.
 *
 * A point opts out with `#fixed-order` on its first option (e.g. "Say nothing" written last on purpose).
 * With no seed (attempts recorded before shuffling existed), the source's order is kept.
 */

import { fnv1a, mulberry32 } from './seeded.ts';

interface Orderable {
  source: string;
  evidence: { fixedOrder?: true | undefined };
}

/** True when the point asks to keep the source's order. */
export function isFixedOrder(options: readonly Pick<Orderable, 'evidence'>[]): boolean {
  return options[0]?.evidence.fixedOrder === true;
}

/**
 * The options in the order shown at choice point `point` (0-based, on the path) of an attempt with `seed`.
 * Deterministic: the same seed, point and options give the same order every time.
 */
export function orderOptions<T extends Orderable>(
  options: readonly T[],
  seed: string | null | undefined,
  point: number,
): T[] {
  if (!seed || options.length < 2 || isFixedOrder(options)) return [...options];
  const random = mulberry32(fnv1a(`${seed}|${point}|${options.map((o) => o.source).join('|')}`));
  const out = [...options];
  // Fisher–Yates.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
