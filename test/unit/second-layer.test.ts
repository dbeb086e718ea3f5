/**
 * The second layer of the dataset (clusters the sources name outside the HSE
 * sample), checked against the rules of the data, without the source texts.
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, Fact } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const facts = rows<Fact>('facts');
const clusters = rows<Cluster>('clusters');

describe('second layer', () => {
  it('marks every cluster outside the 40 as outside the sample, without a group', () => {
    const outside = clusters.filter((c) => !c.in_sample);
    expect(clusters.filter((c) => c.in_sample)).toHaveLength(40);
    expect(outside.length).toBeGreaterThan(0);
    for (const c of outside) expect(c.group, c.id).toBeNull();
  });

  it('has Lyonbiopôle once, in the sample, with facts from more than one source', () => {
    expect(clusters.filter((c) => /lyon\s*bio/i.test(`${c.name} ${c.other_names.join(' ')}`)).map((c) => c.id)).toEqual(['lyonbiopole']);
    const sources = new Set(facts.filter((f) => f.cluster_id === 'lyonbiopole').map((f) => f.source));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  it('includes the clusters the issue names from mix-2016, cebr-2020 and hse-2019 ch. 1 and 4', () => {
    const ids = new Set(clusters.map((c) => c.id));
    for (const id of [
      'dsp-valley',
      'flandersbio',
      'minalogic',
      'silicon-saxony',
      'biosaxony',
      'cebr',
      'thailand-medical-tourism-cluster',
      'biocom',
      'biodundee',
      'biotech-valley',
      'moscow-international-medical-cluster',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});
