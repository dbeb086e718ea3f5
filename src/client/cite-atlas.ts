/**
 * The atlas's citation on /data/ (`[data-cite-atlas]`): written at build time with the address SITE_URL gives, or
 * none; here it takes the address the atlas is served from (its home, `data-home`, on this origin) and today's date
 * as the access date, as the per-chart and per-page citations do.
 *
 * A build without SITE_URL also writes the .bib file and CITATION.cff without an address (a static file cannot know
 * where it is served). Their links (`[data-served-citation]`) then give, on the first click, the same file with the
 * served address added: the atlas's BibTeX entry replaced by the one shown on the page, and CITATION.cff given its
 * `url` as the build gives it when it knows the address (servedCitationCff). If the file is not what the build
 * writes, the link keeps the built file.
 */
import { atlasBibtex, atlasCitationText, type AtlasCitation } from '../lib/atlas-citation.ts';
import { servedCitationCff } from '../lib/citation-file.ts';

/** The served file with the address, or null when it cannot be added to what was fetched. */
function withAddress(kind: string, text: string, built: AtlasCitation, cite: AtlasCitation): string | null {
  if (kind === 'bib') {
    const entry = atlasBibtex(built);
    return text.includes(entry) ? text.replace(entry, atlasBibtex(cite)) : null;
  }
  try {
    return servedCitationCff(text, cite.url);
  } catch {
    return null;
  }
}

for (const box of document.querySelectorAll<HTMLElement>('[data-cite-atlas]')) {
  const built = JSON.parse(box.dataset['citation'] ?? '{}') as AtlasCitation;
  const cite: AtlasCitation = {
    ...built,
    url: new URL(box.dataset['home'] ?? '/', location.origin).href,
    accessed: new Date().toISOString().slice(0, 10),
  };
  const text = box.querySelector('[data-cite-atlas-text]');
  const bibtex = box.querySelector('[data-cite-atlas-bibtex]');
  if (text) text.textContent = atlasCitationText(cite);
  if (bibtex) bibtex.textContent = atlasBibtex(cite);

  if (built.url) continue;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-served-citation]')) {
    const kind = link.dataset['servedCitation'] ?? '';
    const name = new URL(link.href).pathname.split('/').pop() ?? '';
    const listener = async (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      link.removeEventListener('click', listener);
      const response = await fetch(link.href).catch(() => null);
      const served = response?.ok ? withAddress(kind, await response.text(), built, cite) : null;
      if (served !== null) {
        link.href = URL.createObjectURL(new Blob([served], { type: kind === 'bib' ? 'application/x-bibtex' : 'application/x-yaml' }));
        link.download = name;
      }
      link.click();
    };
    link.addEventListener('click', listener);
  }
}
