/**
 * The addresses of the guide's two views, read and written by
 * src/lib/url-state.ts: the checklist's ticked steps (`/guide/?done=1,3`)
 * and the support-instruments table's filters and sort
 * (`/guide/instruments/?region=&q=&sort=`).
 */
import { INSTRUMENT_REGIONS } from './schema/guide-vocab.ts';
import type { StateSpec } from './url-state.ts';

/** The checklist's address: the numbers of the ticked steps, 1…stepCount. */
export function guideStateSpec(stepCount: number) {
  return { done: { kind: 'numbers', min: 1, max: stepCount, noun: 'step' } } satisfies StateSpec;
}

/** The columns the instruments table sorts by; each in its own order (amounts largest first, the others ascending), never reversed. */
export const INSTRUMENT_SORTS = ['number', 'name', 'region', 'amount'] as const;

/** The instruments table's address: one region, the text filter (matched against the row's text), the sort column (default: the report's order). */
export const INSTRUMENT_TABLE_SPEC = {
  region: { kind: 'one', values: INSTRUMENT_REGIONS, noun: 'region' },
  q: { kind: 'text', noun: 'text filter' },
  sort: { kind: 'sort', keys: INSTRUMENT_SORTS, fallback: 'number', reversible: false, noun: 'column to sort by' },
} satisfies StateSpec;
