import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFileLoader } from '../../../src/search/build/index-files';
import { AtlasSearch } from '../../../src/search/browser/atlas-search';

export interface KnownItems {
  site: string;
  titles: number;
  titleFirst: number;
  names: number;
  nameFirst: number;
  nameTopThree: number;
}

/**
 * Known-item search over the atlas index, in Node (the same engine both doors run): up to 400
 * papers spread over the atlas, each searched by its whole title and by the name of the method it
 * introduces; where does the paper rank?
 */
export async function knownItems(site: string, dist: string): Promise<KnownItems> {
  const search = new AtlasSearch(indexFileLoader(dist));
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{
    slug: string;
    title: string;
    name: string | null;
  }>;
  const step = Math.max(1, Math.floor(papers.length / 400));
  const rank = async (query: string, slug: string) =>
    (await search.search(query, {}, { limit: 10 })).hits.findIndex((hit) => hit.doc.u === `papers/${slug}/`) + 1;
  const result: KnownItems = { site, titles: 0, titleFirst: 0, names: 0, nameFirst: 0, nameTopThree: 0 };
  for (const paper of papers.filter((_, index) => index % step === 0)) {
    result.titles += 1;
    if ((await rank(paper.title, paper.slug)) === 1) result.titleFirst += 1;
    if (!paper.name) continue;
    result.names += 1;
    const byName = await rank(paper.name, paper.slug);
    if (byName === 1) result.nameFirst += 1;
    if (byName >= 1 && byName <= 3) result.nameTopThree += 1;
  }
  return result;
}
