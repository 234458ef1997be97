// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { atlasConfig, atlasPaths } from './src/lib/paths.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { pageReuse } from './src/integrations/page-reuse.ts';

/**
 * `site` and `base` in atlas.config.ts (or `ATLAS_SITE` and `ATLAS_BASE`) say where the atlas is hosted,
 * e.g. `https://lab.example.org` and `/atlas/`. Links inside the site are relative, so the same build also works from any folder and
 * straight from disk; `site` and `base` matter for canonical URLs, feeds and the sitemap.
 */
export default defineConfig({
  site: process.env.ATLAS_SITE ?? atlasConfig.site,
  base: process.env.ATLAS_BASE ?? atlasConfig.base,
  outDir: process.env.ATLAS_DIST ?? './dist',
  cacheDir: atlasPaths.cache,
  trailingSlash: 'always',
  // Pages are written while others render: with one at a time, the build waited on the disk a third of its time (bench/PROFILE.md).
  build: { format: 'directory', concurrency: 4 },
  // Curators' notes link out like the rest of the site: without giving the target a handle on the page.
  markdown: { remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]] },
  integrations: [mdx({ remarkPlugins: [remarkGfm] }), pageReuse(), sitemap()],
  devToolbar: { enabled: false },
  // Benchmarks and tests build whole sites under .tmp/ (hundreds of thousands of files at 50,000
  // papers): watching them exhausts the system's file watchers and stops `npm run dev`.
  vite: {
    server: { watch: { ignored: ['**/.tmp/**', '**/tests/.tmp/**', '**/dist/**', '**/dist.*/**'] } },
    optimizeDeps: { entries: ['src/**/*.{astro,ts,js,mjs}'] },
    // A stylesheet names its fonts beside it in _astro/, relatively, so a site opened from disk
    // or hosted under any path finds them (pages are made relative by src/middleware.ts).
    experimental: {
      renderBuiltUrl: (filename, { hostType }) => (hostType === 'css' ? filename.split('/').pop() : undefined),
    },
  },
});
