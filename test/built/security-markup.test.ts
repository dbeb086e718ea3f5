/**
 * What the Content-Security-Policy relies on, read in the built HTML: every
 * page carries the policy first in <head>; no inline script, style or event
 * handler; the `_headers` file gives every page the same policy as a header,
 * framing allowed only under /embed/; links to other sites carry
 * rel="noopener". test/browser/security.test.ts checks that the browser
 * enforces it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/lib/security-policy.ts';
import { headersFor } from '../helpers/headers.ts';
import { dist, htmlFiles } from '../helpers/pages.ts';

const files = htmlFiles(dist);
const documentOf = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

describe('the built HTML', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const { path, file } of files) {
    it(`${path}: the policy first in <head>; no inline script, style or event handler; no javascript: URL`, () => {
      const document = documentOf(file);
      const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(metas.map((m) => m.getAttribute('content'))).toEqual([contentSecurityPolicy]);
      // A policy applies only to what comes after it.
      const loading = document.querySelector('head script, head link[rel="stylesheet"], head style, head link[rel="modulepreload"]');
      if (loading) expect(metas[0]?.compareDocumentPosition(loading as never) ?? 0).toBe(4); // DOCUMENT_POSITION_FOLLOWING

      const problems: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        for (const { name, value } of [...el.attributes]) {
          if (/^on/i.test(name)) problems.push(`<${tag} ${name}> event handler`);
          if (name === 'style') problems.push(`<${tag} style="${value}">`);
          if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) problems.push(`<${tag} ${name}="${value}">`);
        }
        if (tag === 'style') problems.push('<style> element');
        if (tag === 'script' && !el.hasAttribute('src') && el.getAttribute('type') !== 'application/json') problems.push('inline <script>');
      }
      expect(problems).toEqual([]);
    });
  }

  it('links to other sites only with rel="noopener"', () => {
    const missing: string[] = [];
    let external = 0;
    for (const { path, file } of files) {
      for (const a of documentOf(file).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (!/^([a-z]+:)?\/\//i.test(href)) continue;
        external++;
        if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) missing.push(`${path}: ${href}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

/** Whether a page may be framed by another site under every Content-Security-Policy header it gets (all are enforced). */
const frameable = (headers: [string, string][]) =>
  headers.filter(([n]) => n === 'content-security-policy').every(([, v]) => !/frame-ancestors 'none'/.test(v)) &&
  !headers.some(([n]) => n === 'x-frame-options');

describe('_headers', () => {
  const file = join(dist, '_headers');

  it('gives every built page the policy as a header, with nosniff, a referrer policy and no framing', () => {
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const { path } of files) {
      const headers = headersFor(text, path);
      const policies = headers.filter(([n]) => n === 'content-security-policy').map(([, v]) => v);
      expect(policies.length, path).toBeGreaterThan(0);
      for (const p of policies) expect(p.startsWith(`${contentSecurityPolicy}; frame-ancestors `), `${path}: ${p}`).toBe(true);
      expect(headers, path).toContainEqual(['x-content-type-options', 'nosniff']);
      expect(headers, path).toContainEqual(['referrer-policy', 'strict-origin-when-cross-origin']);
      expect(frameable(headers), `${path} can be framed`).toBe(path.startsWith('/embed/'));
    }
  });

  it('lets other sites frame the embeds only, under the base path too', () => {
    const text = headersFile('/atlas/', ['clusters', 'map', '404.html']);
    expect(frameable(headersFor(text, '/atlas/embed/factor-matrix/'))).toBe(true);
    for (const path of ['/atlas/', '/atlas/clusters/medicon-valley/', '/atlas/map/', '/atlas/404.html'])
      expect(frameable(headersFor(text, path)), path).toBe(false);
    expect(headersFor(text, '/clusters/')).toEqual([]);
  });
});
