/**
 * Issue 24 cases 3 and 7, read in the built pages (dist/, from `npm run build`)
 * against the tables (src/generated): a network's profile says what its source
 * says and shows what it runs, cites and recommends, linked; a partnership's
 * figures stand on the partnership's page, and its members link there instead of
 * showing them as their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';
import { pageTextRuns } from '../helpers/page-text.ts';

type Row = Record<string, string | number | null>;
const rowsOf = (name: string): Row[] => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as Row[];
const html = (path: string) => readFileSync(join(repoRoot, 'dist', path, 'index.html'), 'utf8');
const text = (markup: string) => pageTextRuns(markup).map((r) => r.text).join(' ').replace(/\s+/g, ' ');
const doc = (path: string) => parseHTML(html(path)).document;
const hrefs = (el: ParentNode | null) => [...(el?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');

describe('the profile of CEBR, a network (issue 24 case 3)', () => {
  const page = doc('/clusters/cebr/');
  const lede = page.querySelector('.lede')?.textContent ?? '';

  it('opens with what cebr-2020 says of it, and Belgium only as its country', () => {
    // cebr-2020, slide «CEBR»: «+ 38 members», «+15 EU countries», «Connecting the Health and Lifesciences Ecosystems in Europe and beyond».
    expect(lede).toContain('+ 38 members');
    expect(lede).toContain('+15 EU countries');
    expect(lede).toContain('in Europe and beyond');
    expect(lede).toContain('Belgium as its country');
    expect(lede).not.toMatch(/ecosystems in Belgium/);
  });

  it('lists its ten recommendations, each cited', () => {
    const mine = rowsOf('recommendations').filter((r) => r['cluster_id'] === 'cebr');
    expect(mine).toHaveLength(10);
    const items = [...page.querySelectorAll('#recommends ~ ol > li')];
    expect(items.map((li) => li.id)).toEqual(mine.map((r) => `recommendation-${String(r['id'])}`));
    for (const [i, li] of items.entries()) {
      expect(li.textContent).toContain(String(mine[i]?.['statement']));
      expect(li.querySelector('cite, .cite, a'), `recommendation ${i + 1} is cited`).not.toBeNull();
    }
  });

  it('links the five initiatives its slides cite and the Special Interest Group it runs', () => {
    // cebr-2020, slide «Experiences from clusters' involvement», and slide «Special Interest Group on Digitalisation».
    const links = hrefs(page.querySelector('main') ?? page.body);
    for (const id of ['s3martmed', 'dih-hero', 'safenmt', 'elixir', 'codex4smes', 'cebr-sig-digitalisation'])
      expect(links.some((h) => h.endsWith(`/partnerships/${id}/`)), id).toBe(true);
    expect(text(html('/clusters/cebr/'))).toContain('does not say whether CEBR takes part');
  });

  it('does not deny the partnership it takes part in', () => {
    const t = text(html('/clusters/cebr/'));
    expect(t).not.toContain('takes part in no partnership');
    expect(t).toContain('CEBR Special Interest Group on Digitalisation, names no other cluster');
  });
});

describe('every profile’s sentence about partnerships', () => {
  it('says «takes part in no partnership» only of a cluster with no partnership-members row', () => {
    const members = new Set(rowsOf('partnership-members').map((m) => m['cluster_id']));
    for (const c of rowsOf('clusters')) {
      if (text(html(`/clusters/${String(c['id'])}/`)).includes('takes part in no partnership')) expect(members.has(c['id']), String(c['id'])).toBe(false);
    }
  });
});

describe('the profile of bioXclusters, a meta-cluster listed as a partnership too', () => {
  it('links its partners and shows the lessons as the atlas’s reading', () => {
    const page = doc('/clusters/bioxclusters/');
    const links = hrefs(page.querySelector('#partners')?.parentElement ?? null);
    // bioxclusters, abstract ¶2: Biocat, BioM, bioPmed, Lyonbiopole and the agency ERAI.
    for (const id of ['biocat', 'biom', 'biopmed', 'lyonbiopole', 'erai']) expect(links, id).toContain(`/clusters/${id}/`);
    expect(links).toContain('/partnerships/bioxclusters/');
    const lessons = page.querySelector('#lessons')?.parentElement;
    expect(lessons?.textContent).toContain('The atlas’s own reading');
    expect(lessons?.querySelectorAll('ol > li')).toHaveLength(rowsOf('recommendations').filter((r) => r['cluster_id'] === 'bioxclusters').length);
  });
});

describe('the pages of the partnerships a network cites or a meta-cluster is', () => {
  it('link back to the profile without claiming membership', () => {
    for (const id of ['s3martmed', 'dih-hero', 'safenmt', 'elixir', 'codex4smes']) {
      const page = doc(`/partnerships/${id}/`);
      expect(hrefs(page.body), id).toContain('/clusters/cebr/');
      expect(page.body.textContent, id).toContain('does not say whether it takes part');
    }
    expect(hrefs(doc('/partnerships/bioxclusters/').body)).toContain('/clusters/bioxclusters/');
  });
});

describe('a partnership’s figures (issue 24 case 7)', () => {
  const facts = rowsOf('partnership-facts');
  const members = rowsOf('partnership-members');

  it('stand on the partnership’s page, not on a member’s profile, which links to them', () => {
    expect(facts.length).toBeGreaterThan(0);
    for (const pid of new Set(facts.map((f) => String(f['partnership_id'])))) {
      const own = facts.filter((f) => f['partnership_id'] === pid);
      const partnershipText = text(html(`/partnerships/${pid}/`));
      for (const f of own) expect(partnershipText, `${pid}: ${String(f['id'])}`).toContain(`${String(f['label'])} Value ${String(f['value'])}`);
      for (const m of members.filter((x) => x['partnership_id'] === pid)) {
        const path = `/clusters/${String(m['cluster_id'])}/`;
        const page = doc(path);
        // A row of the member's facts tables that gives the partnership's value from the partnership's passage would be its figure as the member's own.
        const rows = [...(page.querySelector('#facts')?.parentElement?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
          value: tr.querySelector('td')?.textContent?.replace(/^\s*Value\s*/, '').trim() ?? '',
          cite: tr.querySelector('.cite')?.textContent ?? '',
        }));
        for (const f of own)
          expect(
            rows.filter((r) => r.value === String(f['value']) && r.cite.includes(String(f['locator']))),
            `${path} shows ${String(f['id'])} as its own`,
          ).toEqual([]);
        expect(hrefs(page.querySelector('#partners')?.parentElement ?? null), `${path} links to the figures of ${pid}`).toContain(`/partnerships/${pid}/#figures`);
      }
    }
  });

  it('of Health2Care are not charted as Lyonbiopôle’s or Minalogic’s projects (mix-2016 sec. II.C)', () => {
    for (const id of ['lyonbiopole', 'minalogic']) {
      const page = html(`/clusters/${id}/`);
      expect(page, id).not.toContain('Promising projects identified');
      expect(page, id).not.toContain('Projects presented to a jury');
    }
    const h2c = text(html('/partnerships/health2care/'));
    // «34 promising projects were identified through two calls for projects, of which 20 were presented to a jury of experts that selected 9 of them for vouchers (private co-financing of 30%)»
    for (const v of ['Value 34', 'Value 20', 'Value 9', 'Value 30%']) expect(h2c).toContain(v);
  });
});
