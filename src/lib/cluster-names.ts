/** How a cluster's names read in running text. */

/**
 * The short name to print in parentheses after the full name, or null when it
 * would only repeat it: «Polish Innovative Medical Cluster PIKMED» needs no
 * «(PIKMED)». (The data build refuses a short name equal to the name.)
 */
export function parentheticalShortName(name: string, shortName: string | null | undefined): string | null {
  if (!shortName) return null;
  return name.toLocaleLowerCase('en').includes(shortName.toLocaleLowerCase('en')) ? null : shortName;
}
