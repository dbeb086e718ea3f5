/** The registry of embeddable charts, the links and embed code built from it, and the atlas's own registry. */
import { describe, expect, it } from 'vitest';
import { atlasCharts, factCharts } from '../../src/lib/atlas-charts.ts';
import { absoluteUrl, carryState, downloadName, embedSnippet } from '../../src/lib/chart-links.ts';
import { chartRegistry, embedPath, factChartSlug, findChart, type RegistryInput } from '../../src/lib/chart-registry.ts';
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
const input: RegistryInput = {
  groups: [
    { number: 1, name: 'Global' },
    { number: 2, name: 'Regional' },
  ],
  matrixRows: 10,
  factorCount: 7,
  supportColours: { cases: '#111111', clusters: '#222222' },
  valueChains: [{ id: 'mix-innovation-chain', title: 'The MIX chain', sourceLine: ['MIX 2016, fig. 3', 'MIX 2016, p. 12'], height: 500 }],
  factCharts: [{ clusterId: 'medicon-valley', clusterName: 'Medicon Valley', spec }],
  sources: [{ id: 'hse-2019', date: '2019' }],
  instrumentCharts: [
    { slug: '', unit: 'EUR', count: 3, regions: [{ label: 'Saxony', colour: '#009e73' }] },
    { slug: 'per-year', unit: 'EUR per year', count: 2, regions: [] },
  ],
};

describe('chart registry', () => {
  const registry = chartRegistry(input);

  it('lists the map, the two explorer charts, each value chain and each fact chart, under stable ids', () => {
    expect(registry.map((c) => c.id)).toEqual([
      'map',
      'factor-matrix',
      'factor-support',
      'value-chains/mix-innovation-chain',
      'clusters/medicon-valley/projects-eur-million-2011-2017',
      'guide-instruments',
      'guide-instruments/per-year',
    ]);
    expect(registry.map(embedPath)).toEqual([
      '/embed/map/',
      '/embed/factor-matrix/',
      '/embed/factor-support/',
      '/embed/value-chains/mix-innovation-chain/',
      '/embed/clusters/medicon-valley/projects-eur-million-2011-2017/',
      '/embed/guide-instruments/',
      '/embed/guide-instruments/per-year/',
    ]);
  });

  it('gives each unit of the instrument amounts a chart of its own, linked to its place on /guide/instruments/', () => {
    expect(findChart(registry, 'guide-instruments')).toMatchObject({ fullPath: '/guide/instruments/', fullHash: '#chart-eur', stateKeys: [] });
    expect(findChart(registry, 'guide-instruments/per-year').title).toMatch(/a year/);
    expect(findChart(registry, 'guide-instruments').legend).toEqual([{ label: 'Saxony', colour: '#009e73', shape: 'disc' }]);
  });

  it('gives each chart its full view and the URL state it shares with it', () => {
    const by = (id: string) => findChart(registry, id);
    expect(by('map')).toMatchObject({ fullPath: '/map/', fullHash: '', stateSpec: 'map' });
    expect(by('map').stateKeys).toEqual(['group', 'model', 'country', 'factor', 'layer', 'cluster']);
    expect(by('factor-matrix')).toMatchObject({ fullPath: '/success-factors/', fullHash: '#matrix', stateSpec: 'explorer' });
    expect(by('factor-matrix').stateKeys).toEqual(['order', 'group', 'factor', 'cluster']);
    expect(by('factor-support')).toMatchObject({ fullHash: '#support', stateKeys: ['factor'] });
    expect(by('value-chains/mix-innovation-chain')).toMatchObject({ fullPath: '/value-chains/mix-innovation-chain/', stateSpec: 'value-chain', stateKeys: ['stage'] });
    expect(by('clusters/medicon-valley/projects-eur-million-2011-2017')).toMatchObject({
      fullPath: '/clusters/medicon-valley/',
      fullHash: '#chart-projects-eur-million-2011-2017',
      stateSpec: null,
      stateKeys: [],
    });
    expect(() => findChart(registry, 'no-such-chart')).toThrow('no embeddable chart "no-such-chart"');
  });

  it('builds titles and one source line per chart, each citation once', () => {
    const f = findChart(registry, 'clusters/medicon-valley/projects-eur-million-2011-2017');
    expect(f.title).toBe('Projects of Medicon Valley, in EUR million, 2011–2017');
    expect(f.source).toBe('HSE 2019, table 3.1; HSE 2019, p. 40.');
    expect(findChart(registry, 'value-chains/mix-innovation-chain')).toMatchObject({ title: 'The MIX chain', source: 'MIX 2016, fig. 3; MIX 2016, p. 12.' });
  });

  it('draws legends in the groups’ colours for the map and the matrix, and the measures’ for the support chart', () => {
    expect(findChart(registry, 'map').legend).toEqual([
      { label: 'Group 1: Global', colour: '#0072B2', shape: 'disc' },
      { label: 'Group 2: Regional', colour: '#D55E00', shape: 'disc' },
      { label: 'Outside the HSE sample', colour: '#ffffff', shape: 'diamond' },
      { label: 'Ring: one cluster spanning two countries', colour: '#6b7580', shape: 'ring' },
    ]);
    expect(findChart(registry, 'factor-matrix').legend.map((l) => l.shape)).toEqual(['square', 'square']);
    expect(findChart(registry, 'factor-support').legend).toEqual([
      { label: 'Case studies', colour: '#111111', shape: 'square' },
      { label: 'Clusters', colour: '#222222', shape: 'square' },
    ]);
    expect(findChart(registry, 'value-chains/mix-innovation-chain').legend).toEqual([]);
  });

  it('slugs a fact chart from topic, unit and period, in lowercase ASCII', () => {
    expect(factChartSlug({ topic: 'funding', unit: 'RUB billion', period: null })).toBe('funding-rub-billion');
    expect(factChartSlug({ topic: 'projects', unit: 'EUR million', period: '2011–2017' })).toBe('projects-eur-million-2011-2017');
    expect(factChartSlug({ topic: 'members', unit: 'entreprises privées', period: '2019' })).toBe('members-entreprises-privees-2019');
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

  it('include every fact chart of the profiles and every value chain', () => {
    expect(atlasCharts.filter((c) => c.id.startsWith('clusters/'))).toHaveLength(factCharts.length);
    expect(factCharts.length).toBeGreaterThan(0);
    expect(atlasCharts.filter((c) => c.id.startsWith('value-chains/')).map((c) => c.id).sort()).toEqual(
      ['bioxclusters-internationalisation', 'medical-imaging-market', 'medical-tourism-services', 'mix-innovation-chain'].map((id) => `value-chains/${id}`),
    );
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
