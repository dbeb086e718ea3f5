/**
 * SVG snapshots as Observable Plot's own tests take them: the markup is
 * beautified (one element per line), generated ids are re-indexed and numbers
 * rounded to 3 decimals, then compared with test/output/<name>.svg. On a
 * mismatch the new drawing is written beside it as <name>-changed.svg, so a
 * person can open both.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './dataset.ts';

export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\b(id|class)="([^"]*\d{3,}[^"]*)"/g, (_, attr: string, value: string) => {
      if (!ids.has(value)) ids.set(value, `${attr}-${ids.size}`);
      return `${attr}="${ids.get(value)}"`;
    })
    .replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = join(repoRoot, 'test', 'output', `${name}.svg`);
  const changed = join(repoRoot, 'test', 'output', `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (existsSync(file) && readFileSync(file, 'utf8') !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  await expect(actual).toMatchFileSnapshot(file);
}
