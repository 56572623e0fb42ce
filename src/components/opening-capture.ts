/**
 * The scenario page's first script: inline in the HTML just before the player's markup (PlayerIsland.astro), so it
 * runs before the page is drawn and long before the player's code arrives. The page already shows the briefing and,
 * hidden, the first point (src/engine/first-point.ts); this keeps what the trainee does with them until the player
 * runs, so nothing is lost:
 *
 * - "Begin the session" shows the first point at once (`<html data-opening="begun">`, read by Player.svelte's styles)
 *   and is kept with the mode and style chosen; with respond-first ticked the page waits for the player instead;
 * - a click on an option, or its number key, once begun, is kept; in assessment play the page shows its answer at
 *   once (the player rendered each first option's answer, hidden: `data-opening-answer`), and one more choice among
 *   that answer's options is kept too; otherwise the option is marked until the player answers;
 * - on a page that must read something first (progress saved in this browser, or an assignment in the address),
 *   the briefing is hidden behind "Loading the scenario…" (`data-opening="wait"`) and nothing is kept.
 *
 * The player takes what was kept (`takeCaptured`) when it starts, stops this script's listeners, and applies it.
 *
 * The script itself is opening-capture.inline.js, written as the exact text the page carries: the site's content
 * security policy allows it by the hash of that text (astro.config.mjs), the same on every page, so it reads what
 * differs per page (where the page's progress is saved, progress-store.ts's key) from its own `data-key`.
 */

/** What the trainee did before the player ran. */
export type Captured =
  | { kind: 'begin'; mode: 'practice' | 'assessment' | null; respondFirst: boolean }
  /** `shown`: the page showed this option's answer (the next lines and options) at once, in assessment play. */
  | { kind: 'choose'; index: number; shown?: boolean };

/** What the script leaves on `window` for the player. */
export interface CaptureState {
  events: Captured[];
  stop(): void;
}

declare global {
  interface Window {
    __rapportOpening?: CaptureState;
  }
}

/** For the player: what was kept before it ran (in order), with the capture stopped; nothing on other pages. */
export function takeCaptured(): Captured[] {
  const state = globalThis.window?.__rapportOpening;
  if (!state) return [];
  state.stop();
  delete window.__rapportOpening;
  return state.events;
}
