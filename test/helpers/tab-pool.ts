/**
 * A pool of reusable browser tabs for a file that loads many pages in turn
 * (test/browser/pages.test.ts, test/firefox/firefox.test.ts): `borrow` gives
 * an idle tab, or waits until a test gives one back. The site keeps no state
 * in the browser, so a reused tab carries nothing from one page to the next
 * but the HTTP cache, as for a visitor.
 */
export function tabPool<T>() {
  const idle: T[] = [];
  const waiting: ((tab: T) => void)[] = [];
  /** Hands a tab to the next waiting test, or back to the idle ones (also how tabs enter the pool). */
  const giveBack = (tab: T): void => {
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  };
  const borrow = async (): Promise<T> => idle.pop() ?? new Promise<T>((give) => waiting.push(give));
  return { borrow, giveBack };
}
