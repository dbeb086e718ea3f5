/**
 * «Cite this page» (src/components/CitePage.astro): the citation with the
 * address the page is served from (query string included, fragment left out),
 * today's date, and the source documents the page cites. The print-only
 * address line of the same pages (Base.astro) gets the same address, so that
 * a printed view (/compare/?clusters=…) names what was printed.
 */
import { viewBibtex, viewCitationText, type ViewCitation } from '../lib/citation.ts';

const servedAddress = () => location.origin + location.pathname + location.search;

const printAddress = document.querySelector<HTMLElement>('[data-print-address]');
if (printAddress) {
  const write = () => (printAddress.textContent = servedAddress());
  write();
  // The view's state may have changed the address since (history.pushState, replaceState).
  addEventListener('beforeprint', write);
}

for (const box of document.querySelectorAll<HTMLElement>('[data-cite-page]')) {
  const d = box.dataset;
  const text = box.querySelector<HTMLElement>('[data-page-cite-text]');
  const bibtex = box.querySelector<HTMLElement>('[data-page-cite-bibtex]');
  const all = JSON.parse(d['sources'] ?? '{}') as Record<string, string>;
  const fill = () => {
    // Every citation on the page links to its source's entry on /about/ (Cite.astro): those are the page's sources.
    const ids = [...document.querySelectorAll<HTMLAnchorElement>('main a[href*="#source-"]')].map((a) => new URL(a.href).hash.slice('#source-'.length));
    const cite: ViewCitation = {
      title: d['title'] ?? document.title,
      url: servedAddress(),
      accessed: new Date().toISOString().slice(0, 10),
      version: d['version'] ?? '',
      year: d['year'] ?? '',
      sources: [...new Set(ids)].flatMap((id) => (all[id] ? [all[id]] : [])),
    };
    if (text) text.textContent = viewCitationText(cite);
    if (bibtex) bibtex.textContent = viewBibtex(cite);
  };
  fill();
  // The query string changes with the view's filters (history.replaceState): refresh when the reader opens the box.
  box.addEventListener('toggle', fill);
}
