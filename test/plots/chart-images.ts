/** The downloadable image of a chart: a fact bar chart shown at phone width, with title, legend, source and credit around it. */
import { composeChartImage } from '../../src/lib/charts/chart-export-svg.ts';
import { projectBudgets } from './fact-bars.ts';

export function barChartAtPhoneWidth(): string {
  const chart = projectBudgets();
  const [, , w, h] = (/viewBox="([^"]+)"/.exec(chart)?.[1] ?? '').split(' ').map(Number);
  // Shrunk to 320 px wide, as max-width: 100% does on a phone.
  return composeChartImage({
    chart,
    width: 320,
    height: (320 / (w ?? 1)) * (h ?? 0),
    title: 'Projects of Health Valley Netherlands, in EUR million — a title long enough to wrap',
    source: 'HSE 2019, table 3.1.',
    credit: 'Biomedical Clusters Atlas: https://example.org/clusters/health-valley-netherlands/#chart-projects-eur-million',
    legend: [
      { label: 'Group 1: Global clusters', colour: '#0072B2', shape: 'disc' },
      { label: 'Outside the sample', colour: '#ffffff', shape: 'diamond' },
      { label: 'Spanning two countries', colour: '#6b7580', shape: 'ring' },
      { label: 'Case studies', colour: '#0b5cad', shape: 'square' },
    ],
  }).svg;
}
