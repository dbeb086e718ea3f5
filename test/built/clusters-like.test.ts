/**
 * «Clusters like this one» on the built profiles: the peers shown open (not under «more») are the
 * closest ones. Lyonbiopôle's case (issue 25): twelve peers score 3 points, and the three that share
 * its group and target model (table 2.2 «global network»: Health Tech Cluster Switzerland, Medicen
 * Paris Region, Task Force Health Care) must be shown, not under «more».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';

const profile = (id: string) => parseHTML(readFileSync(join(repoRoot, 'dist', 'clusters', id, 'index.html'), 'utf8')).document;

/** Ids of the peers in the section's open list and in its «more» list. */
function peers(id: string) {
  const section = profile(id).querySelector('section[aria-labelledby="like-this"]');
  const ids = (sel: string) =>
    [...(section?.querySelectorAll(`${sel} a.name`) ?? [])].map((a) => a.getAttribute('href')?.match(/clusters\/([^/]+)\/$/)?.[1]);
  return { shown: ids(':scope > ol.kin'), more: ids('details ol.kin') };
}

describe('Clusters like this one, built', () => {
  it('shows Lyonbiopôle the peers of its group and target model, not under «more»', () => {
    const { shown, more } = peers('lyonbiopole');
    for (const id of ['health-tech-cluster-switzerland', 'medicen-paris-region', 'task-force-health-care']) {
      expect(shown).toContain(id);
      expect(more).not.toContain(id);
    }
  });

  it('says on the page how equal points are ordered', () => {
    const text = profile('lyonbiopole').querySelector('#like-this')?.parentElement?.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('Equal points are ordered by how much of their structure the two share');
  });
});
