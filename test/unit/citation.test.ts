/** Citations of the atlas and its sources: plain text, BibTeX and CITATION.cff, checked against data/sources.csv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atlasBibtex, atlasCitationText, bibliography } from '../../src/lib/atlas-citation.ts';
import { bibEscape, bibName, sourceBibtex, sourceCitationText, viewBibtex, viewCitationText } from '../../src/lib/citation.ts';
import { servedCitationCff } from '../../src/lib/citation-file.ts';
import { ATLAS, atlasCitation } from '../../src/lib/data-package.ts';
import { buildFrom, repoRoot } from '../helpers/dataset.ts';
import type { Source } from '../../src/lib/schema/tables.ts';

const sources = (buildFrom('data').tables.get('sources')?.rows ?? []).map(({ row }) => row as Source);
const source = (id: string) => {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const rawSources = Papa.parse<Record<string, string>>(readFileSync(join(repoRoot, 'data', 'sources.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** Brace depth never negative and back to zero: BibTeX rejects anything else. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text.replace(/\\[{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('plain-text citations', () => {
  it('cite the atlas with its version, year, URL when known and licence', () => {
    expect(atlasCitationText(atlasCitation('2026-03-04T05:06:07Z', 'https://example.org/atlas/'))).toBe(
      `Biomedical Clusters Atlas contributors (2026). Biomedical Clusters Atlas, version ${ATLAS.version} [data set]. https://example.org/atlas/. Data licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`,
    );
    expect(atlasCitationText(atlasCitation('2026-03-04T05:06:07Z'))).not.toContain('http://127.0.0.1');
  });

  it('cite the atlas at the address it is read at, with the access date, in text and BibTeX', () => {
    const read = { ...atlasCitation('2026-03-04T05:06:07Z'), url: 'http://localhost:8080/atlas/', accessed: '2026-12-06' };
    expect(atlasCitationText(read)).toContain('[data set]. http://localhost:8080/atlas/ (accessed 2026-12-06). Data licensed');
    const bib = atlasBibtex(read);
    expect(bib).toMatch(/^\s+url\s+= \{http:\/\/localhost:8080\/atlas\/\},$/m);
    expect(bib).toMatch(/^\s+urldate\s+= \{2026-12-06\},$/m);
    // An access date without an address says nothing a reader could follow: it is left out.
    const noUrl = { ...atlasCitation('2026-03-04T05:06:07Z'), accessed: '2026-12-06' };
    expect(atlasCitationText(noUrl)).not.toContain('accessed');
    expect(atlasBibtex(noUrl)).not.toContain('urldate');
  });

  it('cite a source with authors, year, title, editors, imprint and ISBN', () => {
    expect(sourceCitationText(source('hse-2019'))).toBe(
      'Islankina E., Kutsenko E., Filina F., Pankevich V., Popova E., Moiseieva V. (2019). Biomedical Clusters Worldwide: Success Factors and Best Practices. Gokhberg L., Yugay M. (eds). National Research University Higher School of Economics; International Medical Cluster Foundation. Moscow: HSE. ISBN 978-5-7598-1958-5.',
    );
  });

  it('say n.d. for an undated source and name the organisation when there is no author', () => {
    expect(sourceCitationText(source('bioxclusters'))).toMatch(/^Conicella F\., Fàbrega J\., Romeo E\., Wehnelt S\. \(n\.d\.\)\. From collaboration/);
    expect(sourceCitationText(source('ami4europe-d2.2'))).toMatch(/^AMI-4EUROPE consortium .*\(2013\)\. D2\.2 Roadmap/);
  });
});

describe('BibTeX', () => {
  it('turns «Surname I.» into «Surname, I.», keeping particles in the surname', () => {
    expect(bibName('Islankina E.')).toBe('Islankina, E.');
    expect(bibName('De Colvenaer M.')).toBe('De Colvenaer, M.');
    expect(bibName("D'Hooge W.")).toBe("D'Hooge, W.");
    expect(bibName('Le Corvec A.')).toBe('Le Corvec, A.');
    expect(bibName('Fàbrega J.')).toBe('Fàbrega, J.');
    expect(bibName('Plato')).toBe('{Plato}');
  });

  it('escapes the characters TeX treats specially', () => {
    expect(bibEscape('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('writes one entry per source, keyed by its id, with balanced braces', () => {
    const bib = bibliography(atlasCitation('2026-01-01T00:00:00Z'), sources);
    const keys = [...bib.matchAll(/^@(\w+)\{([^,]+),$/gm)].map((m) => m[2]);
    expect(keys).toEqual(['biomedical-clusters-atlas', 'hse-2019', 'bioxclusters', 'cebr-2020', 'mix-2016', 'ami4europe-d2.2']);
    for (const entry of bib.split(/\n\n/)) expect(balanced(entry), entry).toBe(true);
    expect(sourceBibtex(source('hse-2019'))).toContain('  isbn         = {978-5-7598-1958-5}');
    expect(sourceBibtex(source('cebr-2020'))).toMatch(/month\s+= oct\n/);
    expect(atlasBibtex(atlasCitation('2026-01-01T00:00:00Z'))).toContain(`version      = {${ATLAS.version}}`);
  });
});

describe('CITATION.cff', () => {
  const text = readFileSync(join(repoRoot, 'CITATION.cff'), 'utf8');
  const cff = parse(text);

  it('is served as it is without SITE_URL, and with the published address as its url with it', () => {
    expect(servedCitationCff(text)).toBe(text);
    const served = parse(servedCitationCff(text, 'https://example.org/atlas/'));
    expect(served.url).toBe('https://example.org/atlas/');
    expect({ ...served, url: undefined }).toEqual({ ...cff, url: undefined });
    expect(cff.url).toBeUndefined();
  });

  it('refuses a file that is not CFF or already has a url', () => {
    expect(() => servedCitationCff('title: "x"\n', 'https://example.org/')).toThrow(/cff-version/);
    expect(() => servedCitationCff(`${text}url: "https://example.org/"\n`, 'https://example.org/')).toThrow(/already has a url/);
    expect(() => servedCitationCff(text.replace(/^license: .*\n/m, ''), 'https://example.org/')).toThrow(/license/);
  });

  it('is valid YAML with the keys CFF 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.message).toMatch(/cite/);
    expect(cff.title).toBe(ATLAS.title);
    expect(cff.authors).toEqual([{ name: ATLAS.author }]);
    expect(cff.type).toBe('dataset');
    expect(cff.license).toBe(ATLAS.dataLicense.name);
    expect(cff.version).toBe(ATLAS.version);
    // The data version and its release date, as data/VERSION.json records them.
    expect(String(cff['date-released'])).toBe(ATLAS.released);
  });

  it('lists the five sources of data/sources.csv as references, with their authors, years and types CFF knows', () => {
    const types = ['article', 'book', 'report', 'slides', 'generic'];
    expect(cff.references.map((r: { title: string }) => r.title)).toEqual(rawSources.map((s) => s['title']));
    cff.references.forEach((r: { type: string; year?: number; authors: { 'family-names'?: string; 'given-names'?: string; name?: string }[] }, i: number) => {
      const s = rawSources[i] as Record<string, string>;
      expect(types).toContain(r.type);
      const authors = r.authors.map((a) => (a.name ? a.name : `${a['family-names']} ${a['given-names']}`));
      expect(authors.join('; '), s['id']).toBe(s['authors'] || authors.join('; '));
      if (!s['authors']) expect(s['organisations']).toContain(authors[0]);
      expect(r.year === undefined ? '' : String(r.year), s['id']).toBe((s['date'] ?? '').slice(0, 4));
    });
  });
});

describe('citations of a page or chart as viewed', () => {
  const view = {
    title: 'World map of biomedical clusters',
    url: 'http://127.0.0.1:5555/atlas/map/?group=1&layer=sample',
    accessed: '2026-11-29',
    version: '1.2.0',
    year: '2026',
    sources: [sourceCitationText(source('hse-2019'))],
  };

  it('plain text names the atlas, the data version, the address with its state, the access date and the sources', () => {
    expect(viewCitationText(view)).toBe(
      'Biomedical Clusters Atlas contributors (2026). World map of biomedical clusters. In: Biomedical Clusters Atlas, data version 1.2.0. http://127.0.0.1:5555/atlas/map/?group=1&layer=sample (accessed 2026-11-29). Figures from: Islankina E., Kutsenko E., Filina F., Pankevich V., Popova E., Moiseieva V. (2019). Biomedical Clusters Worldwide: Success Factors and Best Practices. Gokhberg L., Yugay M. (eds). National Research University Higher School of Economics; International Medical Cluster Foundation. Moscow: HSE. ISBN 978-5-7598-1958-5.',
    );
    expect(viewCitationText({ ...view, sources: [] })).toMatch(/\(accessed 2026-11-29\)\.$/);
  });

  it('BibTeX is a @misc with url, urldate and the sources in the note, braces balanced', () => {
    const bib = viewBibtex(view);
    expect(bib).toMatch(/^@misc\{atlas-world-map-of-biomedical-clusters-2026-11-29,\n/);
    expect(bib).toContain('  url          = {http://127.0.0.1:5555/atlas/map/?group=1&layer=sample}');
    expect(bib).toContain('  urldate      = {2026-11-29}');
    expect(bib).toContain('  howpublished = {Biomedical Clusters Atlas, data version 1.2.0}');
    expect(bib).toContain('Islankina E.');
    expect(balanced(bib)).toBe(true);
  });
});
