// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { relativeLinks } from './src/integrations/relative-links.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { atlasConfig } from './src/lib/paths.ts';

/**
 * `site` and `base` in atlas.config.ts (or `ATLAS_SITE` and `ATLAS_BASE`) say where the atlas is hosted,
 * e.g. `https://lab.example.org` and `/atlas/`. Links inside the site are relative, so the same build also works from any folder and
 * straight from disk; `site` and `base` matter for canonical URLs, feeds and the sitemap.
 */
export default defineConfig({
  site: process.env.ATLAS_SITE ?? atlasConfig.site,
  base: process.env.ATLAS_BASE ?? atlasConfig.base,
  outDir: process.env.ATLAS_DIST ?? './dist',
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkGfm] },
  integrations: [mdx({ remarkPlugins: [remarkGfm] }), relativeLinks(), sitemap()],
  devToolbar: { enabled: false },
});
