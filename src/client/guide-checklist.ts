/**
 * The guide's checklist: the ticked steps live in the address (?done=1,3,4),
 * so the list can be bookmarked, sent and printed. Values that name no step
 * are named in a short line and dropped from the address. Without this
 * script the boxes still tick and print; only the address stays the same.
 */
import { guideStateSpec } from '../lib/guide-state.ts';
import { encodeState } from '../lib/url-state.ts';
import { readViewState } from './url-notice.ts';

const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-done]')];
const status = document.querySelector<HTMLElement>('[data-done-status]');
const invalidLine = document.querySelector<HTMLElement>('[data-done-invalid]');

const spec = guideStateSpec(boxes.length);

const ticked = () => boxes.filter((b) => b.checked).map((b) => Number(b.value));

function show(): void {
  for (const b of boxes) b.closest('[data-step]')?.classList.toggle('is-done', b.checked);
  if (status) status.textContent = `${ticked().length} of ${boxes.length} steps done.`;
}

function save(): void {
  history.replaceState(null, '', `${location.pathname}${encodeState({ done: ticked() }, spec)}${location.hash}`);
  show();
}

const { done } = readViewState(spec, { notice: invalidLine });
for (const b of boxes) b.checked = done.includes(Number(b.value));
show();

for (const b of boxes) b.addEventListener('change', save);
document.querySelector('[data-print]')?.addEventListener('click', () => window.print());
document.querySelector('[data-clear]')?.addEventListener('click', () => {
  for (const b of boxes) b.checked = false;
  save();
});
