/** The success-factor explorer's URL state. */
import { MATRIX_ORDERS } from './factor-matrix.ts';
import { stateKeys, type StateSpec } from './url-state.ts';

export function explorerStateSpec(factorIds: readonly string[], clusterIds: readonly string[]) {
  return {
    order: { kind: 'one', values: MATRIX_ORDERS, fallback: 'group', noun: 'order' },
    group: { kind: 'set', values: ['1', '2', '3', 'outside'], noun: 'group' },
    factor: { kind: 'one', values: factorIds, noun: 'success factor' },
    cluster: { kind: 'one', values: clusterIds, noun: 'cluster in the matrix' },
  } satisfies StateSpec;
}

/** The explorer's parameter names (the facets do not depend on the data, only their values do). */
export const EXPLORER_STATE_KEYS = stateKeys(explorerStateSpec([], []));
