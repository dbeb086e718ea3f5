/**
 * The clusters table's «Compare selected»: goes to /compare/?clusters=a,b
 * (the canonical form) when two to four clusters are ticked, and says what
 * is missing otherwise. Without JavaScript the form still submits by GET
 * (?clusters=a&clusters=b), which the compare page reads too.
 */
import { COMPARE_MAX, COMPARE_MIN, compareSearch, compareSelectionStatus } from '../lib/compare-state.ts';

const form = document.querySelector<HTMLFormElement>('form[data-compare-form]');
const status = form?.querySelector<HTMLElement>('[data-compare-status]');
if (form && status) {
  const picked = () => [...form.querySelectorAll<HTMLInputElement>('input[name="clusters"]:checked')].map((i) => i.value);
  const describe = () => {
    status.textContent = compareSelectionStatus(picked().length);
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
