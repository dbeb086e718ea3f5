/**
 * What /compare/ sets side by side for each cluster (pure). A column is plain
 * data — text, links and citations, never HTML — so the page can ship it as
 * JSON and the browser (or the build, for the no-JavaScript example) draws it
 * with src/lib/compare-render.ts.
 */
import { citationText, shortSource } from './citation.ts';
import { indicatorValuesByCluster, partsInPlaceOfTotal, type IndicatorValue } from './comparable-indicators.ts';
import { countryName } from './country-names.ts';
import { clusterProfile } from './profile.ts';
import type { Atlas } from './table-access.ts';
import { GROUP_CHARACTERISTICS, type ComparableIndicator } from './schema/tables.ts';
import { GROUP_CHARACTERISTIC_LABELS } from './group-characteristics.ts';

/** A citation: the short source and locator, linked to the source's entry or to the fact on the profile. */
export interface CiteRef {
  text: string;
  href: string;
  /** Source id (sources.csv) and locator, for the view's data CSV. */
  source: string;
  locator: string;
}

/** One entry of a cell: a text (linked or not), an optional line under it and its citation. */
export interface CellItem {
  text: string;
  href?: string;
  /** A second line: a case study, a period, what a figure counts, a quotation's attribution. */
  detail?: string;
  detailHref?: string;
  /** Verbatim quotation: drawn as a blockquote. */
  quote?: boolean;
  cite?: CiteRef;
  /** What a value is as of (asOf's compact form: its dated period, the source's year or «date not reported»), for values only. */
  asOf?: string;
}

export interface CompareCell {
  items: CellItem[];
  /** Shown instead of «Not reported» when the cell is empty for a reason (e.g. no group outside the sample). */
  empty?: string;
  /** A line before the items, saying what they are when they are not the row's own value (e.g. the parts of a total). */
  lead?: string;
}

export interface CompareRow {
  id: string;
  label: string;
  /** A short line under the label: what the row holds and whose reading it is. */
  hint?: string;
  /** Heading of the block the row belongs to. */
  section: string;
}

export interface CompareColumn {
  id: string;
  name: string;
  /** Site path of the profile. */
  href: string;
  cells: Record<string, CompareCell>;
}

/** The rows of the comparison, in order, grouped in sections. */
export function compareRows(indicators: readonly ComparableIndicator[]): CompareRow[] {
  return [
    { id: 'layer', label: 'Layer', section: 'The cluster' },
    { id: 'countries', label: 'Countries', section: 'The cluster' },
    {
      id: 'group',
      label: 'Group',
      hint: 'HSE 2019 ch. 2: the sample’s three groups',
      section: 'The cluster',
    },
    ...GROUP_CHARACTERISTICS.map((c) => ({
      id: `group-${c}`,
      label: GROUP_CHARACTERISTIC_LABELS[c],
      section: 'Its group’s characteristics (HSE 2019, table 2.1): of the group as a whole, not measured for the cluster',
    })),
    {
      id: 'models',
      label: 'Target models',
      hint: 'cited as an example in table 2.2',
      section: 'Models and success factors',
    },
    {
      id: 'factors',
      label: 'Success factors evidenced',
      hint: 'by the case studies of ch. 3',
      section: 'Models and success factors',
    },
    ...indicators.map((i) => ({
      id: `indicator-${i.id}`,
      label: i.label,
      // The unit, unless the label says it already («Companies», in companies).
      ...(i.unit.toLowerCase() === i.label.toLowerCase() ? {} : { hint: i.unit }),
      section: 'Comparable indicators (the atlas’s selection; each value as its source gives it)',
    })),
    {
      id: 'partnerships',
      label: 'Partnerships',
      section: 'Partnerships and voices',
    },
    {
      id: 'quotes',
      label: 'In their words',
      hint: 'one quotation per case study',
      section: 'Partnerships and voices',
    },
  ];
}

/** Site-relative links; the page prefixes its base path. */
const sourceHref = (source: string) => `/about/#source-${source}`;
const cite = (source: string, locator: string): CiteRef => ({
  text: citationText(source, locator),
  href: sourceHref(source),
  source,
  locator,
});

/**
 * One cluster's column. Throws for an unknown id (callers pass ids from the
 * clusters table). Every item carries its source and locator.
 */
export function compareColumn(t: Atlas, id: string): CompareColumn {
  const p = clusterProfile(t, id);
  const c = p.cluster;
  const clusterCite = cite(c.source, c.locator);
  const values = indicatorValuesByCluster(t.clusterIndicatorValues.rows, t.facts.rows, t.sources.rows).get(id) ?? new Map();
  const cells: Record<string, CompareCell> = {
    layer: {
      items: [
        {
          text: c.in_sample ? 'One of the 40 clusters of the HSE sample' : `Outside the HSE sample: named in ${shortSource(c.source)}`,
          cite: clusterCite,
        },
      ],
    },
    countries: {
      items: [{ text: c.countries.map(countryName).join(', '), cite: clusterCite }],
    },
    group: p.group
      ? {
          items: [
            {
              text: `Group ${p.group.number}: ${p.group.name}`,
              href: `/groups/${p.group.id}/`,
              ...(c.group_basis === 'elimination'
                ? {
                    detail: 'Placed by elimination: the report’s member list of this group is missing from the text (the atlas’s reading).',
                  }
                : {}),
              cite: clusterCite,
            },
          ],
        }
      : { items: [], empty: 'No group: the groups cover the HSE sample only' },
  };
  for (const k of GROUP_CHARACTERISTICS) {
    const trait = p.groupTraits.get(k);
    cells[`group-${k}`] = p.group
      ? {
          items: trait?.value ? [{ text: trait.value, cite: cite(trait.source, trait.locator) }] : [],
        }
      : { items: [], empty: 'No group' };
  }
  cells['models'] = {
    items: p.models.map(({ link, model }) => ({
      text: `${model.number}. ${model.name}`,
      href: '/landscape/#models',
      cite: cite(link.source, link.locator),
    })),
    ...(c.in_sample ? {} : { empty: 'Not cited: table 2.2 lists clusters of the sample only' }),
  };
  cells['factors'] = {
    items: p.caseStudies.map(({ study, factor }) => ({
      text: factor?.name ?? study.factor_id,
      href: `/success-factors/${study.factor_id}/`,
      detail: `Case study «${study.title}»`,
      detailHref: `/success-factors/${study.factor_id}/#case-${study.id}`,
      cite: cite(study.source, study.locator),
    })),
  };
  const valueItem = (v: IndicatorValue, label?: string): CellItem => ({
    text: label ? `${label}: ${v.display}` : v.display,
    // Its own period, or the source's year where it has none dated (asOf), then what it counts.
    detail: [v.period, v.age.words, v.note].filter(Boolean).join(' — '),
    asOf: v.age.compact,
    cite: {
      text: citationText(v.fact.source, v.fact.locator),
      href: `/clusters/${id}/#fact-${v.fact.id}`,
      source: v.fact.source,
      locator: v.fact.locator,
    },
  });
  for (const i of t.comparableIndicators.rows) {
    const v = values.get(i.id);
    // No total but counts by kind (rows below): the kinds with their own labels, never a sum.
    const parts = partsInPlaceOfTotal(i.id, values, t.comparableIndicators.rows);
    cells[`indicator-${i.id}`] = v
      ? { items: [valueItem(v)] }
      : parts.length > 0
        ? { lead: 'No total given; by kind (rows below):', items: parts.map((x) => valueItem(x.value, x.indicator.label)) }
        : { items: [] };
  }
  cells['partnerships'] = {
    items: p.partnerships.map(({ partnership, role, partners }) => ({
      text: partnership.name,
      href: `/clusters/${id}/#partners`,
      ...(role || partners.length > 0
        ? {
            detail: [
              role ? `Role: ${role}` : '',
              partners.length > 0 ? `With ${partners.map((x) => x.cluster.short_name ?? x.cluster.name).join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('. '),
          }
        : {}),
      cite: cite(partnership.source, partnership.locator),
    })),
  };
  // One quotation per case study (the first the data lists); a cluster without case studies gives its first quotation.
  const quotes = p.caseStudies.length > 0 ? p.caseStudies.flatMap((c) => c.quotes.slice(0, 1)) : p.quotes.slice(0, 1);
  cells['quotes'] = {
    items: quotes.map((q) => ({
      text: q.text,
      quote: true,
      detail: `— ${[q.person, q.role, q.organisation].filter(Boolean).join(', ')}`,
      cite: cite(q.source, q.locator),
    })),
  };
  return { id, name: c.name, href: `/clusters/${id}/`, cells };
}
