/** The address of a value chain's page: the stage selected in its diagram (`?stage=<id>`). */
import type { StateSpec } from './url-state.ts';

/** `stageIds`: the chain's stages, in sequence. */
export function valueChainStateSpec(stageIds: readonly string[]) {
  return { stage: { kind: 'one', values: stageIds, noun: 'stage of this chain' } } satisfies StateSpec;
}
