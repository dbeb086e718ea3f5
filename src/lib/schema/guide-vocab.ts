/** The guide's vocabularies, without zod, so that client scripts can import them (zod compiles with eval, which the CSP forbids). */

export const ROADMAP_PHASES = ['set-up', 'operation'] as const;

/** How ami4europe-d2.2 ch. V introduces the two halves of its summary. */
export const ROADMAP_PHASE_LABELS: Record<(typeof ROADMAP_PHASES)[number], string> = {
  'set-up': 'Setting up the cluster',
  operation: 'Running the cluster',
};

export const ROADMAP_MEASURE_KINDS = ['networking-measure', 'communication-process', 'consultation-area'] as const;

export const MARKETING_RATINGS = ['+', '++', '+++'] as const;

/** The key under ami4europe-d2.2 fig. 4. */
export const MARKETING_RATING_LABELS: Record<(typeof MARKETING_RATINGS)[number], string> = {
  '+': 'good to have',
  '++': 'important',
  '+++': 'very important',
};

export const INSTRUMENT_REGIONS = ['flanders', 'auvergne-rhone-alpes', 'saxony', 'eu'] as const;

/** Region names as shown; mix-2016 ch. II.D heads them «Flemish region», «Auvergne - Rhône Alpes», «Saxen» and «EU». */
export const INSTRUMENT_REGION_LABELS: Record<(typeof INSTRUMENT_REGIONS)[number], string> = {
  flanders: 'Flanders',
  'auvergne-rhone-alpes': 'Auvergne-Rhône-Alpes',
  saxony: 'Saxony',
  eu: 'European Union',
};

export const AMOUNT_KINDS = ['maximum', 'minimum', 'fixed'] as const;

export const AMOUNT_UNITS = ['EUR', 'EUR per year', 'EUR per year and person'] as const;

export const RECOMMENDATION_KINDS = ['recommendation', 'lesson'] as const;
