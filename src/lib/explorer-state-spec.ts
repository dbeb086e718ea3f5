/** The success-factor explorer's URL state. */
import { MATRIX_ORDERS } from './factor-matrix.ts';
import type { StateSpec } from './url-state.ts';

export function explorerStateSpec(factorIds: readonly string[], clusterIds: readonly string[]) {
  return {
    order: { values: MATRIX_ORDERS, multi: false, fallback: 'group', noun: 'order' },
    group: { values: ['1', '2', '3', 'outside'], multi: true, noun: 'group' },
    factor: { values: factorIds, multi: false, noun: 'success factor' },
    cluster: { values: clusterIds, multi: false, noun: 'cluster in the matrix' },
  } satisfies StateSpec;
}
