/**
 * The clusters' web pages the sources cite (cluster-references.csv, issue 25
 * point 7) against the text of HSE 2019: each address, the name the footnote
 * gives it and its access date stand in the footnote the locator names.
 * Needs the source texts (npm run test:sources).
 */
import { describe, expect, it } from 'vitest';
import type { ClusterReference } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const references = (built.tables.get('cluster-references')?.rows ?? []).map(({ row }) => row as ClusterReference);
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('cluster-references.csv', () => {
  it('holds the footnoted pages of HSE 2019', () => {
    expect(references.length).toBeGreaterThanOrEqual(15);
  });

  for (const r of references)
    it(`${r.id}: address, name and access date stand in footnote ${r.footnote} of ${r.source}`, () => {
      const text = sourceText(r.source);
      const line = text.split('\n').find((l) => l.includes(r.url));
      expect(line, `${r.url} is not in ${r.source}`).toBeDefined();
      expect(line?.startsWith(superscript(r.footnote ?? 0)), line).toBe(true);
      expect(line).toContain(r.label.replace(/\.$/, ''));
      if (r.accessed) {
        const [year, month, day] = r.accessed.split('-').map(Number);
        expect(line).toContain(`last accessed on ${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`);
      }
    });
});
