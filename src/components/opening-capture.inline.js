// The scenario page's first script: keeps Begin, the first option clicked or its number key until the player runs.
// See opening-capture.ts; this file is the exact text the page carries (allowed by its hash, astro.config.mjs).
(() => {
  const root = document.documentElement;
  const key = document.currentScript?.dataset.key ?? '';
  let saved = null;
  try {
    saved = localStorage.getItem(key);
  } catch {
    // Storage disabled: nothing can have been saved.
  }
  if (saved !== null || /[?&]assignment=/.test(location.search)) {
    root.dataset.opening = 'wait';
    return;
  }
  const point = '[data-opening-point]';
  const events = [];
  let begun = false;
  let chosen = false;
  let assessed = false;
  // The answer the page shows to the first choice, whose options take one more choice, kept for the player.
  let shown = null;
  let again = false;
  const hold = (button) => {
    button.dataset.chosen = '';
    button.closest('[role="group"]')?.setAttribute('aria-busy', 'true');
  };
  const pick = (button) => {
    const index = Number(button.dataset.index);
    if (chosen) {
      again = true;
      events.push({ kind: 'choose', index });
      return hold(button);
    }
    chosen = true;
    // In assessment play the page has the answer (the next lines and options): shown at once.
    const answer = assessed && document.querySelector(`[data-opening-answer="${index}"]`);
    if (answer) {
      answer.dataset.shown = '';
      root.dataset.openingAnswered = '';
      shown = answer;
    } else hold(button);
    events.push({ kind: 'choose', index, shown: !!answer });
  };
  /** The options a click or key may pick now: the first point's, then those of the answer shown. */
  const offered = () =>
    again || (chosen && !shown)
      ? []
      : [...((shown ?? document.querySelector(`${point} > .choices`))?.querySelectorAll('button.option') ?? [])];
  const onSubmit = (event) => {
    const form = event.target;
    if (!form.closest?.('[data-opening-briefing]')) return;
    event.preventDefault();
    if (begun) return;
    begun = true;
    const data = new FormData(form);
    const mode = data.get('mode') ?? form.dataset.mode ?? null;
    const respondFirst = data.has('respond-first');
    assessed = mode === 'assessment';
    events.push({ kind: 'begin', mode: mode === 'practice' || mode === 'assessment' ? mode : null, respondFirst });
    if (respondFirst) return;
    root.dataset.opening = 'begun';
    const label = document.querySelector(`${point} [data-mode-label]`);
    if (label && mode) label.textContent = mode === 'assessment' ? 'Assessment mode' : 'Practice mode';
  };
  const onClick = (event) => {
    const button = event.target.closest?.(`${point} button.option`);
    if (button && begun && offered().includes(button)) pick(button);
  };
  const onKey = (event) => {
    if (!begun || event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    if (event.target.closest?.('textarea, select, input:not([type="checkbox"]):not([type="radio"])')) return;
    const button = offered()[Number(event.key) - 1];
    if (!button) return;
    event.preventDefault();
    pick(button);
  };
  document.addEventListener('submit', onSubmit, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  window.__rapportOpening = {
    events,
    stop() {
      document.removeEventListener('submit', onSubmit, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
    },
  };
})();
