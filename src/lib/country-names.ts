/** English country names for ISO 3166-1 alpha-2 codes. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

export function countryName(code: string): string {
  const name = countries.getName(code, 'en', { select: 'official' });
  if (!name) throw new Error(`unknown country code ${code}`);
  return name;
}
