/**
 * The in-page half of the latency benchmark, installed as an init script so it runs at document creation,
 * before any of the page's own scripts. Everything timed is timed here, with performance.now() (milliseconds
 * since navigation start), so the harness's round trips to Node never count.
 *
 * The same code times Rapport and the floor page: both render their options as `button.option` inside a
 * group labelled "choices-label". The first choice is timed twice, as issue 14 defines it:
 * - *visible*: the first frame in which the options are on screen (in the DOM and not hidden, then the next
 *   animation frame, which runs only once nothing blocks rendering: a stylesheet still loading holds it back);
 * - *working*: in that frame an option is clicked, and the time is taken when the click is answered with the next
 *   lines (a new, different set of options is on screen, or the choices are gone at the end).
 * On Rapport the options are on the page before its scripts run, so the click may come before the player is ready:
 * in assessment play the page shows the answer it carries for that option at once, and the player takes over from
 * there when it runs (src/components/opening-capture.ts). Only options on screen count, on both sides.
 */

export interface BenchState {
  /** When the briefing's "Begin the session" was clicked (Rapport only; the floor has no briefing). */
  begun: number | null;
  /** The first frame with the first options on screen: ms since navigation start. */
  visible: number | null;
  /** When the click made in that frame was answered with the next lines: ms since navigation start. */
  working: number | null;
  /** Resolves once the first click has been answered. */
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

/**
 * Serialised by Playwright (page.addInitScript), so it must be self-contained: no imports, no outer names. `first` is
 * the pattern's option for the first choice (the same on both sides, so both take the same path).
 */
export function harness(first: number): void {
  const GROUP = '[role="group"][aria-labelledby="choices-label"]';
  const onScreen = (button: HTMLElement | undefined): boolean =>
    !!button && button.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  // The options on screen (Rapport's page also carries, hidden, what each first option leads to), in the order of
  // the story's source (ink's index), not the order on screen: Rapport shuffles its options per attempt, and the same
  // pattern must take the same path on both sides.
  const options = (): HTMLButtonElement[] =>
    Array.from(document.querySelectorAll<HTMLButtonElement>(`${GROUP} button.option`))
      .filter((b) => !b.disabled && onScreen(b))
      .sort((a, b) => Number(a.dataset.index ?? 0) - Number(b.dataset.index ?? 0));
  const signature = (buttons: HTMLButtonElement[]): string => buttons.map((b) => b.textContent?.trim()).join('\n');

  // One observer for the page's whole life; what it checks changes with the phase.
  let onMutation: (() => void) | null = null;
  // Attributes too: Rapport's page shows its first point, and the answer to a first click, by an attribute.
  new MutationObserver(() => onMutation?.()).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });

  let markReady = (): void => {};
  const state: BenchState = {
    begun: null,
    visible: null,
    working: null,
    ready: new Promise<void>((resolve) => (markReady = resolve)),
    choose,
  };
  window.__bench = state;

  const visibleGroup = (): boolean =>
    Array.from(document.querySelectorAll<HTMLElement>(GROUP)).some((g) => onScreen(g));
  /** Resolves `done` with the time a new set of options (or the end) follows `previous`, checked on every mutation. */
  const watchAnswer = (previous: string, done: (at: number) => void): void => {
    onMutation = () => {
      const now = options();
      if ((now.length > 0 && signature(now) !== previous) || !visibleGroup()) {
        onMutation = null;
        done(performance.now());
      }
    };
  };

  // Loading: as soon as the briefing appears, pick assessment mode (no feedback step between choices) and begin.
  // Once option buttons are in the DOM, each animation frame (which runs only when the page can be drawn) checks
  // whether they are on screen: in the first frame they are, the time is taken and one is clicked. Visibility is
  // checked in frames, not on every mutation, since asking forces the page's styles to be worked out there and then.
  let polling = false;
  const frame = (): void => {
    const before = options();
    if (!onScreen(before[0])) {
      requestAnimationFrame(frame);
      return;
    }
    state.visible = performance.now();
    watchAnswer(signature(before), (at) => {
      state.working = at;
      markReady();
    });
    before[first % before.length]!.click();
  };
  onMutation = () => {
    if (state.begun === null) {
      const begin = document.querySelector('form button[type="submit"]');
      if (begin instanceof HTMLButtonElement && begin.textContent?.trim() === 'Begin the session') {
        document.querySelector<HTMLInputElement>('input[name="mode"][value="assessment"]')?.click();
        state.begun = performance.now();
        begin.click();
      }
    }
    if (polling || !document.querySelector(`${GROUP} button.option`)) return;
    polling = true;
    requestAnimationFrame(frame);
  };

  function choose(k: number): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const before = options();
      if (before.length === 0) {
        reject(new Error('no options on offer'));
        return;
      }
      const timer = setTimeout(() => {
        onMutation = null;
        reject(new Error('no new options within 30 s of a click'));
      }, 30_000);
      watchAnswer(signature(before), (at) => {
        clearTimeout(timer);
        resolve(visibleGroup() && options().length > 0 ? at - start : null);
      });
      const start = performance.now();
      before[k % before.length]!.click();
    });
  }
}
