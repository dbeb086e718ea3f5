/**
 * Charts whose downloaded image is drawn from their data (the world map:
 * the view on screen, with a numbered key) rather than copied from the page
 * register a provider for their figure here; the chart toolbar
 * (chart-tools.ts) asks it for the image and falls back to copying the
 * drawing on screen.
 */
import type { LegendItem } from '../lib/chart-registry.ts';
import type { ChartImage } from '../lib/charts/chart-export-svg.ts';

export interface ImageRequest {
  title: string;
  source: string;
  credit: string;
  legend: readonly LegendItem[];
}

export type ImageProvider = (request: ImageRequest) => Promise<ChartImage>;

const providers = new WeakMap<Element, ImageProvider>();

export function provideChartImage(figure: Element, provider: ImageProvider): void {
  providers.set(figure, provider);
}

export function chartImageProvider(figure: Element): ImageProvider | undefined {
  return providers.get(figure);
}
