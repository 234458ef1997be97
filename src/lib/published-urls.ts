import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** The kinds of page whose URLs `content/urls.yaml` records; paper URLs are in slugs.yaml. */
export const PUBLISHED_SECTIONS = ['topics', 'methods'] as const;
export type PublishedSection = (typeof PUBLISHED_SECTIONS)[number];

/** One URL of the record: `/<section>/<segment>/`, and the line it is on. */
export interface PublishedUrl {
  section: PublishedSection;
  segment: string;
  line: number;
}

/**
 * Reads the text of `content/urls.yaml`: lists `topics:` and `methods:` of URL segments. Returns
 * null when the text is not such a record, with the line of the first YAML error.
 */
export function parsePublishedUrls(text: string): { urls: PublishedUrl[] } | { errorLine: number } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    return { errorLine: document.errors[0] ? lines.linePos(document.errors[0].pos[0]).line : 1 };
  }
  const urls: PublishedUrl[] = [];
  for (const section of PUBLISHED_SECTIONS) {
    const list = document.contents.get(section, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isScalar(item))
        urls.push({ section, segment: String(item.value), line: lines.linePos(item.range?.[0] ?? 0).line });
    }
  }
  return { urls };
}
