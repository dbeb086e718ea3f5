/**
 * Colours of the three groups, used everywhere a group is shown. From the
 * Okabe–Ito palette, which stays distinct for the common colour-vision
 * deficiencies; each has at least 3:1 contrast with white (WCAG 1.4.11).
 */
const byNumber: Record<number, string> = {
  1: '#0072B2',
  2: '#D55E00',
  3: '#009E73',
};

export function groupColour(groupNumber: number): string {
  const colour = byNumber[groupNumber];
  if (!colour) throw new Error(`no colour for group ${groupNumber}`);
  return colour;
}
