/** The explorer's charts on a small fixed input. */
import { factorMatrixChart, factorSupportChart } from '../../src/lib/charts/factor-charts.ts';
import { svgDocument } from '../../src/lib/charts/svg-document.ts';
import type { ClusterSummary } from '../../src/lib/cluster-filter.ts';
import { factorMatrix, factorSupport, orderRows } from '../../src/lib/factor-matrix.ts';
import type { CaseStudy, SuccessFactor } from '../../src/lib/schema/tables.ts';

const factors: SuccessFactor[] = [1, 2, 3].map((n) => ({ id: `f${n}`, number: n, name: `Factor ${n}`, summary: '', source: 'hse-2019', locator: 'ch. 3', note: null }));
const summary = (id: string, name: string, group: number): ClusterSummary => ({
  id, name, shortName: null, countries: ['DE'], countryNames: ['Germany'], city: null, group, inSample: true,
  kind: 'cluster', models: [], factors: [], lon: 0, lat: 0, precision: 'city', locationBasis: 'source',
});
const clusters = [summary('north', 'North Health Cluster', 1), summary('south', 'A Very Long Southern Medical Valley Name', 2)];
const study = (id: string, cluster: string, factor: string): CaseStudy => ({
  id, factor_id: factor, cluster_id: cluster, title: `Case ${id}`, country_label: null, expert_name: null, expert_role: null,
  expert_organisation: null, summary: '', source: 'hse-2019', locator: 'ch. 3', note: null,
});
const studies = [study('a', 'north', 'f1'), study('b', 'north', 'f1'), study('c', 'south', 'f2'), study('d', 'south', 'f3')];

export function matrix(): string {
  return factorMatrixChart(svgDocument(), orderRows(factorMatrix(studies, clusters, factors), 'group'), [1, 2, 3], {
    caseHref: (f, c) => `/success-factors/${f}/#case-${c}`,
    label: 'Test matrix',
    width: 480,
    maxLabel: 20,
  });
}

export function support(): string {
  return factorSupportChart(svgDocument(), factorSupport(studies, factors), { label: 'Test support chart', width: 360 });
}
