/**
 * Page reuse: a build takes the pages whose inputs did not change from the site it replaces,
 * instead of rendering them again. This module owns all of it, across the three places it runs:
 *
 * - `npm run build` (scripts/build-site.ts) asks for reuse with the digest of the templates
 *   (`requestReuse`), reads what the build reused (`readNextManifest`) and, once the new site is
 *   published, publishes its manifest (`publishManifest`).
 * - The Astro integration (src/integrations/page-reuse.ts) starts and finishes a build's session
 *   (`startReuse`, `linksMade`, `finishReuse`): the request is read, the links the routes started
 *   are waited for before Astro tidies its output, the manifest written.
 * - Routes whose pages render only from a view (src/lib/page-views/, src/lib/reusable-pages.ts)
 *   pass their views to `pagesToRender`, which records each view's digest and leaves out the pages
 *   whose view and templates are those of the published site.
 *
 * Files in the cache folder are this module's business: callers pass the folder, never a file name.
 */
export { publishManifest, readNextManifest, readPublishedManifest, type PageManifest } from './manifest';
export { requestReuse, type ReuseRequest } from './request';
export { digestOf, finishReuse, linksMade, pagesToRender, startReuse, type ReuseOutcome } from './session';
