/** Which methodology notes a page shows, and how it words them (pure). */
import { NOTE_TOPIC_LABELS } from './schema/methodology.ts';
import type { MethodologyNote } from './schema/tables.ts';

/**
 * What one entry of a note's `affects` names: the part after a table prefix
 * («facts.csv:filas», «facts:filas», «clusters.csv:cebr» all name «filas» or
 * «cebr»), or the entry itself («medicon-valley», «cebr-members-1», «facts.csv»).
 */
export function affectedId(entry: string): string {
  const colon = entry.indexOf(':');
  return colon < 0 ? entry : entry.slice(colon + 1);
}

/**
 * The notes about a subject: those whose `affects` names one of `ids` exactly
 * (the subject's id, or the id of one of its rows, such as a fact or a quote).
 * A note that only names a table («facts.csv»), or names an id that merely
 * contains the subject's, is about something else and stays on /about/.
 */
export function notesAbout(notes: readonly MethodologyNote[], ids: Iterable<string>): MethodologyNote[] {
  const wanted = new Set(ids);
  return notes.filter((n) => n.affects.some((a) => wanted.has(affectedId(a))));
}

/**
 * A note as a page shows it: what kind of note it is, in the words /about/
 * uses, then what the note says, unshortened («Incomplete information: mix-2016
 * gives no size, …»).
 */
export function noteSentence(n: Pick<MethodologyNote, 'topic' | 'description'>): string {
  return `${NOTE_TOPIC_LABELS[n.topic]}: ${n.description}`;
}
