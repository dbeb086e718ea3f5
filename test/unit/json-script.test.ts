/** JSON embedded in <script type="application/json"> cannot end the element early, whatever the data holds. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-script.ts';

const hostile = {
  name: 'Medicon </script><script>alert(1)</script> Valley',
  note: '<!-- <script> "><img src=x onerror=alert(2)>',
  upper: '</SCRIPT >',
  separators: 'line\u2028paragraph\u2029end',
};

describe('jsonForScript', () => {
  it('writes no "<" and escapes the JavaScript line separators, and reads back to the same value', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('stays inside its element when an HTML parser reads the page', () => {
    const { document } = parseHTML(`<!doctype html><html><body><script type="application/json" id="data">${jsonForScript(hostile)}</script><p id="after">after</p></body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(JSON.parse(document.getElementById('data')?.textContent ?? '')).toEqual(hostile);
    expect(document.getElementById('data')?.nextElementSibling?.id).toBe('after');
  });
});
