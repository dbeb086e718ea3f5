/**
 * The browser side of src/lib/url-state.ts's `readState`, shared by every
 * view with URL state: reads the page's query string, rewrites the address
 * bar to the canonical form of what the view understood (so that Copy link,
 * the embed code and bookmarks carry only what is shown) and says what it
 * ignored in a short polite line.
 */
import { ADDRESS_REWRITTEN, ignoredMessage, readState, type StateSpec, type ViewState } from '../lib/url-state.ts';

/**
 * The view's state from the address. The line naming what was ignored goes
 * into `notice` when the page has a place for it (emptied when nothing was
 * ignored; shown if hidden), else, when something was ignored, into a new
 * line right after the page's main heading.
 */
export function readViewState<S extends StateSpec>(spec: S, options: { notice?: HTMLElement | null } = {}): ViewState<S> {
  const { state, ignored, search } = readState(location.search, spec);
  if (search !== location.search) {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    document.dispatchEvent(new Event(ADDRESS_REWRITTEN));
  }
  const message = ignoredMessage(ignored);
  if (options.notice) {
    options.notice.textContent = message;
    if (message !== '') options.notice.hidden = false;
  } else if (message !== '') showNotice(message);
  return state;
}

/** Puts the line after the first heading of the page's main content (or at its start). */
function showNotice(message: string) {
  const notice = document.createElement('p');
  notice.className = 'url-notice';
  notice.setAttribute('role', 'status');
  notice.dataset['urlNotice'] = '';
  notice.textContent = message;
  const main = document.querySelector('main') ?? document.body;
  const heading = main.querySelector('h1');
  if (heading) heading.after(notice);
  else main.prepend(notice);
}
