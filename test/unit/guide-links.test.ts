/** The references of the guide's links (the atlas's own matching): every step has evidence and every linked id exists. */
import { describe, expect, it } from 'vitest';
import type { GuideLink } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);

describe('guide links (the atlas’s own matching)', () => {
  const links = rows<GuideLink>('guide-links');
  const ids = (name: string) => new Set(rows<{ id: string }>(name).map((r) => r.id));

  it('link every step to evidence, and every linked id exists in its table', () => {
    expect(built.problems).toEqual([]);
    const steps = ids('roadmap-steps');
    for (const s of steps) expect(links.some((l) => l.step_id === s), s).toBe(true);
    const targets: [keyof GuideLink, string][] = [
      ['case_study_id', 'case-studies'],
      ['cluster_id', 'clusters'],
      ['instrument_id', 'support-instruments'],
      ['quote_id', 'quotes'],
      ['recommendation_id', 'recommendations'],
    ];
    for (const l of links) {
      expect(steps.has(l.step_id), l.id).toBe(true);
      const named = targets.filter(([field]) => l[field] !== null);
      expect(named, l.id).toHaveLength(1);
      for (const [field, table] of named) expect(ids(table).has(String(l[field])), `${l.id}: ${field}`).toBe(true);
      expect(l.reason.length, l.id).toBeLessThanOrEqual(200);
    }
  });
});
