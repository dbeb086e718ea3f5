/** hse-2019 ch. 4: the report's own comparison of the Moscow International Medical Cluster with the success factors. */
import { z } from 'zod';
import { integer, oneOf, optionalRef, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const MIMC_LINKS = ['named', 'parallel', 'none'] as const;

export const mimcComparison = defineTable({
  name: 'mimc-comparison',
  title: 'The Moscow International Medical Cluster compared with the success factors',
  description:
    'The seven aspects under which hse-2019 ch. 4 presents the MIMC, the success factor each is compared with, and what the report concludes. This is the report’s own assessment, not the atlas’s. `link` says whether the text names the factor (named), treats the same theme without naming it (parallel), or compares with no factor (none).',
  schema: z.object({
    aspect: integer('Number of the aspect in ch. 4 (1–7).', { minimum: 1, maximum: 7 }),
    aspect_title: text('Heading of the aspect as printed, in sentence case.'),
    factor_id: optionalRef('Success factor the aspect is compared with (see success-factors.csv).'),
    link: oneOf('How the text ties the aspect to the factor.', MIMC_LINKS),
    finding: text('What the report concludes about the MIMC, in our words.'),
    ...provenance,
  }),
  primaryKey: ['aspect'],
  foreignKeys: [fk('factor_id', 'success-factors'), fk('source', 'sources')],
});
