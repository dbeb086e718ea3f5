/**
 * Field constructors: each turns one CSV cell (always a string) into a typed
 * value and carries the Frictionless Table Schema metadata of the column, so
 * the same definition validates the CSV, types the pages and writes
 * datapackage.json.
 */
import { z } from 'zod';
import countries from 'i18n-iso-countries';

export type TableSchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';

export interface FieldMeta {
  description: string;
  type: TableSchemaType;
  required: boolean;
  /** Date format for `date` fields ('any' accepts YYYY, YYYY-MM and YYYY-MM-DD). */
  format?: string;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Set when a cell holds several values separated by this character. */
  separator?: string;
  /** Values of a list must each match this pattern or enumeration. */
  itemPattern?: string;
  itemEnum?: readonly string[];
  /** Human-readable name of the code list the values come from. */
  codelist?: string;
  unique?: boolean;
}

/** Issue params that carry our rule name (zod's own codes are too generic for data editors). */
export interface RuleParams {
  rule: string;
}

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, rule: string, message: string): never {
  ctx.addIssue({ code: 'custom', message, params: { rule } satisfies RuleParams });
  return z.NEVER as never;
}

function cell<T>(meta: FieldMeta, parse: (raw: string, ctx: Ctx) => T) {
  return z
    .string()
    .transform((raw, ctx) => {
      if (raw.trim() !== raw) return fail(ctx, 'whitespace', `value ${JSON.stringify(raw)} has leading or trailing spaces`);
      return parse(raw, ctx);
    })
    .meta({ ...meta });
}

function requiredCell<T>(meta: Omit<FieldMeta, 'required'>, parse: (raw: string, ctx: Ctx) => T) {
  return cell({ ...meta, required: true }, (raw, ctx) =>
    raw === '' ? fail(ctx, 'required', 'a value is required') : parse(raw, ctx),
  );
}

function optionalCell<T>(meta: Omit<FieldMeta, 'required'>, parse: (raw: string, ctx: Ctx) => T) {
  return cell({ ...meta, required: false }, (raw, ctx): T | null => (raw === '' ? null : parse(raw, ctx)));
}

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)*$';
const slugRe = new RegExp(SLUG_PATTERN);

function parseSlug(raw: string, ctx: Ctx): string {
  return slugRe.test(raw) ? raw : fail(ctx, 'slug', `${JSON.stringify(raw)} is not a lowercase kebab-case id`);
}

/** An identifier: lowercase kebab-case, required. */
export const slug = (description: string) => requiredCell({ description, type: 'string', pattern: SLUG_PATTERN }, parseSlug);

/** A reference to another table's id. */
export const ref = (description: string) => slug(description);

/** A reference that may be empty. */
export const optionalRef = (description: string) =>
  optionalCell({ description, type: 'string', pattern: SLUG_PATTERN }, parseSlug);

export const text = (description: string) => requiredCell({ description, type: 'string' }, (raw) => raw);

export const optionalText = (description: string) => optionalCell({ description, type: 'string' }, (raw) => raw);

const integerRe = /^-?\d+$/;
const numberRe = /^-?\d+(\.\d+)?$/;

function parseNumber(raw: string, ctx: Ctx, re: RegExp, kind: string, min?: number, max?: number): number {
  if (!re.test(raw)) return fail(ctx, 'type', `${JSON.stringify(raw)} is not ${kind}`);
  const n = Number(raw);
  if ((min !== undefined && n < min) || (max !== undefined && n > max))
    return fail(ctx, 'range', `${raw} is outside ${min ?? '−∞'}…${max ?? '∞'}`);
  return n;
}

interface Bounds {
  minimum?: number;
  maximum?: number;
}

export const integer = (description: string, bounds: Bounds = {}) =>
  requiredCell({ description, type: 'integer', ...bounds }, (raw, ctx) =>
    parseNumber(raw, ctx, integerRe, 'a whole number', bounds.minimum, bounds.maximum),
  );

export const optionalInteger = (description: string, bounds: Bounds = {}) =>
  optionalCell({ description, type: 'integer', ...bounds }, (raw, ctx) =>
    parseNumber(raw, ctx, integerRe, 'a whole number', bounds.minimum, bounds.maximum),
  );

export const decimal = (description: string, bounds: Bounds = {}) =>
  requiredCell({ description, type: 'number', ...bounds }, (raw, ctx) =>
    parseNumber(raw, ctx, numberRe, 'a decimal number (digits, optional minus sign and dot)', bounds.minimum, bounds.maximum),
  );

export const optionalDecimal = (description: string, bounds: Bounds = {}) =>
  optionalCell({ description, type: 'number', ...bounds }, (raw, ctx) =>
    parseNumber(raw, ctx, numberRe, 'a decimal number (digits, optional minus sign and dot)', bounds.minimum, bounds.maximum),
  );

export const boolean = (description: string) =>
  requiredCell({ description, type: 'boolean' }, (raw, ctx) => {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    return fail(ctx, 'type', `${JSON.stringify(raw)} is not true or false`);
  });

export const oneOf = <const T extends readonly [string, ...string[]]>(description: string, values: T) =>
  requiredCell({ description, type: 'string', enum: values }, (raw, ctx) =>
    (values as readonly string[]).includes(raw)
      ? (raw as T[number])
      : fail(ctx, 'enum', `${JSON.stringify(raw)} is not one of ${values.join(', ')}`),
  );

export const optionalOneOf = <const T extends readonly [string, ...string[]]>(description: string, values: T) =>
  optionalCell({ description, type: 'string', enum: values }, (raw, ctx) =>
    (values as readonly string[]).includes(raw)
      ? (raw as T[number])
      : fail(ctx, 'enum', `${JSON.stringify(raw)} is not one of ${values.join(', ')}`),
  );

/** A web address as printed: http or https, nothing else (Frictionless `format: uri`). */
export const webAddress = (description: string) =>
  requiredCell({ description, type: 'string', format: 'uri' }, (raw, ctx) => {
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    return url && (url.protocol === 'http:' || url.protocol === 'https:') && url.href.replace(/\/$/, '') === raw.replace(/\/$/, '')
      ? raw
      : fail(ctx, 'type', `${JSON.stringify(raw)} is not an http(s) web address written in full`);
  });

const dateRe = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const optionalDate = (description: string) =>
  optionalCell({ description, type: 'string', pattern: dateRe.source }, (raw, ctx) =>
    dateRe.test(raw) ? raw : fail(ctx, 'type', `${JSON.stringify(raw)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`),
  );

/** Several free-text values separated by `;` (empty cell: empty list). */
export const textList = (description: string) =>
  cell({ description, type: 'string', required: false, separator: ';' }, (raw, ctx) => {
    if (raw === '') return [] as string[];
    const items = raw.split(';').map((s) => s.trim());
    return items.some((s) => s === '') ? fail(ctx, 'list', `${JSON.stringify(raw)} has an empty item`) : items;
  });

const alpha2Re = /^[A-Z]{2}$/;

/** ISO 3166-1 alpha-2 country codes separated by `;`, at least one. */
export const countryCodes = (description: string) =>
  requiredCell(
    { description, type: 'string', separator: ';', itemPattern: alpha2Re.source, codelist: 'ISO 3166-1 alpha-2' },
    (raw, ctx) => {
      const codes = raw.split(';');
      const bad = codes.filter((c) => !alpha2Re.test(c) || !countries.isValid(c));
      if (bad.length > 0)
        return fail(ctx, 'country-code', `${bad.map((c) => JSON.stringify(c)).join(', ')} not an ISO 3166-1 alpha-2 code`);
      if (new Set(codes).size !== codes.length) return fail(ctx, 'list', `${JSON.stringify(raw)} repeats a country`);
      return codes;
    },
  );
