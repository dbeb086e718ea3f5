/**
 * What an embed page does for the page that frames it: tell it the page's
 * height, on load and whenever it changes, as
 * { type: 'atlas:resize', id, height } (public/embed.js on the host sets the
 * frame's height from it); and carry the view's URL state onto the link back
 * to the full view. In a frame, links to other pages open in a new tab rather
 * than replacing the chart inside the host's page. The host script may start after the first report (it
 * loads async): it then asks each frame with { type: 'atlas:request-height' }.
 */
import { carryState } from '../lib/chart-links.ts';
import { ADDRESS_REWRITTEN } from '../lib/url-state.ts';

const root = document.documentElement;
const id = root.dataset['embed'] ?? '';

/** The link back to the full view carries the view's state as the address now has it. */
const updateBackLinks = () => {
  for (const back of document.querySelectorAll<HTMLAnchorElement>('a[data-full-view]')) {
    const url = new URL(back.href);
    url.search = carryState(location.search, (back.dataset['stateKeys'] ?? '').split(',').filter(Boolean));
    back.href = url.href;
  }
};
// After every module script of the page has run (they run before DOMContentLoaded, while the document is
// 'interactive'; the view drops what it does not understand from the address), and again whenever the link is
// about to be followed, since the view's state may have changed since; and when a view that starts after
// fetching its data rewrites the address.
if (document.readyState === 'complete') updateBackLinks();
else document.addEventListener('DOMContentLoaded', updateBackLinks);
document.addEventListener(ADDRESS_REWRITTEN, updateBackLinks);
for (const type of ['pointerdown', 'focusin'] as const)
  document.addEventListener(type, (e) => {
    if (e.target instanceof Element && e.target.closest('a[data-full-view]')) updateBackLinks();
  });

if (window.parent !== window) {
  let last = -1;
  const report = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: 'atlas:resize', id, height }, '*');
  };
  new ResizeObserver(() => report()).observe(root);
  window.addEventListener('load', () => report(true));
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === 'atlas:request-height') report(true);
  });
  report();

  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!link || !href) return;
    const to = new URL(href, location.href);
    if (to.origin + to.pathname + to.search === location.origin + location.pathname + location.search) return;
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });
}
