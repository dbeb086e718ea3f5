/** Gaps, contradictions and choices in reading the sources, shown on the about page. */
import { z } from 'zod';
import { oneOf, ref, slug, text, textList } from './fields.ts';
import { defineTable, fk } from './table.ts';

export const NOTE_TOPICS = ['missing-figure', 'contradiction', 'spelling', 'garbled', 'incomplete', 'interpretation'] as const;

/** How each kind of note is named to readers, on the about page and in the data README. */
export const NOTE_TOPIC_LABELS: Record<(typeof NOTE_TOPICS)[number], string> = {
  'missing-figure': 'Figure or table lost in the text',
  contradiction: 'Contradiction',
  spelling: 'Spelling variant',
  garbled: 'Garbled passage',
  incomplete: 'Incomplete information',
  interpretation: 'Our interpretation',
};

export const methodologyNotes = defineTable({
  name: 'methodology-notes',
  title: 'Methodology notes',
  description: 'Where the sources are incomplete, garbled or contradict themselves, and how the data handles it.',
  schema: z.object({
    id: slug('Note id.'),
    topic: oneOf('Kind of issue.', NOTE_TOPICS),
    description: text('What is wrong and how the data handles it, in our words.'),
    affects: textList('Tables or ids concerned, `;`-separated.'),
    source: ref('Source document concerned (see sources.csv).'),
    locator: text('Where in the source.'),
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});
