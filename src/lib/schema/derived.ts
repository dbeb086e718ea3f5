/**
 * Tables the data build derives from the curated ones: published beside them
 * (CSV, JSON, a resource of datapackage.json, a sheet of the workbook), never
 * kept in data/. Their rows come from pure functions (src/lib/fact-slices.ts).
 */
import { z } from 'zod';
import { facts } from './facts.ts';
import { boolean, countryCodes, optionalRef, text } from './fields.ts';
import { defineTable, fk, type TableDef } from './table.ts';
import { tables } from './tables.ts';

const f = facts.schema.shape;

/** facts.csv with the cluster's name, group, countries and layer beside each value: no lookup against clusters.csv. */
export const factsWithClusters = defineTable({
  name: 'facts-with-clusters',
  title: 'Cluster facts with their cluster',
  description:
    'Derived at build time from facts.csv and clusters.csv (not curated on its own): every row of facts.csv with the name, group, countries and layer of its cluster beside the value, so that a group’s or a country’s facts can be filtered without a lookup. The fact columns mean what they mean in facts.csv.',
  schema: z.object({
    id: f.id,
    cluster_id: f.cluster_id,
    cluster_name: text('Official name of the cluster (clusters.csv `name`).'),
    cluster_group: optionalRef('Group of the hse-2019 sample the cluster belongs to (clusters.csv `group`); empty outside the sample.'),
    cluster_countries: countryCodes('Countries of the cluster, as ISO 3166-1 alpha-2 codes (clusters.csv `countries`), `;`-separated.'),
    cluster_in_sample: boolean('Whether the cluster is one of the 40 of the hse-2019 sample (clusters.csv `in_sample`).'),
    topic: f.topic,
    label: f.label,
    value: f.value,
    number: f.number,
    unit: f.unit,
    period: f.period,
    case_study_id: f.case_study_id,
    source: f.source,
    locator: f.locator,
    note: f.note,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('id', 'facts'), fk('cluster_id', 'clusters'), fk('cluster_group', 'groups'), fk('case_study_id', 'case-studies'), fk('source', 'sources')],
});

export const derivedTables = [factsWithClusters] as const;

/** Every table the downloads publish, curated then derived: datapackage.json, the workbook, the README and /data/ list these. */
export const publishedTables: readonly TableDef[] = [...tables, ...derivedTables];

export type FactWithCluster = z.output<typeof factsWithClusters.schema>;
