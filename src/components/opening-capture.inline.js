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
  const pick = (button) => {
    chosen = true;
    events.push({ kind: 'choose', index: Number(button.dataset.index) });
    button.dataset.chosen = '';
    button.closest('[role="group"]')?.setAttribute('aria-busy', 'true');
  };
  const onSubmit = (event) => {
    const form = event.target;
    if (!form.closest?.('[data-opening-briefing]')) return;
    event.preventDefault();
    if (begun) return;
    begun = true;
    const data = new FormData(form);
    const mode = data.get('mode');
    const respondFirst = data.has('respond-first');
    events.push({ kind: 'begin', mode: mode === 'practice' || mode === 'assessment' ? mode : null, respondFirst });
    if (respondFirst) return;
    root.dataset.opening = 'begun';
    const label = document.querySelector(`${point} [data-mode-label]`);
    if (label && mode) label.textContent = mode === 'assessment' ? 'Assessment mode' : 'Practice mode';
  };
  const onClick = (event) => {
    const button = event.target.closest?.(`${point} button.option`);
    if (button && begun && !chosen) pick(button);
  };
  const onKey = (event) => {
    if (!begun || chosen || event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    if (event.target.closest?.('textarea, select, input:not([type="checkbox"]):not([type="radio"])')) return;
    const button = document.querySelectorAll(`${point} button.option`)[Number(event.key) - 1];
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
