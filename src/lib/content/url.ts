/** Joins a site-relative path onto the configured base (Astro `base`), so links work under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}
