import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { ABSTRACT_RENDERER_VERSION, renderAbstractAndText } from './render-abstract';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = text.match(FRONTMATTER);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: (parseYaml(match[1] as string) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * Loads the generated paper pages (`<base>/*.mdx`) as collection data with their abstract rendered
 * once to HTML. Compiling an MDX module per paper would cost more than the rest of the build, and
 * a generated body holds nothing that needs one: it is text, escaped by the MDX serialiser.
 * Entries whose file did not change (by digest) are kept from Astro's cache.
 */
export function paperLoader(options: { base: string }): Loader {
  return {
    name: 'atlas-paper-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = new URL('.', config.root).pathname;
      const base = options.base;
      const files = existsSync(base) ? (await readdir(base)).filter((name) => name.endsWith('.mdx')).sort() : [];
      const seen = new Set<string>();
      for (const name of files) {
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        const path = join(base, name);
        const text = await readFile(path, 'utf8');
        const digest = generateDigest(`${ABSTRACT_RENDERER_VERSION}\n${text}`);
        if (store.get(id)?.digest === digest) continue;
        const filePath = relative(root, path);
        const { frontmatter, body } = splitFrontmatter(text);
        const abstract = renderAbstractAndText(body, filePath);
        const data = await parseData({ id, data: { ...frontmatter, abstract: abstract.text.trim() }, filePath });
        // The body is not kept: pages show the rendered HTML, and the store is written to disk whole.
        store.set({ id, data, filePath, digest, rendered: { html: abstract.html } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
