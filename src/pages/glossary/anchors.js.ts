/**
 * `/glossary/anchors.js`: the page of the glossary holding each entry and letter heading, by
 * fragment id, for the glossary's pages to send a link to an entry on another page on to it
 * (src/scripts/glossary-anchors.js). A classic script, so it loads from disk too.
 */
import { getCatalog, getGlossary } from '../../lib/atlas';
import { glossaryAnchorPages, glossaryPageViews } from '../../lib/page-views';

export async function GET() {
  const [glossary, catalog] = await Promise.all([getGlossary(), getCatalog()]);
  const pages = glossaryAnchorPages(glossaryPageViews(glossary, catalog));
  return new Response(`window.atlasGlossaryPages=${JSON.stringify(pages)};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
