import { describe, expect, it } from 'vitest';
import { citedBySentence, listedAsSentence, partnershipFiguresSentence, partnershipIndex, partnershipKindLabel, partnershipPage } from '../../src/lib/partnership-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const t = atlasFrom(buildFrom('data'));
const partnerships = t.partnerships.rows;

describe('partnership pages', () => {
  it('list a partnership’s member clusters with their roles', () => {
    const p = partnershipPage(t, 'bioxclusters');
    expect(p.members.map((m) => m.cluster.id).sort()).toEqual(['biocat', 'biom', 'biopmed', 'erai', 'lyonbiopole']);
    expect(p.members.find((m) => m.cluster.id === 'erai')?.member.role).toBe('coordinator');
  });

  it('exist for partnerships the sources name without a member cluster', () => {
    const without = partnerships.filter((p) => t.partnershipMembers.where('partnership_id', p.id).length === 0);
    // The six of partnerships.csv that no row of partnership-members.csv names.
    expect(without.map((p) => p.id)).toEqual(['xket4health', 's3martmed', 'dih-hero', 'safenmt', 'elixir', 'codex4smes']);
    for (const p of without) expect(partnershipPage(t, p.id).members).toEqual([]);
    const index = partnershipIndex(t);
    expect(index.rows).toHaveLength(25);
    expect(index.withoutMembers).toBe(6);
  });

  it('run in the order of partnerships.csv, with no neighbour before the first or after the last', () => {
    const first = partnerships[0];
    const last = partnerships.at(-1);
    if (!first || !last) throw new Error('no partnerships');
    expect(partnershipPage(t, first.id).previous).toBeNull();
    expect(partnershipPage(t, last.id).next).toBeNull();
    expect(partnershipPage(t, first.id).next?.id).toBe(partnerships[1]?.id);
  });

  it('refuse an unknown id', () => {
    expect(() => partnershipPage(t, 'no-such-partnership')).toThrow('partnerships: no row with id «no-such-partnership»');
  });

  it('name kinds in running text', () => {
    expect(partnershipKindLabel('cross-border-cluster')).toBe('cross-border cluster');
    expect(partnershipKindLabel('joint-project')).toBe('joint project');
  });

  it('hold the figures the sources give the partnership, and none of a partnership without them', () => {
    expect(partnershipPage(t, 'health2care').facts.map((f) => f.number)).toEqual([34, 20, 9, 30]);
    expect(partnershipPage(t, 'smarthealth-mix').facts).toEqual([]);
  });

  it('say whose the figures are, for one and several', () => {
    expect(partnershipFiguresSentence('ProVaHealth', 1)).toBe('The figure the sources give ProVaHealth as a whole: it belongs to the partnership, not to any one member.');
    expect(partnershipFiguresSentence('Health2Care (H2C)', 4)).toBe(
      'The 4 figures the sources give Health2Care (H2C) as a whole: they belong to the partnership, not to any one member.',
    );
  });

  it('send a meta-cluster to its profile and name the network that only cites a partnership', () => {
    const bx = partnershipPage(t, 'bioxclusters');
    expect(bx.listedAs?.id).toBe('bioxclusters');
    expect(bx.citedBy).toBeNull();
    if (!bx.listedAs) throw new Error('no listed_as');
    expect(listedAsSentence(bx.listedAs)).toBe('The atlas also lists it as a meta-cluster, bioXclusters, with every figure its source gives about it.');
    expect(listedAsSentence({ name: 'ERAI', kind: 'organisation' })).toMatch(/^The atlas also lists it as an organisation, ERAI,/);
    const s3 = partnershipPage(t, 's3martmed');
    expect(s3.listedAs).toBeNull();
    if (!s3.citedBy) throw new Error('no cited_by');
    expect(citedBySentence(s3.citedBy)).toBe('Cited as an example by CEBR, whose document does not say whether it takes part.');
  });
});
