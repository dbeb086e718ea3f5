/**
 * The page's own signal that its scripts have finished enhancing it. Work a
 * script starts while the page loads (fetching the map's clusters, a compare
 * column, the search the address asks for) is registered with `startup`;
 * while any is under way `<html>` carries `data-starting`. Module scripts run
 * before the window's `load` event, so `load` plus no `data-starting` means
 * the page is as its scripts make it: tests and tools wait for that instead
 * of for the network to fall idle (slower, and blind to work done in script).
 */
let pending = 0;

/** Registers start-up work; returns it unchanged. A failed task ends like a finished one (its caller reports it). */
export function startup<T>(work: Promise<T>): Promise<T> {
  const root = document.documentElement;
  pending++;
  root.dataset['starting'] = '';
  const done = () => {
    if (--pending === 0) delete root.dataset['starting'];
  };
  work.then(done, done);
  return work;
}
