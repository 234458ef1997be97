import { transformSync } from 'esbuild';
import source from '../scripts/page.js?raw';
import glossarySource from '../scripts/glossary-anchors.js?raw';

const minified = new Map<string, string>();

/** A script as pages carry it inline: minified once per build (comments and all cost every page bytes). */
function minify(script: string): string {
  let code = minified.get(script);
  if (code === undefined) {
    code = transformSync(script, { minify: true, target: 'es2017', legalComments: 'none' }).code.trim();
    minified.set(script, code);
  }
  return code;
}

/** src/scripts/page.js, the script every page carries. */
export function pageScript(): string {
  return minify(source);
}

/** src/scripts/glossary-anchors.js, which the glossary's pages carry. */
export function glossaryScript(): string {
  return minify(glossarySource);
}
