/**
 * Text that shows the atlas's address (e.g. example embed code) is written at
 * build time with the address the build assumed (SITE_URL); this rewrites it to
 * the address the page is actually served from. Elements marked
 * `data-built-address="<address the build used>"` get every occurrence of it
 * replaced by this page's origin plus the same base path.
 */
for (const el of document.querySelectorAll<HTMLElement>('[data-built-address]')) {
  const built = el.dataset['builtAddress'] ?? '';
  if (!built) continue;
  const served = new URL(new URL(built).pathname, location.origin).href;
  if (el.textContent) el.textContent = el.textContent.replaceAll(built, served);
}
