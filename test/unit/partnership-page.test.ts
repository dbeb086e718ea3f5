import { describe, expect, it } from 'vitest';
import { partnershipKindLabel, partnershipPage } from '../../src/lib/partnership-page.ts';
import type { Cluster, Partnership, PartnershipFact, PartnershipMember } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const t = {
  partnerships: rows<Partnership>('partnerships'),
  partnershipMembers: rows<PartnershipMember>('partnership-members'),
  partnershipFacts: rows<PartnershipFact>('partnership-facts'),
  clusters: rows<Cluster>('clusters'),
};

describe('partnership pages', () => {
  it('list a partnership’s member clusters with their roles', () => {
    const p = partnershipPage(t, 'bioxclusters');
    expect(p.members.map((m) => m.cluster.id).sort()).toEqual(['biocat', 'biom', 'biopmed', 'erai', 'lyonbiopole']);
    expect(p.members.find((m) => m.cluster.id === 'erai')?.member.role).toBe('coordinator');
  });

  it('exist for partnerships the sources name without a member cluster', () => {
    const without = t.partnerships.filter((p) => !t.partnershipMembers.some((m) => m.partnership_id === p.id));
    expect(without.map((p) => p.id)).toContain('s3martmed');
    for (const p of without) expect(partnershipPage(t, p.id).members).toEqual([]);
  });

  it('run in the order of partnerships.csv, with no neighbour before the first or after the last', () => {
    const first = t.partnerships[0];
    const last = t.partnerships.at(-1);
    if (!first || !last) throw new Error('no partnerships');
    expect(partnershipPage(t, first.id).previous).toBeNull();
    expect(partnershipPage(t, last.id).next).toBeNull();
    expect(partnershipPage(t, first.id).next?.id).toBe(t.partnerships[1]?.id);
  });

  it('refuse an unknown id', () => {
    expect(() => partnershipPage(t, 'no-such-partnership')).toThrow(/no partnership/);
  });

  it('name kinds in running text', () => {
    expect(partnershipKindLabel('cross-border-cluster')).toBe('cross-border cluster');
    expect(partnershipKindLabel('joint-project')).toBe('joint project');
  });
});
