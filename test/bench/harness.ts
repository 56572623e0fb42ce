/**
 * The in-page half of the latency benchmark, installed as an init script so it runs at document creation,
 * before any of the page's own scripts. Everything timed is timed here, with performance.now() (milliseconds
 * since navigation start), so the harness's round trips to Node never count.
 *
 * The same code times Rapport and the floor page: both render their options as `button.option` inside a
 * group labelled "choices-label".
 */

export interface BenchState {
  /** When the briefing's "Begin the session" was clicked (Rapport only; the floor has no briefing). */
  begun: number | null;
  /** When the first options were in the DOM: ms since navigation start. */
  firstChoice: number | null;
  /** Resolves once the first options are in the DOM. */
  ready: Promise<void>;
  /**
   * Clicks option k (modulo the number on offer) and resolves with the ms until a new, different set of options
   * is in the DOM, or with null when the conversation ended instead (the choices group is gone).
   */
  choose: (k: number) => Promise<number | null>;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

/** Serialised by Playwright (page.addInitScript), so it must be self-contained: no imports, no outer names. */
export function harness(): void {
  const GROUP = '[role="group"][aria-labelledby="choices-label"]';
  // In the order of the story's source (ink's index), not the order on screen: Rapport shuffles its options per
  // attempt, and the same pattern must take the same path on both sides.
  const options = (): HTMLButtonElement[] =>
    Array.from(document.querySelectorAll<HTMLButtonElement>(`${GROUP} button.option`))
      .filter((b) => !b.disabled)
      .sort((a, b) => Number(a.dataset.index ?? 0) - Number(b.dataset.index ?? 0));
  const signature = (buttons: HTMLButtonElement[]): string => buttons.map((b) => b.textContent?.trim()).join('\n');

  // One observer for the page's whole life; what it checks changes with the phase.
  let onMutation: (() => void) | null = null;
  new MutationObserver(() => onMutation?.()).observe(document, { childList: true, subtree: true, characterData: true });

  let markReady = (): void => {};
  const state: BenchState = {
    begun: null,
    firstChoice: null,
    ready: new Promise<void>((resolve) => (markReady = resolve)),
    choose,
  };
  window.__bench = state;

  // Loading: as soon as the briefing appears, pick assessment mode (no feedback step between choices) and begin.
  onMutation = () => {
    if (state.begun === null) {
      const begin = document.querySelector('form button[type="submit"]');
      if (begin instanceof HTMLButtonElement && begin.textContent?.trim() === 'Begin the session') {
        document.querySelector<HTMLInputElement>('input[name="mode"][value="assessment"]')?.click();
        state.begun = performance.now();
        begin.click();
      }
    }
    if (options().length > 0) {
      state.firstChoice = performance.now();
      onMutation = null;
      markReady();
    }
  };

  function choose(k: number): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const before = options();
      if (before.length === 0) {
        reject(new Error('no options on offer'));
        return;
      }
      const previous = signature(before);
      const done = (ms: number | null): void => {
        clearTimeout(timer);
        onMutation = null;
        resolve(ms);
      };
      const timer = setTimeout(() => {
        onMutation = null;
        reject(new Error('no new options within 30 s of a click'));
      }, 30_000);
      onMutation = () => {
        const now = options();
        if (now.length > 0 && signature(now) !== previous) done(performance.now() - start);
        else if (!document.querySelector(GROUP)) done(null);
      };
      const start = performance.now();
      before[k % before.length]!.click();
    });
  }
}
