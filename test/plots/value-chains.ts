/** Value-chain figures for the snapshot tests: the real chains in both orientations, a thumbnail, and a small chain with every kind of link. */
import * as data from '../../src/lib/atlas-data.ts';
import { svgDocument } from '../../src/lib/charts/svg-document.ts';
import { valueChainSvg, valueChainThumbnail } from '../../src/lib/charts/value-chain-svg.ts';
import { layoutChain, type ChainLayout, type StageInput } from '../../src/lib/value-chain-layout.ts';
import { chainView } from '../../src/lib/value-chain-view.ts';

const draw = (layout: ChainLayout, label: string) =>
  valueChainSvg(svgDocument(), layout, { label, stageName: (id) => `Stage ${id}`, href: (id) => `#stage-${id}` });

const real = (id: string, orientation: 'horizontal' | 'vertical') => draw(chainView(data.atlas, id)[orientation], `Diagram of ${id}, ${orientation}`);

/** hse-2019 ch. 1: nine services at one step feed medical assistance. */
export const medicalTourismHorizontal = () => real('medical-tourism-services', 'horizontal');
export const medicalTourismVertical = () => real('medical-tourism-services', 'vertical');

/** mix-2016: sixteen steps, four regional pilot lanes with their funnel figures to scale. */
export const mixInnovationHorizontal = () => real('mix-innovation-chain', 'horizontal');
export const mixInnovationVertical = () => real('mix-innovation-chain', 'vertical');

/** ami4europe-d2.2: two steps and a framing band. */
export const medicalImagingHorizontal = () => real('medical-imaging-market', 'horizontal');

/** bioxclusters: fan-out, fan-in, links that skip steps and a link within one step. */
export const bioxclustersHorizontal = () => real('bioxclusters-internationalisation', 'horizontal');
export const bioxclustersVertical = () => real('bioxclusters-internationalisation', 'vertical');

export const mixInnovationThumbnail = () => valueChainThumbnail(svgDocument(), chainView(data.atlas, 'mix-innovation-chain').strip);

/** Every kind of link on a handful of stages: neighbours, a skip, a fan-out, one within a step, a side lane with figures, a frame. */
function smallChain(): { stages: StageInput[]; links: { from: string; to: string }[] } {
  const stage = (id: string, order: number | null, extra: Partial<StageInput> = {}): StageInput => ({
    id,
    label: id,
    order,
    stage: null,
    number: null,
    unit: null,
    ...extra,
  });
  const stages = [
    stage('Start', 1, { caption: '2 clusters' }),
    stage('Upper', 2),
    stage('Lower', 2),
    stage('End', 3),
    stage('Pilot in', 1, { number: 40, unit: 'projects', stage: 'Pilot' }),
    stage('Pilot out', 3, { number: 10, unit: 'projects', stage: 'Pilot' }),
    stage('Framework', null),
  ];
  const links = [
    { from: 'Start', to: 'Upper' },
    { from: 'Start', to: 'Lower' },
    { from: 'Upper', to: 'Lower' },
    { from: 'Lower', to: 'End' },
    { from: 'Start', to: 'End' },
    { from: 'Pilot in', to: 'Pilot out' },
  ];
  return { stages, links };
}

export function smallChainHorizontal(): string {
  const { stages, links } = smallChain();
  return draw(layoutChain(stages, links, 'horizontal', { width: 640 }), 'A small chain');
}

export function smallChainVertical(): string {
  const { stages, links } = smallChain();
  return draw(layoutChain(stages, links, 'vertical'), 'A small chain, top to bottom');
}
