/**
 * The atlas's «clusters like this one» similarity, on cases worked out by hand.
 * Weights (src/lib/similarity.ts): partnership 3, target model 2, success factor 1, group 1.
 */
import { describe, expect, it } from 'vitest';
import {
  clusterRelations,
  clustersLike,
  kinScore,
  kinship,
  kinshipReason,
  likeThisOne,
  moreKinSummary,
  noKinSentence,
  structuralTies,
  type ClusterRelations,
} from '../../src/lib/similarity.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const data = atlasFrom(buildFrom('data'));

const c = (id: string, name: string, group: string | null, targetModels: string[], successFactors: string[], partnerships: string[]): ClusterRelations => ({
  id,
  name,
  group,
  targetModels,
  successFactors,
  partnerships,
});

// A small world of five clusters.
const alpha = c('alpha', 'Alpha', 'g2', ['m1', 'm2'], ['f1', 'f4', 'f4'], ['p1']);
const beta = c('beta', 'Beta', 'g2', ['m2'], ['f4', 'f5'], []);
const gamma = c('gamma', 'Gamma', 'g1', ['m1'], ['f1'], ['p1']);
const delta = c('delta', 'Delta', 'g2', [], [], []);
const outside = c('outside', 'Outside', null, [], [], []);
const loner = c('loner', 'Loner', null, [], [], []);
const world = [alpha, beta, gamma, delta, outside, loner];

const labels = {
  group: (id: string) => `group ${id.slice(1)}`,
  targetModel: (id: string) => id.slice(1),
  successFactor: (id: string) => id.slice(1),
  partnership: (id: string) => ({ p1: 'ReproUnion' })[id] ?? id,
};

describe('kinship', () => {
  it('adds the weights of what two clusters share', () => {
    // alpha–beta: same group g2 (1) + model m2 (2) + factor f4 (1; alpha's f4 twice counts once) = 4.
    expect(kinship(alpha, beta)).toEqual({ id: 'beta', score: 4, sameGroup: 'g2', targetModels: ['m2'], successFactors: ['f4'], partnerships: [] });
    // alpha–gamma: groups differ (0) + model m1 (2) + factor f1 (1) + partnership p1 (3) = 6.
    expect(kinship(alpha, gamma).score).toBe(6);
    // alpha–delta: only the group = 1.
    expect(kinship(alpha, delta).score).toBe(1);
  });

  it('does not count two clusters without a group as sharing one', () => {
    // Both lie outside the sample (group null) and share nothing else: 0.
    expect(kinship(outside, loner)).toEqual({ id: 'loner', score: 0, sameGroup: null, targetModels: [], successFactors: [], partnerships: [] });
  });
});

describe('clustersLike', () => {
  it('ranks by score, then by name, and leaves out the cluster itself and those that share nothing', () => {
    // From alpha: gamma 6, beta 4, delta 1; outside and loner share nothing.
    expect(clustersLike('alpha', world).map((k) => [k.id, k.score])).toEqual([
      ['gamma', 6],
      ['beta', 4],
      ['delta', 1],
    ]);
    // From delta: alpha and beta share only group g2 (1 each): alphabetical, Alpha before Beta.
    expect(clustersLike('delta', world).map((k) => [k.id, k.score])).toEqual([
      ['alpha', 1],
      ['beta', 1],
    ]);
    // A cluster tied to nothing has no kin.
    expect(clustersLike('loner', world)).toEqual([]);
  });

  describe('breaks equal scores by structural ties before the name', () => {
    // The target: group g2, target model m1, success factors f1–f3, network p1.
    const target = c('target', 'Target', 'g2', ['m1'], ['f1', 'f2', 'f3'], ['p1']);
    // Each below scores 3 against it; worked out by hand with weights group 1, model 2, factor 1, partnership 3.
    const sameGroupAndModel = c('zeta', 'Zeta', 'g2', ['m1'], [], []); // 1 + 2 = 3; ties: group, m1 = 2
    const network = c('mu', 'Mu', null, [], [], ['p1']); // 3; ties: p1 = 1
    const groupAndFactors = c('eta', 'Eta', 'g2', [], ['f1', 'f2'], []); // 1 + 2 = 3; ties: group = 1
    const factorsOnly = c('aa', 'Aa', 'g1', [], ['f1', 'f2', 'f3'], []); // 3; ties: 0 (other group)
    const noGroupNoModel = c('ab', 'Ab', null, [], ['f1', 'f2', 'f3'], []); // 3; ties: 0 (no group, no model)
    const ranked = () =>
      clustersLike('target', [target, factorsOnly, noGroupNoModel, groupAndFactors, network, sameGroupAndModel]).map((k) => k.id);

    it('puts the peer of the same group and target model first, though its name comes last', () => {
      expect(ranked()[0]).toBe('zeta');
    });

    it('ranks a shared network as one tie, like a shared group, and orders equal ties by name', () => {
      // eta (group) and mu (network) have one tie each: by name, Eta before Mu.
      expect(ranked().slice(1, 3)).toEqual(['eta', 'mu']);
    });

    it('puts peers with no structural tie last, by name, whether or not they have a group', () => {
      // aa is in another group, ab in none: neither shares group, model or network.
      expect(ranked().slice(3)).toEqual(['aa', 'ab']);
    });

    it('does not let a higher structure outrank a higher score', () => {
      const closer = c('zz', 'Zz', null, [], ['f1', 'f2', 'f3'], ['p1']); // 3 + 3 = 6, one tie
      expect(clustersLike('target', [target, sameGroupAndModel, closer]).map((k) => k.id)).toEqual(['zz', 'zeta']);
    });
  });

  it('refuses an unknown cluster', () => {
    expect(() => clustersLike('nowhere', world)).toThrow(/nowhere/);
  });
});

describe('kinshipReason', () => {
  it('says in words what is shared', () => {
    expect(kinshipReason(kinship(alpha, beta), labels)).toBe('same group (group 2); both cited for target model 2; both evidence success factor 4');
    expect(kinshipReason(kinship(alpha, gamma), labels)).toBe('both cited for target model 1; both evidence success factor 1; both in ReproUnion');
  });

  it('lists several in numeric order with «and»', () => {
    const a = c('a', 'A', null, [], ['f10', 'f2', 'f1'], []);
    const b = c('b', 'B', null, [], ['f1', 'f2', 'f10'], []);
    expect(kinshipReason(kinship(a, b), labels)).toBe('both evidence success factors 1, 2 and 10');
  });
});

describe('on the real data', () => {
  const relations = clusterRelations(data);

  it('ranks the kin of Health Valley Netherlands as worked out by hand from the CSV files', () => {
    // Health Valley Netherlands: group 2 (clusters.csv); target model 2 (cluster-target-models.csv);
    // case studies for success factors 1, 3, 4, 5, 6 (case-studies.csv); partnership pilot-acceleration-brokers alone.
    // Eurasanté: group 2, target model 2, factors 3, 4, 6, 7  → 1 + 2 + 3 (3, 4, 6) = 6.
    // Medicon Valley: group 2, target model 2, factors 1, 4, 5, 7 → 1 + 2 + 3 (1, 4, 5) = 6.
    // Equal scores: alphabetical, «Eurasanté» before «Medicon Valley».
    // Connected Health: group 2, target model 1 (not shared), factors 2, 3, 5, 6 → 1 + 3 (3, 5, 6) = 4.
    const kin = clustersLike('health-valley-netherlands', relations);
    expect(kin.slice(0, 3).map((k) => [k.id, k.score])).toEqual([
      ['eurasante', 6],
      ['medicon-valley', 6],
      ['connected-health', 4],
    ]);
  });

  it('shows Lyonbiopôle the peers of its group and target model before the other 3-point ties', () => {
    // Lyonbiopôle: group 2, target model «global network» (table 2.2), bioXclusters and the MIX SmartHealth team.
    // Health Tech Cluster Switzerland, Medicen Paris Region and Task Force Health Care: group 2 + the same model
    // = 3 points, 2 ties. Biocat, BioM, bioPmed, ERAI (bioXclusters), BioSaxony, DSP Valley, FlandersBio,
    // Silicon Saxony (SmartHealth): one partnership = 3 points, 1 tie. Minalogic shares both partnerships: 6.
    const kin = clustersLike('lyonbiopole', relations);
    expect(kin.slice(0, 4).map((k) => [k.id, k.score])).toEqual([
      ['minalogic', 6],
      ['health-tech-cluster-switzerland', 3],
      ['medicen-paris-region', 3],
      ['task-force-health-care', 3],
    ]);
  });

  it('never ranks a peer below one that is less close, for any cluster', () => {
    for (const { id } of relations) {
      const closeness = clustersLike(id, relations).map((k) => [k.score, structuralTies(k)] as const);
      for (let i = 1; i < closeness.length; i++) {
        const [[s0, t0], [s1, t1]] = [closeness[i - 1]!, closeness[i]!];
        expect(s1 < s0 || (s1 === s0 && t1 <= t0), `${id}: peer ${i + 1}`).toBe(true);
      }
    }
  });

  it('ties the bioXclusters partners to each other by their partnership', () => {
    // Biocat (outside the sample, no group, no model, no case study) takes part only in bioXclusters,
    // with BioM, bioPmed, Lyonbiopôle and ERAI (partnership-members.csv): 3 points each, nothing else.
    expect(clustersLike('biocat', relations).map((k) => [k.id, k.score]).sort()).toEqual([
      ['biom', 3],
      ['biopmed', 3],
      ['erai', 3],
      ['lyonbiopole', 3],
    ]);
  });
});

describe('why a cluster has no kin (issue 24 case 3)', () => {
  it('says a cluster with nothing has no group, model, factor or partnership', () => {
    expect(noKinSentence('Loner', { group: null, targetModels: [], successFactors: [], partnerships: [] })).toBe(
      'The sources tie Loner to no other cluster: it has no group of the HSE sample, it is cited for no target model, it evidences no success factor with a case study and it takes part in no partnership the sources name.',
    );
  });

  it('names the one partnership a network takes part in alone instead of denying it', () => {
    const text = noKinSentence('CEBR', { group: null, targetModels: [], successFactors: [], partnerships: ['CEBR Special Interest Group on Digitalisation'] });
    expect(text).toContain('the one partnership it takes part in, CEBR Special Interest Group on Digitalisation, names no other cluster.');
    expect(text).not.toContain('no partnership');
  });

  it('counts several partnerships, models and factors, and a group that no one shares', () => {
    const text = noKinSentence('Solo', { group: 3, targetModels: ['2', '1'], successFactors: ['4'], partnerships: ['B project', 'A network'] });
    expect(text).toBe(
      'The sources tie Solo to no other cluster: no other cluster shares its group (group 3), no other cluster is cited for its target models 1 and 2, no other cluster evidences its success factor 4 and the 2 partnerships it takes part in, A network and B project, name no other cluster.',
    );
  });

  it('is what CEBR’s profile needs: CEBR has kin nowhere but takes part in its Special Interest Group', () => {
    const relations = clusterRelations(data);
    expect(clustersLike('cebr', relations)).toEqual([]);
    expect(relations.find((r) => r.id === 'cebr')?.partnerships).toEqual(['cebr-sig-digitalisation']);
  });

  it('gives CEBR’s profile the sentence that says why it has no kin', () => {
    const like = likeThisOne(data, 'cebr', { shown: 6, more: 24 });
    expect(like.count).toBe(0);
    expect(like.noKin).toBe(
      'The sources tie CEBR to no other cluster: it has no group of the HSE sample, it is cited for no target model, it evidences no success factor with a case study and the one partnership it takes part in, CEBR Special Interest Group on Digitalisation, names no other cluster.',
    );
  });
});

describe('«Clusters like this one» on a profile', () => {
  it('names Health Valley Netherlands’ closest kin with its reason, and the numbers the reasons use', () => {
    const like = likeThisOne(data, 'health-valley-netherlands', { shown: 2, more: 1 });
    expect(like.noKin).toBeNull();
    expect(like.shown.map((k) => [k.name, k.reason])).toEqual([
      ['Eurasanté', 'same group (group 2); both cited for target model 2; both evidence success factors 3, 4 and 6'],
      ['Medicon Valley', 'same group (group 2); both cited for target model 2; both evidence success factors 1, 4 and 5'],
    ]);
    expect(like.rest.map((k) => k.kin.id)).toEqual(['connected-health']);
    expect(like.unlisted).toBe(like.count - 3);
    expect(like.restShareOnlyGroup).toBeNull();
  });

});

describe('the words of a kin list', () => {
  it('a score: one point, several points', () => {
    expect(kinScore(1)).toBe('one point');
    expect(kinScore(3)).toBe('3 points');
  });
  it('the folded rest: one or many, sharing only a group or not', () => {
    expect(moreKinSummary(1, null)).toBe('one more cluster, ranked');
    expect(moreKinSummary(1, 2)).toBe('one more cluster, ranked (it shares only group 2)');
    expect(moreKinSummary(27, 2)).toBe('27 more clusters, ranked (they share only group 2)');
    expect(moreKinSummary(5, null)).toBe('5 more clusters, ranked');
  });
});
