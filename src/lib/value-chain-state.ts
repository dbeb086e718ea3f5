/** The address of a value chain's page: the stage selected in its diagram (`?stage=<id>`). */
import { stateKeys, type StateSpec } from './url-state.ts';

/** `stageIds`: the chain's stages, in sequence. */
export function valueChainStateSpec(stageIds: readonly string[]) {
  return { stage: { kind: 'one', values: stageIds, noun: 'stage of this chain' } } satisfies StateSpec;
}

/** A value chain's parameter names. */
export const VALUE_CHAIN_STATE_KEYS = stateKeys(valueChainStateSpec([]));
