/** The registry of embeddable charts, the links and embed code built from it, and the atlas's own registry. */
import { describe, expect, it } from 'vitest';
import { atlasCharts, chartById, factCharts, factChartsOf } from '../../src/lib/atlas-charts.ts';
import { factChart, factChartData, factChartSlug } from '../../src/lib/chart-kinds/fact-bars.ts';
import { SUPPORT_COLOURS } from '../../src/lib/charts/factor-charts.ts';
import { absoluteUrl, carryState, downloadName, embedSnippet } from '../../src/lib/chart-links.ts';
import { embedPath } from '../../src/lib/chart-registry.ts';
import { datedChart } from '../../src/lib/chart-kinds/kind.ts';
import { atlas } from '../../src/lib/atlas-data.ts';
import type { FactChartSpec } from '../../src/lib/charts/fact-bars.ts';
import type { Fact } from '../../src/lib/schema/tables.ts';

const fact = (label: string, number: number, locator: string): Fact => ({
  id: label,
  cluster_id: 'medicon-valley',
  topic: 'projects',
  label,
  value: String(number),
  number,
  unit: 'EUR million',
  period: '2011–2017',
  case_study_id: null,
  source: 'hse-2019',
  locator,
  note: null,
  as_of: null,
});
const spec: FactChartSpec = {
  key: 'projects|EUR million|2011–2017',
  topic: 'projects',
  unit: 'EUR million',
  period: '2011–2017',
  facts: [fact('A', 1, 'table 3.1'), fact('B', 2, 'table 3.1'), fact('C', 3, 'p. 40')],
};
const medicon = { id: 'medicon-valley', name: 'Medicon Valley', short_name: null };

describe('the fact-chart kind', () => {
  const chart = factChart({ cluster: medicon, spec });

  it('names a chart clusters/<cluster>/<slug>, linked to its place on the profile, with no view state', () => {
    expect(chart).toMatchObject({
      id: 'clusters/medicon-valley/projects-eur-million-2011-2017',
      fullPath: '/clusters/medicon-valley/',
      fullHash: '#chart-projects-eur-million-2011-2017',
      stateKeys: [],
      legend: [],
    });
    expect(embedPath(chart)).toBe('/embed/clusters/medicon-valley/projects-eur-million-2011-2017/');
  });

  it('builds its title and one source line, each citation once', () => {
    expect(chart.title).toBe('Projects of Medicon Valley, in EUR million, 2011–2017');
    expect(chart.source).toBe('HSE 2019, table 3.1; HSE 2019, p. 40.');
  });

  it('titles a cluster by its short name and spells it out in the image’s key', () => {
    const isek = factChart({ cluster: { id: 'isek', name: 'Istanbul Health Industry Cluster', short_name: 'ISEK' }, spec });
    expect(isek.title).toBe('Projects of ISEK, in EUR million, 2011–2017');
    expect(isek.key).toEqual(['Abbreviations: ISEK = Istanbul Health Industry Cluster.']);
  });

  it('tables each bar under facts.csv’s column names, with the fact’s id', () => {
    const table = factChartData({ cluster: medicon, spec }, [{ id: 'hse-2019', date: '2019' }]);
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'cluster_id', 'cluster_name', 'label', 'value', 'number', 'unit', 'period', 'as_of', 'source', 'locator']);
    expect(table.rows.map((r) => [r.key, ...r.cells.slice(0, 3)])).toEqual([
      ['A', 'A', 'medicon-valley', 'Medicon Valley'],
      ['B', 'B', 'medicon-valley', 'Medicon Valley'],
      ['C', 'C', 'medicon-valley', 'Medicon Valley'],
    ]);
  });

  it('slugs a fact chart from topic, unit and period, in lowercase ASCII', () => {
    expect(factChartSlug({ topic: 'funding', unit: 'RUB billion', period: null })).toBe('funding-rub-billion');
    expect(factChartSlug({ topic: 'projects', unit: 'EUR million', period: '2011–2017' })).toBe('projects-eur-million-2011-2017');
    expect(factChartSlug({ topic: 'members', unit: 'entreprises privées', period: '2019' })).toBe('members-entreprises-privees-2019');
  });
});

describe('the kinds over the atlas’s data', () => {
  it('list the map, the two explorer charts, the value chains, the fact charts, the instruments and compare, under stable ids', () => {
    const ids = atlasCharts.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['map', 'factor-matrix', 'factor-support']);
    expect(ids.at(-1)).toBe('compare');
    expect(ids).toEqual(expect.arrayContaining(['guide-instruments', 'guide-instruments/per-year']));
    expect(() => chartById('no-such-chart')).toThrow('no chart "no-such-chart"');
  });

  it('give each chart its full view and the URL state it shares with it', () => {
    expect(chartById('map')).toMatchObject({ kind: 'map', fullPath: '/map/', fullHash: '' });
    expect(chartById('map').stateKeys).toEqual(['group', 'model', 'country', 'factor', 'layer', 'cluster']);
    expect(chartById('factor-matrix')).toMatchObject({ fullPath: '/success-factors/', fullHash: '#matrix' });
    expect(chartById('factor-matrix').stateKeys).toEqual(['order', 'group', 'factor', 'cluster']);
    expect(chartById('factor-support')).toMatchObject({ fullHash: '#support', stateKeys: ['factor'] });
    expect(chartById('value-chains/mix-innovation-chain')).toMatchObject({ fullPath: '/value-chains/mix-innovation-chain/', stateKeys: ['stage'] });
    expect(chartById('guide-instruments')).toMatchObject({ fullPath: '/guide/instruments/', fullHash: '#chart-eur', stateKeys: [] });
    expect(chartById('guide-instruments/per-year').title).toMatch(/a year/);
    expect(chartById('compare').stateKeys).toEqual(['clusters']);
    expect(chartById('groups/international-medical-tourism-clusters')).toMatchObject({
      kind: 'group-figures',
      fullPath: '/groups/international-medical-tourism-clusters/',
      fullHash: '#figures',
      stateKeys: ['sort'],
    });
  });

  it('draw legends in the groups’ colours for the map and the matrix, and the measures’ for the support chart', () => {
    expect(chartById('map').legend).toEqual([
      { label: 'Group 1: Global High-Technology Medicine Clusters', colour: '#0072B2', shape: 'disc' },
      { label: 'Group 2: World-Class Biomedical Research Clusters', colour: '#D55E00', shape: 'disc' },
      { label: 'Group 3: International Medical Tourism Clusters', colour: '#009E73', shape: 'disc' },
      { label: 'Outside the HSE sample', colour: '#ffffff', shape: 'diamond' },
      { label: 'Ring: one cluster spanning more than one country', colour: '#6b7580', shape: 'ring' },
    ]);
    expect(chartById('factor-matrix').legend.map((l) => l.shape)).toEqual(['square', 'square', 'square']);
    expect(chartById('factor-support').legend).toEqual([
      { label: 'Case studies', colour: SUPPORT_COLOURS.cases, shape: 'square' },
      { label: 'Clusters', colour: SUPPORT_COLOURS.clusters, shape: 'square' },
    ]);
    expect(chartById('value-chains/mix-innovation-chain').legend).toEqual([]);
  });

  it('give each profile the fact charts of its own cluster, the same the embed routes serve', () => {
    const medicon = factChartsOf('medicon-valley');
    expect(medicon.length).toBeGreaterThan(0);
    for (const c of medicon) expect(c.id.startsWith('clusters/medicon-valley/'), c.id).toBe(true);
    expect(factCharts.flatMap((c) => factChartsOf(c.input.cluster.id)).length).toBeGreaterThanOrEqual(factCharts.length);
  });
});

describe('the atlas’s charts', () => {
  it('have unique ids made of kebab-case segments, a title and a source line each', () => {
    const ids = atlasCharts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of atlasCharts) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/);
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.source, c.id).toMatch(/\.$/);
    }
  });

  it('end their source line with the year of every document their data cites, from sources.csv', () => {
    const years = new Map(atlas.sources.rows.map((s) => [s.id, /^\d{4}/.exec(s.date ?? '')?.[0] ?? null]));
    for (const c of atlasCharts) {
      const table = c.table();
      const at = table.columns.findIndex((col) => col.name === 'source');
      const cited = new Set(table.rows.flatMap((r) => String(r.cells[at] ?? '').split(';').filter(Boolean)));
      expect(cited.size, c.id).toBeGreaterThan(0);
      for (const id of cited) {
        const year = years.get(id);
        expect(c.source, `${c.id} cites ${id}`).toMatch(year ? new RegExp(`[Aa]s of ${year} \\(`) : /[Dd]ate not reported \(/);
      }
      expect(table.columns.map((col) => col.name), c.id).toContain('as_of');
    }
  });

  it('include every fact chart of the profiles and every value chain', () => {
    expect(atlasCharts.filter((c) => c.id.startsWith('clusters/'))).toHaveLength(factCharts.length);
    expect(factCharts.length).toBeGreaterThan(0);
    expect(atlasCharts.filter((c) => c.id.startsWith('value-chains/')).map((c) => c.id).sort()).toEqual(
      ['bioxclusters-internationalisation', 'medical-imaging-market', 'medical-tourism-services', 'mix-innovation-chain'].map((id) => `value-chains/${id}`),
    );
  });
});

describe('datedChart (every chart’s date, whatever its kind)', () => {
  const entry = { ...factChart({ cluster: medicon, spec }), id: 'test/chart' };
  const sources = [
    { id: 'hse-2019', date: '2019' },
    { id: 'mix-2016', date: '2016-09' },
    { id: 'bioxclusters', date: null },
  ];
  const table = (cited: (string | null)[]) => () => ({
    columns: [{ name: 'label', description: '' }, { name: 'source', description: '' }],
    rows: cited.map((source, i) => ({ key: String(i), cells: [`row ${i}`, source] })),
  });

  it('ends the source line with the years of the documents the table cites, in order of first use', () => {
    const dated = datedChart(entry, table(['mix-2016', 'hse-2019;mix-2016']), sources);
    expect(dated.source).toBe('HSE 2019, table 3.1; HSE 2019, p. 40. As of 2016 (MIX 2016); as of 2019 (HSE 2019).');
  });

  it('adds an as_of column of the row’s documents’ years where the kind’s table has none', () => {
    const t = datedChart(entry, table(['hse-2019', 'bioxclusters', null]), sources).table();
    expect(t.columns.map((c) => c.name)).toEqual(['label', 'source', 'as_of']);
    expect(t.rows.map((r) => r.cells[2])).toEqual(['2019', 'date not reported', null]);
  });

  it('keeps a kind’s own as_of column (values dated by their own period)', () => {
    const own = () => ({ columns: [{ name: 'source', description: '' }, { name: 'as_of', description: '' }], rows: [{ key: 'a', cells: ['hse-2019', '2011–2017'] }] });
    expect(datedChart(entry, own, sources).table()).toEqual(own());
  });

  it('leaves the line of a chart whose rows cite no document undated (no year to state), and refuses a document sources.csv lacks', () => {
    expect(datedChart(entry, table([null]), sources).source).toBe(entry.source);
    expect(() => datedChart(entry, table(['nope']), sources)).toThrow('no source "nope"');
  });
});

describe('chart links', () => {
  it('carry only the state a chart honours, in the chart’s order, with commas kept', () => {
    expect(carryState('?cluster=genopole&group=1,3&utm_source=x', ['group', 'model', 'cluster'])).toBe('?group=1,3&cluster=genopole');
    expect(carryState('?order=country&factor=f1&group=2', ['factor'])).toBe('?factor=f1');
    expect(carryState('?stage=', ['stage'])).toBe('');
    expect(carryState('', ['group'])).toBe('');
  });

  it('escape a value that could break out of the query', () => {
    expect(carryState('?group=1%26x%3D%22%3E', ['group'])).toBe('?group=1%26x%3D%22%3E');
  });

  it('make absolute URLs from the site and a base path', () => {
    expect(absoluteUrl('https://example.org', '/', '/embed/map/')).toBe('https://example.org/embed/map/');
    expect(absoluteUrl(new URL('https://example.org'), '/atlas/', '/embed/map/')).toBe('https://example.org/atlas/embed/map/');
    expect(absoluteUrl('https://example.org', '/atlas', 'embed.js')).toBe('https://example.org/atlas/embed.js');
  });

  it('write the embed code: a titled, full-width, borderless, lazy frame and the resize script by URL', () => {
    const code = embedSnippet({
      src: 'https://example.org/embed/map/?group=1,3&layer=sample',
      title: 'Map of “clusters” & <more>',
      height: 640.4,
      script: 'https://example.org/embed.js',
    });
    expect(code).toBe(
      [
        '<iframe src="https://example.org/embed/map/?group=1,3&amp;layer=sample" title="Map of “clusters” &amp; &lt;more&gt;" height="640" style="width:100%;border:0" loading="lazy" allow="clipboard-write"></iframe>',
        '<script src="https://example.org/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('name downloads after the chart', () => {
    expect(downloadName('value-chains/mix-innovation-chain')).toBe('atlas-value-chains-mix-innovation-chain');
    expect(downloadName('map')).toBe('atlas-map');
  });
});
