/** Short citations: «HSE 2019, table 3.1». */
import type { Source } from './schema/tables.ts';

const SHORT: Record<string, string> = {
  'hse-2019': 'HSE 2019',
  bioxclusters: 'bioXclusters',
  'cebr-2020': 'CEBR 2020',
  'mix-2016': 'MIX 2016',
  'ami4europe-d2.2': 'AMI-4EUROPE D2.2',
};

export function shortSource(id: string): string {
  return SHORT[id] ?? id;
}

export function citationText(source: string, locator: string): string {
  return `${shortSource(source)}, ${locator}`;
}

export function sourceTitle(sources: readonly Source[], id: string): string {
  return sources.find((s) => s.id === id)?.title ?? id;
}
