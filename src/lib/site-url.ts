import { site as configuredSite } from 'astro:config/client';
import { url } from './atlas';

/**
 * The absolute URL of a site path, from the configured `site` and `base` (ATLAS_SITE, ATLAS_BASE):
 * `absoluteUrl('/papers/x/')` → `https://lab.example.org/atlas/papers/x/`. For canonical links,
 * feeds and the sitemap, which are read away from the site and cannot be relative.
 */
export function absoluteUrl(path: string, site: string | URL | undefined = configuredSite): string {
  if (!site)
    throw new Error(
      '`site` is not set: set ATLAS_SITE (e.g. https://lab.example.org) so feeds and canonical links can be absolute',
    );
  return new URL(url(path), site).href;
}
