/** The data-dependent accessibility rules read in HTML (test/helpers/markup-a11y.ts) find each kind of fault they stand for. */
import { describe, expect, it } from 'vitest';
import { markupA11yProblems } from '../helpers/markup-a11y.ts';

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A page</title></head><body><main><h1>A page</h1>${body}</main></body></html>`;
const rules = async (html: string) => (await markupA11yProblems(html, 'test.html')).map((line) => line.split(':')[0]);

describe('the data-dependent accessibility rules in HTML', () => {
  it('pass a page that keeps them', async () => {
    const html = page(
      '<h2 id="a">Section</h2><p><a href="/x/">A cluster</a></p><button type="button">Show</button><img src="x.png" alt="A map">' +
        '<label for="q">Name</label><input id="q" type="text"><ul><li>One</li></ul><svg role="img" aria-label="A chart"></svg>' +
        '<table><thead><tr><th scope="col">Cluster</th></tr></thead><tbody><tr><td>Biocat</td></tr></tbody></table><nav aria-labelledby="a"><a href="/">Home</a></nav>',
    );
    expect(await markupA11yProblems(html, 'test.html')).toEqual([]);
  });

  it.each([
    ['a duplicate id', '<p id="x">a</p><p id="x">b</p>', 'no-dup-id'],
    ['a link without a name', '<a href="/x/"></a>', 'wcag/h30'],
    ['a button without a name', '<button type="button"></button>', 'text-content'],
    ['an image without alt', '<img src="x.png">', 'wcag/h37'],
    ['a field without a label', '<input type="text" name="q">', 'input-missing-label'],
    ['a skipped heading level', '<h3>Deep</h3>', 'heading-level'],
    ['an empty heading', '<h2></h2>', 'empty-heading'],
    ['an ARIA reference to no id', '<div role="region" aria-labelledby="nowhere" tabindex="0">x</div>', 'no-missing-references'],
    ['a list item outside a list', '<div><li>stray</li></div>', 'element-permitted-parent'],
    ['a chart image without a name', '<svg role="img"></svg>', 'svg-img-alt'],
  ])('find %s', async (_, body, rule) => {
    expect(await rules(page(body))).toContain(rule);
  });

  it('find a page without a language', async () => {
    expect(await rules(page('<p>x</p>', ''))).toContain('html-lang-valid');
  });
});
