/**
 * The search page: Pagefind's script and index load only when the visitor
 * focuses the search box or arrives with a query (?q=), never on page load
 * otherwise. The query and the type filter live in the URL so that a search
 * can be linked. Excerpts are built as DOM text, never parsed as HTML.
 */
import { excerptPieces } from '../lib/search-excerpt.ts';
import { resultSummary, SEARCH_STATE_SPEC, type SearchState } from '../lib/search-state.ts';
import { encodeState } from '../lib/url-state.ts';
import { missingWords } from '../lib/search-terms.ts';
import { readViewState } from './url-notice.ts';
import { startup } from './page-ready.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE = 10;
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const select = document.querySelector<HTMLSelectElement>('#search-type');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
if (form && input && select && status && list && more) setUp(form, input, select, status, list, more);

function setUp(form: HTMLFormElement, input: HTMLInputElement, select: HTMLSelectElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement) {

  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ form.dataset['bundle'] ?? '') as Promise<Pagefind>).then(async (pf) => {
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  let run = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  const current = (): SearchState => ({ q: input.value.trim(), type: SEARCH_STATE_SPEC.type.values.filter((t) => t === select.value) });

  async function search(state: SearchState) {
    const id = ++run;
    history.replaceState(history.state, '', `${location.pathname}${encodeState(state, SEARCH_STATE_SPEC)}${location.hash}`);
    if (state.q === '') {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const pf = await load();
      const type = state.type[0];
      const found = await pf.search(state.q, type ? { filters: { type } } : {});
      if (id !== run) return;
      // Pagefind falls back to a shorter prefix of a word the site does not have («artery» → «a»), for every page
      // alike: when the best result lacks a word of the query, no result has it (see src/lib/search-terms.ts).
      const best = await found.results[0]?.data();
      if (id !== run) return;
      results = best && missingWords(state.q, best.content).length > 0 ? [] : found.results;
      shown = 0;
      list.replaceChildren();
      await showMore(id);
      if (id === run) status.textContent = resultSummary(results.length, state);
    } catch (error) {
      if (id === run) status.textContent = 'The search could not load. Reload the page to try again.';
      console.error(error);
    }
  }

  /** Renders the next page of results; returns the first new item. */
  async function showMore(id: number): Promise<HTMLLIElement | undefined> {
    const batch = results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return undefined;
    const items = data.map(renderResult);
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    return items[0];
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(current()), DEBOUNCE_MS);
  });
  select.addEventListener('change', () => void search(current()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(current());
  });
  more.addEventListener('click', async () => {
    const first = await showMore(run);
    // Keyboard and screen-reader users continue where the new results start.
    first?.querySelector('a')?.focus();
  });

  // Drops and names what the page does not understand (an unknown kind of page, another parameter).
  const initial = readViewState(SEARCH_STATE_SPEC);
  input.value = initial.q;
  select.value = initial.type[0] ?? '';
  if (initial.q !== '') void startup(search(initial));
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  li.append(heading);
  if (data.meta['type']) {
    const type = document.createElement('p');
    type.className = 'type';
    type.textContent = data.meta['type'];
    li.append(type);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const piece of excerptPieces(data.excerpt)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else excerpt.append(piece.text);
  }
  li.append(excerpt);
  // Sections of the page (headings with an id) where the words occur, other than the page's own title.
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== data.meta['title']).slice(0, 3);
  if (sections.length > 0) {
    const p = document.createElement('p');
    p.className = 'sections';
    p.append('On this page: ');
    sections.forEach((s, i) => {
      if (i > 0) p.append(', ');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      p.append(a);
    });
    li.append(p);
  }
  return li;
}
