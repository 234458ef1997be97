/**
 * `npm run build`: corpus → MDX pages → Astro site → Pagefind index, then checks that every paper
 * of the corpus made it through each stage. One line per stage with its count and time.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolvePaths } from '../src/lib/paths';
import { checkPublishedUrls, writePublishedUrls } from './lib/published-urls';
import {
  buildInputsOf,
  buildRecordPath,
  digestBuildInputs,
  isUpToDate,
  readBuildRecord,
  templateInputsOf,
  writeBuildRecord,
} from './lib/build-inputs';
import { publishManifest, readNextManifest, requestReuse } from '../src/lib/page-reuse';
import { InputError, timed } from './lib/report';
import { buildPagefindIndex } from './lib/search-stage';
import { runStage } from './lib/stage-child';
import { verifySite } from './lib/verify-site';

const paths = resolvePaths();
// The site is built beside dist/ and swapped in only when complete, so a failed build leaves the
// previous site in place.
const staging = `${paths.dist}.staging`;
const started = performance.now();
// A build whose inputs (corpus, vocabulary, notes, slug registry, generator sources, settings) are
// byte for byte those of the site already in dist/ would write that same site: say so and stop.
const buildRecord = buildRecordPath(paths.cache);
const inputs = await digestBuildInputs(await buildInputsOf(paths, process.cwd()), process.cwd());
const lastBuild = await readBuildRecord(buildRecord);
if (!process.env.ATLAS_FORCE && isUpToDate(lastBuild, inputs, paths.dist)) {
  console.log(
    `[atlas] unchanged: nothing the build reads changed since ${paths.dist} was built; kept it (${((performance.now() - started) / 1000).toFixed(2)} s). ` +
      'Set ATLAS_FORCE=1 to build anyway.',
  );
  process.exit(0);
}
/**
 * The site a build replaces is moved into the cache when the new one is published, and removed
 * while the next build renders its pages (Astro keeps one core busy, the removal mostly the disk):
 * removing the 56,000 files of a 10,000-paper site took about 2 s at the end of every build. Most
 * of its files are hard links shared with dist/ (page reuse). So is a site an interrupted build
 * left beside dist/.
 */
const replaced = join(paths.cache, 'replaced-site');
const leftOver = [replaced, `${paths.dist}.previous`];
let contentWritten = false;
try {
  const papers = await runStage('content', {});
  contentWritten = true;
  await rm(staging, { recursive: true, force: true });
  // Pages whose view did not change are taken from the site in dist/ when the templates did not change either.
  await requestReuse(
    paths.cache,
    process.env.ATLAS_FORCE
      ? null
      : {
          template: await digestBuildInputs(await templateInputsOf(paths, process.cwd()), process.cwd()),
          dist: paths.dist,
          outDir: staging,
        },
  );
  const clearing = Promise.all(
    leftOver.map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 })),
  ).catch(() => undefined);
  const astro = await runStage('astro', { outDir: staging, expectedPages: lastBuild?.pages ?? null });
  const reuse = await readNextManifest(paths.cache);
  if (reuse)
    console.log(
      `[atlas] reused ${reuse.reused} of ${Object.keys(reuse.pages).length} reusable pages from the previous build`,
    );
  await timed(
    'pagefind',
    async () => {
      // The atlas index is made from the site's export in a process of its own, which sends the
      // paths of the searched pages as soon as it has them: Pagefind reads those pages on the other
      // core while that process writes the atlas index (each writes a folder of its own), and
      // indexes them there too when it updates its index; a whole index waits for that process to end.
      let pagefindIndex: Promise<Awaited<ReturnType<typeof buildPagefindIndex>>> | undefined;
      const atlasIndex: Promise<unknown> = runStage('search', { dist: staging }, ({ urls }) => {
        // The published index is the base of an update unless the build is forced to start afresh.
        pagefindIndex = buildPagefindIndex(staging, urls, {
          published: process.env.ATLAS_FORCE ? null : paths.dist,
          record: join(paths.cache, 'pagefind-base.json'),
          wholeAfter: atlasIndex,
        });
        // Its failure is reported below, once the atlas index is done, not as an unhandled rejection meanwhile.
        pagefindIndex.catch(() => undefined);
      });
      await atlasIndex;
      if (!pagefindIndex) throw new Error('the search stage ended without listing the pages to search');
      const search = await pagefindIndex;
      console.log(`[atlas] search index ${search.how}`);
      return search;
    },
    (result) => result.pages,
  );
  const verified = await timed(
    'verify',
    () => verifySite(staging, papers, join(paths.cache, 'verified-files.json')),
    (result) => result.pages,
  );
  for (const page of verified.heavy) console.warn(`[atlas] warning: ${page}`);
  // A topic or method URL published by an earlier build must still answer, as a page or a redirect.
  const urls = await timed(
    'urls',
    () => checkPublishedUrls(staging, paths.content),
    (result) => result.topics.length + result.methods.length,
  );
  // A removal that failed in the background is tried again here, and its error, if any, stops the build.
  await clearing;
  for (const folder of leftOver) await rm(folder, { recursive: true, force: true });
  const aside = existsSync(paths.dist) ? await setAside(paths.dist, replaced) : null;
  await rename(staging, paths.dist);
  if (aside && aside !== replaced) await rm(aside, { recursive: true, force: true });
  // The pages of dist/ are now those the new manifest describes.
  await publishManifest(paths.cache);
  await writePublishedUrls(paths.content, urls);
  // Digested again now: the build itself updates the slug and URL registries beside content/papers/.
  await writeBuildRecord(buildRecord, {
    inputs: await digestBuildInputs(await buildInputsOf(paths, process.cwd()), process.cwd()),
    dist: paths.dist,
    pages: astro.pages,
  });
  console.log(
    `[atlas] built ${papers.length} papers into ${paths.dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  console.error(
    contentWritten
      ? '[atlas] the build stopped before publishing the site; dist/ is as it was (content/papers/ was regenerated from the corpus).'
      : '[atlas] the build stopped before writing anything; content/papers/ and dist/ are as they were.',
  );
  process.exitCode = 1;
}

/**
 * Moves the published site out of the way of the new one, to `place` in the cache; where the cache
 * is on another file system (`ATLAS_CACHE_DIR`), beside dist/, to be removed once the new site is in.
 * Returns where it went.
 */
async function setAside(dist: string, place: string): Promise<string> {
  try {
    await mkdir(dirname(place), { recursive: true });
    await rename(dist, place);
    return place;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Removed with the other left-overs just before.
    const previous = `${dist}.previous`;
    await rename(dist, previous);
    return previous;
  }
}
