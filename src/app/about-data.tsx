import { lazy, Suspense, useEffect, useState } from 'react';
import type { Dataset } from '../shared/schema';

/** The header's link (index.html): a plain anchor, so it is there at first paint and `/#about` is a shareable link. */
const LINK = 'a[href="#about"]';
const isAbout = () => window.location.hash === '#about';

const loadAbout = () => import('../features/about/components/about-dialog').then((m) => ({ default: m.AboutDialog }));
const LazyAbout = lazy(loadAbout);

/**
 * Opens "About this data" from the header's link, or when the page is opened at `#about`. Its code is a chunk of its
 * own, fetched when a pointer or focus reaches the link. On closing, focus goes back to the link.
 */
export function AboutData({ dataset }: { dataset: Dataset | undefined }) {
  const [open, setOpen] = useState(isAbout);
  useEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>(LINK);
    const prefetch = () => { void loadAbout().catch(() => undefined); };
    const onClick = (e: MouseEvent) => {
      // A new tab or window (ctrl, cmd, shift, middle click) opens the page at #about, which opens the dialog there.
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (!(e.target instanceof Element) || !e.target.closest(LINK)) return;
      e.preventDefault();
      setOpen(true);
    };
    const onHash = () => { if (isAbout()) setOpen(true); };
    link?.addEventListener('pointerover', prefetch, { once: true });
    link?.addEventListener('focus', prefetch, { once: true });
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', onHash);
    return () => {
      link?.removeEventListener('pointerover', prefetch);
      link?.removeEventListener('focus', prefetch);
      document.removeEventListener('click', onClick);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  const close = () => {
    setOpen(false);
    if (isAbout()) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    document.querySelector<HTMLElement>(LINK)?.focus();
  };
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LazyAbout dataset={dataset} onClose={close} />
    </Suspense>
  );
}
