/**
 * Interaction for the value-chain diagram (built into the HTML, readable
 * without this): hovering or focusing a stage highlights its links and
 * neighbours; clicking it, Enter or Space selects it and shows its entry from
 * the text alternative in the details panel; arrow keys move along the chain
 * (one tab stop per diagram); Escape clears. The selection is kept in the URL
 * (?stage=…) so that a view can be linked; an unknown stage is dropped from
 * it and named on the page.
 */
import { encodeState } from '../lib/url-state.ts';
import { valueChainStateSpec } from '../lib/value-chain-state.ts';
import { readViewState } from './url-notice.ts';

const figure = document.querySelector<HTMLElement>('[data-value-chain]');
if (figure) enhanceValueChain(figure);

function enhanceValueChain(figure: HTMLElement) {
  const diagrams = [...figure.querySelectorAll<SVGSVGElement>('svg.vc-diagram')];
  const panel = figure.querySelector<HTMLElement>('[data-vc-details]');
  const body = panel?.querySelector<HTMLElement>('[data-vc-details-body]');
  const clear = panel?.querySelector<HTMLButtonElement>('[data-vc-clear]');
  if (!panel || !body || !clear) return;
  let selected: string | null = null;
  const spec = valueChainStateSpec([...document.querySelectorAll<HTMLElement>('.vc-entry[data-stage]')].map((e) => e.dataset['stage'] ?? ''));

  const stagesOf = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll<SVGAElement>('a.vc-stage')].sort((a, b) => Number(a.dataset['sequence']) - Number(b.dataset['sequence']));
  const linksOf = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGGElement>('.vc-link')];

  function highlight(svg: SVGSVGElement, id: string | null) {
    const neighbours = new Set<string>();
    for (const link of linksOf(svg)) {
      const on = id !== null && (link.dataset['from'] === id || link.dataset['to'] === id);
      link.classList.toggle('vc-on', on);
      if (on) neighbours.add(link.dataset['from'] as string).add(link.dataset['to'] as string);
    }
    for (const stage of stagesOf(svg)) stage.classList.toggle('vc-on', neighbours.has(stage.dataset['stage'] as string));
    svg.classList.toggle('vc-has-highlight', id !== null);
  }

  function setTabStop(svg: SVGSVGElement, id: string | null) {
    const stages = stagesOf(svg);
    const current = stages.find((s) => s.dataset['stage'] === id) ?? stages[0];
    for (const s of stages) s.setAttribute('tabindex', s === current ? '0' : '-1');
  }

  function select(id: string | null, reveal = true) {
    selected = id;
    for (const svg of diagrams) {
      for (const s of stagesOf(svg)) s.setAttribute('aria-current', String(s.dataset['stage'] === id));
      highlight(svg, id);
      setTabStop(svg, id);
    }
    for (const entry of document.querySelectorAll<HTMLElement>('.vc-entry')) entry.classList.toggle('vc-entry-selected', entry.dataset['stage'] === id);
    const entry = id === null ? null : document.getElementById(`stage-${id}`);
    if (entry) {
      const copy = entry.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      copy.removeAttribute('tabindex');
      copy.classList.remove('vc-entry-selected');
      // The entry's h4 sits under the list's h3; in the panel, right under the page title, it becomes an h2.
      const heading = copy.querySelector('h4');
      if (heading) {
        const title = document.createElement('h2');
        title.className = 'vc-details-title';
        title.textContent = heading.textContent;
        heading.replaceWith(title);
      }
      const more = document.createElement('p');
      const link = document.createElement('a');
      link.href = `#stage-${id}`;
      link.textContent = 'Show it in the list of stages';
      more.append(link);
      body?.replaceChildren(copy, more);
    } else body?.replaceChildren();
    if (panel) panel.hidden = entry === null;
    // Beside the chain (wide screens) the panel stays in view, so the stage is brought into view; under it (phones)
    // the panel is what the reader asked for, and Clear selection brings the focus back to the stage.
    if (reveal && id !== null) (panelBeside() ? visibleStage(id) : panel)?.scrollIntoView({ block: 'nearest' });
    history.replaceState(null, '', `${location.pathname}${encodeState({ stage: id === null ? [] : [id] }, spec)}${location.hash}`);
  }

  for (const svg of diagrams) {
    setTabStop(svg, null);
    const stageFrom = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a.vc-stage') : null);
    svg.addEventListener('mouseover', (e) => {
      const stage = stageFrom(e.target);
      if (stage) highlight(svg, stage.dataset['stage'] ?? null);
    });
    svg.addEventListener('mouseleave', () => highlight(svg, selected));
    svg.addEventListener('focusin', (e) => {
      const stage = stageFrom(e.target);
      if (stage) highlight(svg, stage.dataset['stage'] ?? null);
    });
    svg.addEventListener('focusout', () => highlight(svg, selected));
    svg.addEventListener('click', (e) => {
      const stage = stageFrom(e.target);
      if (!stage) return;
      e.preventDefault();
      select(stage.dataset['stage'] ?? null);
    });
    svg.addEventListener('keydown', (e) => {
      const stage = stageFrom(e.target);
      if (!stage) return;
      const stages = stagesOf(svg);
      const i = stages.indexOf(stage);
      const moves: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: stages.length - 1 };
      const to = moves[e.key];
      if (to !== undefined) {
        e.preventDefault();
        const next = stages[Math.max(0, Math.min(stages.length - 1, to))];
        if (next) {
          for (const s of stages) s.setAttribute('tabindex', s === next ? '0' : '-1');
          next.focus();
        }
      } else if (e.key === ' ') {
        e.preventDefault();
        select(stage.dataset['stage'] ?? null);
      }
    });
  }

  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && selected !== null) {
      const focusBack = figure.contains(document.activeElement) ? selected : null;
      select(null);
      if (focusBack !== null) visibleStage(focusBack)?.focus();
    }
  });
  clear.addEventListener('click', () => {
    const was = selected;
    select(null);
    if (was !== null) visibleStage(was)?.focus();
  });

  /** Whether the panel stands beside the diagram (the wide layout of ValueChainDiagram.astro) rather than under it. */
  function panelBeside() {
    return getComputedStyle(panel as HTMLElement).position === 'sticky';
  }

  /** The stage's control in the diagram that the media query shows. */
  function visibleStage(id: string) {
    return diagrams
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => svg.querySelector<SVGAElement>(`a.vc-stage[data-stage="${CSS.escape(id)}"]`))
      .find((s) => s !== null);
  }

  const initial = readViewState(spec).stage[0];
  if (initial !== undefined) select(initial, false);
}
