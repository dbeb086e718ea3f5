/**
 * Whether this browser can draw the zoomable map, asked before MapLibre is
 * imported. MapLibre draws only with WebGL2: without it its constructor throws
 * `GPUInitializationError` («WebGL2 is required to display this map»), as in
 * headless Firefox ESR or where the graphics driver is blocked. The interface
 * may exist while the context cannot be made, so a real context is asked for,
 * with MapLibre's own requirement (no `failIfMajorPerformanceCaveat`: software
 * WebGL is enough), and let go at once.
 */
export function supportsWebGL2(): boolean {
  if (typeof WebGL2RenderingContext === 'undefined') return false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Browsers keep only a few contexts alive: free this one for MapLibre's.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    // A browser that refuses the context by throwing (rather than returning null) cannot draw it either.
    return false;
  }
}

/** What the map page says beside its hidden «Zoom and pan the map» button when `supportsWebGL2()` is false. */
export const NO_WEBGL2_SENTENCE = 'This browser cannot show the zoomable map; the map above, the filters and the list work as usual.';
