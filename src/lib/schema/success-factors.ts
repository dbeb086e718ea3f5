/** hse-2019 ch. 3: the seven success factors, their case studies and the interview quotes. */
import { z } from 'zod';
import { integer, optionalRef, optionalText, ref, slug, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const successFactors = defineTable({
  name: 'success-factors',
  title: 'Success factors',
  description: 'The seven success factors of biomedical clusters that hse-2019 draws from its interviews (ch. 3).',
  schema: z.object({
    id: slug('Success factor id.'),
    number: integer('Number of the factor in hse-2019 (1–7).', { minimum: 1, maximum: 7 }),
    name: text('Name of the factor as hse-2019 prints it.'),
    summary: text('What the factor means, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const caseStudies = defineTable({
  name: 'case-studies',
  title: 'Case studies',
  description: 'Every case study of hse-2019 ch. 3: the «title» blocks that illustrate a success factor with one cluster’s practice.',
  schema: z.object({
    id: slug('Case study id: a slug of its title.'),
    factor_id: ref('Success factor the case illustrates (see success-factors.csv).'),
    cluster_id: ref('Cluster of the case (see clusters.csv).'),
    title: text('Title as printed, without the «» marks.'),
    country_label: optionalText('Country heading printed above the case.'),
    expert_name: optionalText('Interviewed expert, as printed.'),
    expert_role: optionalText('Role and degrees of the expert, as printed.'),
    expert_organisation: optionalText('Organisation of the expert.'),
    summary: text('What the case reports, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('factor_id', 'success-factors'), fk('cluster_id', 'clusters'), fk('source', 'sources')],
});

export const quotes = defineTable({
  name: 'quotes',
  title: 'Interview quotes',
  description: 'Short verbatim excerpts of what cluster managers told the authors of the sources, attributed to person, role and organisation.',
  schema: z.object({
    id: slug('Quote id.'),
    case_study_id: optionalRef('Case study the quote belongs to, if any.'),
    cluster_id: ref('Cluster the quote speaks for.'),
    text: text('The quotation, verbatim; […] marks a cut.'),
    person: text('Who said it, as printed.'),
    role: optionalText('Role of the person.'),
    organisation: optionalText('Organisation of the person.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('case_study_id', 'case-studies'), fk('cluster_id', 'clusters'), fk('source', 'sources')],
});
