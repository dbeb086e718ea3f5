/** Frictionless Data Package descriptor, written from the same schemas that validate the CSVs. */
import type { z } from 'zod';
import type { FieldMeta } from './schema/fields.ts';
import type { Source } from './schema/tables.ts';
import type { TableDef } from './schema/table.ts';

export const ATLAS = {
  name: 'biomedical-clusters-atlas',
  title: 'Biomedical Clusters Atlas',
  version: '0.1.0',
  dataLicense: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
} as const;

function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta = schema.meta() as FieldMeta | undefined;
  if (!meta?.type) throw new Error('field without table-schema metadata');
  return meta;
}

export function tableSchema(def: TableDef) {
  const fields = Object.entries(def.schema.shape).map(([name, schema]) => {
    const m = fieldMeta(schema as z.ZodType);
    const description = m.separator ? `${m.description} Several values are separated by "${m.separator}".` : m.description;
    const constraints: Record<string, unknown> = { required: m.required };
    if (m.enum) constraints['enum'] = [...m.enum];
    if (m.pattern) constraints['pattern'] = m.pattern;
    if (m.itemPattern && m.separator) {
      const item = m.itemPattern.replace(/^\^|\$$/g, '');
      constraints['pattern'] = `^${item}(${m.separator}${item})*$`;
    }
    if (m.minimum !== undefined) constraints['minimum'] = m.minimum;
    if (m.maximum !== undefined) constraints['maximum'] = m.maximum;
    return { name, type: m.type, description, constraints };
  });
  return {
    fields,
    missingValues: [''],
    ...(def.primaryKey.length > 0 && { primaryKey: def.primaryKey.length === 1 ? def.primaryKey[0] : [...def.primaryKey] }),
    foreignKeys: def.foreignKeys.map((fk) => ({
      fields: fk.fields.length === 1 ? fk.fields[0] : [...fk.fields],
      reference: {
        resource: fk.resource === def.name ? '' : fk.resource,
        fields: fk.resourceFields.length === 1 ? fk.resourceFields[0] : [...fk.resourceFields],
      },
    })),
  };
}

export function dataPackage(defs: readonly TableDef[], sources: readonly Source[], created: string) {
  return {
    profile: 'tabular-data-package',
    name: ATLAS.name,
    title: ATLAS.title,
    description:
      'Curated data on the world’s leading biomedical clusters, every row traceable to a published report and a locator within it.',
    version: ATLAS.version,
    created,
    licenses: [ATLAS.dataLicense],
    contributors: [{ title: 'Biomedical Clusters Atlas contributors', role: 'author' }],
    sources: sources.map((s) => ({
      title: `${s.authors.length > 0 ? `${s.authors.join(', ')}. ` : ''}${s.title}${s.date ? ` (${s.date.slice(0, 4)})` : ''}`,
    })),
    resources: defs.map((def) => ({
      name: def.name,
      path: `${def.name}.csv`,
      title: def.title,
      description: def.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(def),
    })),
  };
}
