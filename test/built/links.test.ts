/** The built site in dist/ has no broken internal link, asset or anchor (test/browser/base-path.test.ts checks a build under a sub-path). */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { dist } from '../helpers/pages.ts';

describe('the usual build in dist/', () => {
  it('has no broken internal link, asset or anchor', () => {
    expect(checkLinks(dist, { base: '/' }).map(formatProblem)).toEqual([]);
  });
});
