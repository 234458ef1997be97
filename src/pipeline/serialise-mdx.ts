import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { stringify } from 'yaml';

/**
 * Serialises plain text as an MDX paragraph that reads back as exactly that text.
 * The MDX serialiser escapes whatever MDX or GFM would otherwise treat as code or markup:
 * `{…}` expressions, `<tags>`, `import`/`export` lines, `#` headings, `*emphasis*`, `~~strike~~`,
 * entity references. Corpus text is data; this is the only way it enters an MDX body.
 */
export function toMdxParagraph(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  const markdown = toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()] });
  // mdast-util-mdx leaves a line that starts with `import`/`export` as it is, and MDX reads such a
  // line as a JavaScript module statement; a character reference keeps it a word.
  return markdown.replace(
    /^(\s*)([ie])(?=mport\b|xport\b)/gmu,
    (_, indent: string, letter: string) => `${indent}&#x${letter.charCodeAt(0).toString(16)};`,
  );
}

/** Parses an MDX body the way @astrojs/mdx with remark-gfm does, without compiling or running it. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/** The text an MDX body shows a reader. */
export function mdxText(body: string): string {
  return toString(parseMdx(body));
}

/**
 * Serialises frontmatter as YAML. Long strings stay on one line (no folding) so a regenerated file
 * diffs line by line; the YAML library quotes whatever YAML would read as syntax.
 */
export function toFrontmatter(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}

/** A complete MDX document: YAML frontmatter between `---` fences, then the body. */
export function toMdxDocument(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${toFrontmatter(frontmatter)}---\n\n${body}`;
}
