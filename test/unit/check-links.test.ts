/** The link checker on a small site in test/fixtures/links, built for the base path /site/. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { repoRoot } from '../helpers/dataset.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'links');

describe('checkLinks', () => {
  it('reports broken pages, anchors, assets and links outside the base, each where it stands', () => {
    expect(checkLinks(fixture, { base: '/site/' }).map(formatProblem)).toEqual([
      'index.html:12:14 missing-anchor: /site/about/#nobody: no element with id "nobody" in about/index.html',
      'index.html:13:14 missing-target: /site/missing/: no missing/index.html in the build',
      'index.html:14:14 outside-base: /elsewhere/: not under the base path /site/',
      'index.html:15:14 directory-without-slash: /site/about: a directory; link to /site/about/',
      'index.html:18:39 missing-target: /site/logo-2x.svg: no logo-2x.svg in the build',
      'index.html:19:19 missing-anchor: #gone: no element with id "gone" in index.html',
      'style.css:5:19 missing-target: missing.png: no missing.png in the build',
    ]);
  });

  it('counts links to the site’s own origin as internal, and ignores other sites', () => {
    const problems = checkLinks(fixture, { base: '/site/', site: 'https://example.org' }).map(formatProblem);
    expect(problems).toContain('index.html:16:14 outside-base: https://example.org/page/#x: not under the base path /site/');
    expect(checkLinks(fixture, { base: '/site/' }).some((p) => p.detail.includes('example.org'))).toBe(false);
  });

  it('reads every link as broken under a base path the site was not built for', () => {
    const rules = checkLinks(fixture, { base: '/other/' }).map((p) => p.rule);
    expect(rules.filter((r) => r === 'outside-base').length).toBeGreaterThanOrEqual(8);
  });
});
