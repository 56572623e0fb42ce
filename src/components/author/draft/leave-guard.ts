/**
 * Asks before leaving a draft with unsaved changes (issue 15): closing the tab or reloading gets the browser's
 * own question (`beforeunload`); following a link on the page gets the editor's dialog, which then goes on to
 * the link or stays. Links that open elsewhere (a new tab, a download, a fragment of this page) are let through.
 */
export function guardLeaving(unsaved: () => boolean, ask: (href: string) => void): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!unsaved()) return;
    event.preventDefault();
    // Older browsers show the question only when returnValue is set (deprecated, hence the cast).
    (event as { returnValue: unknown }).returnValue = '';
  };
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search) return;
    if (!unsaved()) return;
    event.preventDefault();
    ask(url.href);
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('click', onClick);
  };
}

/** Leaves for `href` without asking again (the author has said yes). */
export function leaveNow(href: string, release: () => void): void {
  release();
  location.assign(href);
}
