import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  PUBLISHED_SECTIONS,
  parsePublishedUrls,
  type PublishedSection,
  type PublishedUrl,
} from '../../src/lib/published-urls';
import { toFrontmatter } from '../../src/pipeline/serialise-mdx';
import type { Problem } from '../../src/pipeline/types';
import { InputError } from './report';

/** The record of published topic and method URLs, kept beside content/slugs.yaml. */
export const PUBLISHED_URLS_FILE = 'urls.yaml';

/** The URL segments of each recorded kind of page, e.g. `{ topics: ['fine-tuning'], methods: ['lora'] }`. */
export type PublishedUrls = Record<PublishedSection, string[]>;

const HEADER =
  '# Published topic and method URLs (/topics/<id>/, /methods/<slug>/), written by `npm run build`.\n' +
  "# A build that would drop a topic fails: keep it, or list its old id under the new topic's formerIds\n" +
  '# in taxonomy.yaml so it redirects. A method without a page redirects to the paper that names it,\n' +
  '# or to a search for it when no paper does.\n' +
  '# To retire a URL on purpose, delete its line here.\n';

/** The topic and method pages of a built site, redirect pages included, sorted. */
export async function builtUrls(dist: string): Promise<PublishedUrls> {
  const urls = { topics: [], methods: [] } as PublishedUrls;
  for (const section of PUBLISHED_SECTIONS) {
    const folder = join(dist, section);
    if (!existsSync(folder)) continue;
    const entries = await readdir(folder, { withFileTypes: true });
    urls[section] = entries
      .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort();
  }
  return urls;
}

/** The URLs published by earlier builds, each with its line in the record, or none before the first build. */
export async function readPublishedUrls(file: string): Promise<PublishedUrl[]> {
  if (!existsSync(file)) return [];
  const parsed = parsePublishedUrls(await readFile(file, 'utf8'));
  if ('errorLine' in parsed) {
    throw new InputError([
      {
        severity: 'error',
        file: relative(process.cwd(), file),
        line: parsed.errorLine,
        message: 'expected lists `topics:` and `methods:` of published URL segments',
        hint: 'restore the file from version control; it is written by the build',
      },
    ]);
  }
  return parsed.urls;
}

/**
 * Problems for every URL published before that the new build no longer has: an old link into the
 * atlas must keep working, through the page itself or a redirect page.
 */
export function findLostUrls(previous: readonly PublishedUrl[], built: PublishedUrls, file: string): Problem[] {
  const present = { topics: new Set(built.topics), methods: new Set(built.methods) };
  return previous
    .filter(({ section, segment }) => !present[section].has(segment))
    .map(({ section, segment, line }) => ({
      severity: 'error' as const,
      file,
      line,
      message: `/${section}/${segment}/ was published before and this build has no page for it: expected the page or a redirect`,
      hint:
        section === 'topics'
          ? `if the topic was renamed or merged, add "${segment}" to the formerIds of the topic that replaces it in taxonomy.yaml; to retire the URL on purpose, delete this line`
          : `restore the method (its paper, relation or vocabulary entry); to retire the URL on purpose, delete this line`,
    }));
}

/** Fails the build, naming each lost URL, when the built site dropped a URL published before. */
export async function checkPublishedUrls(dist: string, content: string): Promise<PublishedUrls> {
  const file = join(content, PUBLISHED_URLS_FILE);
  const built = await builtUrls(dist);
  const lost = findLostUrls(await readPublishedUrls(file), built, relative(process.cwd(), file));
  if (lost.length > 0) throw new InputError(lost);
  return built;
}

/** Records the URLs of the site just published, deterministically, so regenerating gives an empty diff. */
export async function writePublishedUrls(content: string, urls: PublishedUrls): Promise<void> {
  await writeFile(
    join(content, PUBLISHED_URLS_FILE),
    HEADER + toFrontmatter({ topics: urls.topics, methods: urls.methods }),
  );
}
