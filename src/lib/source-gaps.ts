/** How pages other than /about/ speak of the gaps in our copy of the sources. */
import { shortSource } from './citation.ts';
import type { MethodologyNote } from './schema/tables.ts';

/**
 * One plain sentence for a note about our copy of a report (a figure that did
 * not survive, a garbled passage), which would otherwise read as a fault of the
 * report itself; null for notes about the reports' own content (contradictions,
 * spellings, our interpretation), which pages show in full. The full note is
 * on /about/#note-<id>.
 */
export function plainGapSentence(n: Pick<MethodologyNote, 'topic' | 'source' | 'locator'>): string | null {
  if (n.topic !== 'missing-figure' && n.topic !== 'garbled') return null;
  return `Part of ${shortSource(n.source)}, ${n.locator}, is not available to us; this page follows its text.`;
}
