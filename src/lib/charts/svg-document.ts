/** A DOM document for drawing charts at build time (Plot and D3 both accept one). */
import { parseHTML } from 'linkedom';

export function svgDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
