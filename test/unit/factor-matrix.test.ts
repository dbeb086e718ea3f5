import { describe, expect, it } from 'vitest';
import type { ClusterSummary } from '../../src/lib/cluster-filter.ts';
import { factorMatrix, factorSupport, orderRows } from '../../src/lib/factor-matrix.ts';
import type { CaseStudy, SuccessFactor } from '../../src/lib/schema/tables.ts';

const factor = (number: number): SuccessFactor => ({ id: `f${number}`, number, name: `Factor ${number}`, summary: '', source: 'hse-2019', locator: 'ch. 3', note: null });
const summary = (id: string, group: number | null, country: string): ClusterSummary => ({
  id, name: id, shortName: null, countries: [country], countryNames: [country], city: null, group, inSample: group !== null,
  kind: 'cluster', models: [], factors: [], lon: 0, lat: 0, precision: 'city', locationBasis: 'source',
});
const study = (id: string, cluster: string, factorId: string): CaseStudy => ({
  id, factor_id: factorId, cluster_id: cluster, title: id, country_label: null, expert_name: null, expert_role: null,
  expert_organisation: null, summary: '', source: 'hse-2019', locator: 'ch. 3', note: null,
});

const factors = [factor(2), factor(1), factor(3)];
const clusters = [summary('zeta', 1, 'Germany'), summary('alpha', 2, 'Sweden'), summary('beta', 2, 'Denmark'), summary('idle', 3, 'Spain')];
const studies = [study('a', 'alpha', 'f1'), study('b', 'alpha', 'f1'), study('c', 'alpha', 'f3'), study('d', 'zeta', 'f2'), study('e', 'beta', 'f1')];

describe('factorMatrix', () => {
  const rows = factorMatrix(studies, clusters, factors);

  it('has a row per cluster with case studies, and a cell per factor it has cases for', () => {
    expect(rows.map((r) => r.cluster.id).sort()).toEqual(['alpha', 'beta', 'zeta']);
    const alpha = rows.find((r) => r.cluster.id === 'alpha');
    expect(alpha?.cells.map((c) => [c.factorId, c.cases.map((k) => k.id)])).toEqual([
      ['f1', ['a', 'b']],
      ['f3', ['c']],
    ]);
    expect(alpha?.factorCount).toBe(2);
  });

  it('orders rows by group, by country, or by number of factors, ties by name', () => {
    expect(orderRows(rows, 'group').map((r) => r.cluster.id)).toEqual(['zeta', 'alpha', 'beta']);
    expect(orderRows(rows, 'country').map((r) => r.cluster.id)).toEqual(['beta', 'zeta', 'alpha']);
    expect(orderRows(rows, 'factors').map((r) => r.cluster.id)).toEqual(['alpha', 'beta', 'zeta']);
  });
});

describe('factorSupport', () => {
  it('counts case studies and distinct clusters per factor, in factor order', () => {
    expect(factorSupport(studies, factors).map((s) => [s.factor.id, s.cases, s.clusters])).toEqual([
      ['f1', 3, 2],
      ['f2', 1, 1],
      ['f3', 1, 1],
    ]);
  });
});
