/** The web pages of the clusters that the sources themselves cite. */
import { z } from 'zod';
import { optionalDate, optionalInteger, ref, slug, text, webAddress } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const clusterReferences = defineTable({
  name: 'cluster-references',
  title: 'The sources’ references to clusters’ web pages',
  description:
    'Web pages of a cluster or its cluster organisation that a source cites (HSE 2019’s footnotes), with the name the footnote gives the page and the date the authors last accessed it. The atlas shows them as the report’s references, as of then: it has not checked the pages since.',
  schema: z.object({
    id: slug('Reference id: <cluster>-ref-<n>.'),
    cluster_id: ref('Cluster whose page it is (see clusters.csv).'),
    label: text('The name the source gives the page, as printed (e.g. «Lyonbiopôle Auvergne-Rhône-Alpes [official website]»).'),
    url: webAddress('The web address exactly as printed.'),
    footnote: optionalInteger('Number of the footnote that cites it (footnotes are numbered anew in each chapter: the locator says which chapter).', { minimum: 1 }),
    accessed: optionalDate('When the authors last accessed the page, as the footnote says; empty when it does not.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('cluster_id', 'clusters'), fk('source', 'sources')],
});
