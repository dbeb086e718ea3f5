/**
 * The descriptor the build writes (public/data/datapackage.json, from `npm run
 * data`) against the published Frictionless Data Package 2.0 profiles, copied
 * beside the sources in ../shared/specs/datapackage-2.0 (not part of the
 * repository, hence here with the sources' tests): the package, each of its
 * resources, each table schema and dialect. The project's own checker
 * (test/helpers/data-package-check.ts) keeps what a profile cannot say:
 * that the files match the descriptor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';
import { sourcesDir } from '../helpers/sources.ts';

const specs = join(sourcesDir(), '..', 'specs', 'datapackage-2.0');
const profile = (name: string) => JSON.parse(readFileSync(join(specs, `${name}.json`), 'utf8')) as object;
// strict: false, as the specs' README says; their non-standard format `textarea` is any string.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat('textarea', true);
const validators = Object.fromEntries(['datapackage', 'dataresource', 'tableschema', 'tabledialect'].map((n) => [n, ajv.compile(profile(n))]));
const errors = (name: string, value: unknown): string[] => {
  const validate = validators[name];
  if (!validate) throw new Error(`no profile ${name}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
};

const descriptor = JSON.parse(readFileSync(join(repoRoot, 'public', 'data', 'datapackage.json'), 'utf8')) as {
  resources: { name: string; schema?: unknown; dialect?: unknown }[];
};

describe('datapackage.json against the Data Package 2.0 profiles', () => {
  it('the package', () => {
    expect(descriptor.resources.length).toBeGreaterThan(10);
    expect(errors('datapackage', descriptor)).toEqual([]);
  });

  it('each resource, its table schema and its dialect', () => {
    const found = descriptor.resources.flatMap((r) => [
      ...errors('dataresource', r).map((e) => `${r.name}: ${e}`),
      ...(typeof r.schema === 'object' ? errors('tableschema', r.schema).map((e) => `${r.name} schema: ${e}`) : []),
      ...(typeof r.dialect === 'object' ? errors('tabledialect', r.dialect).map((e) => `${r.name} dialect: ${e}`) : []),
    ]);
    expect(found).toEqual([]);
  });

  it('the profiles find what they stand for: an empty list of foreign keys, as the writer once gave', () => {
    const broken = structuredClone(descriptor) as { resources: { schema?: { foreignKeys?: unknown[] } }[] };
    const first = broken.resources.find((r) => r.schema);
    if (!first?.schema) throw new Error('no resource with a schema');
    first.schema.foreignKeys = [];
    expect(errors('datapackage', broken).length).toBeGreaterThan(0);
  });
});
