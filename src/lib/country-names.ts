/** English country names for ISO 3166-1 alpha-2 codes. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

export function countryName(code: string): string {
  const name = countries.getName(code, 'en', { select: 'official' });
  if (!name) throw new Error(`unknown country code ${code}`);
  return name;
}

/** Names that take "the" in running text ("in the Netherlands"). */
const WITH_ARTICLE = new Set(['NL', 'GB', 'US', 'CZ', 'PH', 'AE', 'DO', 'BS', 'GM', 'CF', 'CD', 'MV', 'MH', 'SB', 'VA']);

export function countryInSentence(code: string): string {
  return `${WITH_ARTICLE.has(code) ? 'the ' : ''}${countryName(code)}`;
}
