/**
 * The atlas's citation on /data/ (`[data-cite-atlas]`): written at build time with the address SITE_URL gives, or
 * none; here it takes the address the atlas is served from (its home, `data-home`, on this origin) and today's date
 * as the access date, as the per-chart and per-page citations do.
 */
import { atlasBibtex, atlasCitationText, type AtlasCitation } from '../lib/atlas-citation.ts';

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
}
