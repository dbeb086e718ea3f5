/**
 * The success-factor explorer's interaction: order and groups switch the
 * matrix, a chosen factor or cluster is highlighted across every view, and
 * the choices live in the URL. Hovering or focusing a mark previews the same
 * highlight. On an embed page there is no form: the URL alone sets the view.
 */
import { encodeState, type StateSpec, type ViewState } from '../lib/url-state.ts';
import { readViewState } from './url-notice.ts';

const root = document.querySelector<HTMLElement>('[data-explorer]');
const dataScript = document.getElementById('explorer-data');
if (root && dataScript) init(root, (JSON.parse(dataScript.textContent ?? '{}') as { spec: StateSpec }).spec);

function init(root: HTMLElement, spec: StateSpec) {
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  let state: ViewState<StateSpec> = readViewState(spec);
  const first = (key: string) => (state[key] ?? [])[0] ?? '';

  const highlight = (kind: 'cluster' | 'factor', id: string) => {
    const attr = `data-hl-${kind}`;
    if (id) root.setAttribute(attr, id);
    else root.removeAttribute(attr);
    for (const el of root.querySelectorAll<Element>(`[data-${kind}]`)) el.classList.toggle('hl', id !== '' && el.getAttribute(`data-${kind}`) === id);
  };

  const apply = () => {
    const order = first('order') || 'group';
    for (const m of root.querySelectorAll<HTMLElement>('.matrix[data-order]')) m.hidden = m.dataset['order'] !== order;
    const groups = state['group'] ?? [];
    for (const tr of root.querySelectorAll<HTMLElement>('tr[data-group]'))
      tr.classList.toggle('dimmed', groups.length > 0 && !groups.includes(tr.dataset['group'] ?? ''));
    const groupOf = new Map([...root.querySelectorAll<HTMLElement>('tr[data-group]')].map((tr) => [tr.dataset['cluster'], tr.dataset['group']]));
    for (const el of root.querySelectorAll<Element>('.matrix [data-cluster]'))
      el.classList.toggle('dimmed', groups.length > 0 && !groups.includes(groupOf.get(el.getAttribute('data-cluster') ?? '') ?? ''));
    highlight('cluster', first('cluster'));
    highlight('factor', first('factor'));
  };

  const writeForm = (form: HTMLFormElement) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) input.checked = (state[input.name] ?? []).includes(input.value);
    for (const select of form.querySelectorAll<HTMLSelectElement>('select[name]')) select.value = first(select.name);
  };

  const readForm = (form: HTMLFormElement) => {
    const next: Record<string, string[]> = {};
    for (const key of Object.keys(spec)) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      next[key] = select
        ? select.value
          ? [select.value]
          : []
        : [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
    }
    state = next as ViewState<StateSpec>;
  };

  apply();
  if (form) {
    writeForm(form);
    form.addEventListener('change', () => {
      readForm(form);
      apply();
      history.replaceState(null, '', `${location.pathname}${encodeState(state, spec)}${location.hash}`);
    });
  }

  // A preview on hover or focus; leaving restores the chosen highlight.
  for (const type of ['pointerover', 'focusin'] as const)
    root.addEventListener(type, (e) => {
      const target = (e.target as Element | null)?.closest('[data-cluster], [data-factor]');
      if (!target || target.closest('form')) return;
      const cluster = target.getAttribute('data-cluster');
      const factor = target.getAttribute('data-factor');
      if (cluster) highlight('cluster', cluster);
      if (factor && !cluster) highlight('factor', factor);
    });
  for (const type of ['pointerout', 'focusout'] as const)
    root.addEventListener(type, () => {
      highlight('cluster', first('cluster'));
      highlight('factor', first('factor'));
    });
}
