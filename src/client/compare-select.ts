/**
 * The clusters table's «Compare selected»: goes to /compare/?clusters=a,b
 * (the canonical form) when two to four clusters are ticked, and says what
 * is missing otherwise. Without JavaScript the form still submits by GET
 * (?clusters=a&clusters=b), which the compare page reads too.
 */
import { COMPARE_MAX, COMPARE_MIN, compareSearch } from '../lib/compare-state.ts';

const form = document.querySelector<HTMLFormElement>('form[data-compare-form]');
const status = form?.querySelector<HTMLElement>('[data-compare-status]');
if (form && status) {
  const picked = () => [...form.querySelectorAll<HTMLInputElement>('input[name="clusters"]:checked')].map((i) => i.value);
  const describe = () => {
    const n = picked().length;
    status.textContent =
      n === 0
        ? `Tick ${COMPARE_MIN} to ${COMPARE_MAX} clusters in the Name column, then compare them side by side.`
        : n < COMPARE_MIN
          ? `1 cluster selected: tick at least one more.`
          : n > COMPARE_MAX
            ? `${n} clusters selected: at most ${COMPARE_MAX} fit side by side; untick ${n - COMPARE_MAX}.`
            : `${n} clusters selected.`;
  };
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="clusters"]')) describe();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ids = picked();
    if (ids.length < COMPARE_MIN || ids.length > COMPARE_MAX) {
      describe();
      return;
    }
    location.assign(`${form.action}${compareSearch(ids)}`);
  });
  // Back from the compare view, the browser may restore ticked boxes: say so.
  describe();
}
