/**
 * The browser side of src/lib/url-state.ts's `readState`, shared by every
 * view with URL state: reads the page's query string, drops what the view
 * does not understand from the address bar (so that Copy link, the embed code
 * and bookmarks carry only what is shown) and says what it ignored in a
 * short polite line (role=status) right after the page's main heading.
 */
import { ADDRESS_REWRITTEN, ignoredMessage, readState, type StateSpec, type ViewState } from '../lib/url-state.ts';

/**
 * The view's state from the address. `free` names the parameters the view
 * reads itself (kept as given). Ignored parts are reported once, at start.
 */
export function readViewState<S extends StateSpec>(spec: S, options: { free?: readonly string[] } = {}): ViewState<S> {
  const { state, ignored, search } = readState(location.search, spec, options.free);
  if (ignored.length > 0) {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    document.dispatchEvent(new Event(ADDRESS_REWRITTEN));
    showNotice(ignoredMessage(ignored));
  }
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
