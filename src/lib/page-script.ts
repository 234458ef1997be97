import { transformSync } from 'esbuild';
import source from '../scripts/page.js?raw';

let minified: string | undefined;

/** src/scripts/page.js as the pages carry it: minified once per build (comments and all cost every page bytes). */
export function pageScript(): string {
  minified ??= transformSync(source, { minify: true, target: 'es2017', legalComments: 'none' }).code.trim();
  return minified;
}
