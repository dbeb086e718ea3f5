import { optionalText, ref, text } from './fields.ts';

/** The provenance columns every table ends with. */
export const provenance = {
  source: ref('Id of the source document (see sources.csv).'),
  locator: text('Where in the source document: chapter, section, table, figure or case-study title.'),
  note: optionalText('Gaps, contradictions or interpretation choices, in our words; empty when there are none.'),
};
