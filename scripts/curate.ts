/**
 * `npm run curate -- <verb> …`: the common corrections of content/curation.yaml without opening
 * the YAML by hand. The file is edited in place with its comments kept, and checked as the build
 * checks it (paper slugs, topic ids, facets, relation types, with "did you mean …") before it is
 * written: a typo writes nothing.
 *
 *   add-topic | remove-topic | keep-topic   <slug> <topic id>
 *   add-method | remove-method | keep-method <slug> <method name>
 *   add | remove | keep                      <slug> <facet> <value>
 *   rename                                   <slug> <method name | none>
 *   add-relation | remove-relation | keep-relation <slug> <type> <target> [evidence]
 *   never                                    <facet> <id> <phrase>
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import type { FacetName } from '../src/model/facets';
import type { RelationType } from '../src/model/relations';
import { editCuration, type CurationEdit } from '../src/pipeline/curation/edit';
import { parseCuration } from '../src/pipeline/curation/parse';
import type { CorrectionVerb } from '../src/pipeline/curation/types';
import { loadTaxonomy, loadVocabulary } from '../src/pipeline/load-vocabulary';
import { curationNames } from './lib/read-curation';
import { formatProblem } from './lib/report';

const USAGE = `usage: npm run curate -- <verb> <arguments>
  add-topic | remove-topic | keep-topic          <slug> <topic id>
  add-method | remove-method | keep-method       <slug> <method name>
  add | remove | keep                            <slug> <facet> <value>
  rename                                         <slug> <method name | none>
  add-relation | remove-relation | keep-relation <slug> <type> <target> [evidence]
  never                                          <facet> <id> <phrase>
e.g. npm run curate -- remove-topic adan vision-backbones`;

const SHORTHANDS: Record<string, FacetName> = { topic: 'topics', method: 'methods' };
const VERBS = new Set<string>(['add', 'remove', 'keep']);

/** The edit a command line asks for, or a message saying what is missing. */
function editOf(args: string[]): CurationEdit | string {
  const [command = '', ...rest] = args;
  const [verb, object] = command.split('-') as [string, string | undefined];
  const need = (count: number) => (rest.length >= count ? null : `${command} takes ${count} arguments`);
  if (command === 'rename') {
    const [slug, name] = rest;
    return (
      need(2) ?? {
        kind: 'name',
        slug: slug as string,
        name: name === 'none' || name === 'null' ? null : (name as string),
      }
    );
  }
  if (command === 'never') {
    const [facet, id, ...phrase] = rest;
    return need(3) ?? { kind: 'never', facet: facet as FacetName, id: id as string, phrase: phrase.join(' ') };
  }
  if (!VERBS.has(verb)) return `unknown verb "${command}"`;
  const correction = verb as CorrectionVerb;
  if (object === 'relation') {
    const [slug, type, target, evidence] = rest;
    return (
      need(3) ?? {
        kind: 'relation',
        slug: slug as string,
        verb: correction,
        type: type as RelationType,
        target: target as string,
        ...(evidence ? { evidence } : {}),
      }
    );
  }
  const facet = object ? SHORTHANDS[object] : undefined;
  if (object && !facet) return `unknown verb "${command}"`;
  const [slug, ...values] = rest;
  if (facet)
    return need(2) ?? { kind: 'facet', slug: slug as string, facet, verb: correction, value: values.join(' ') };
  const [facetName, ...value] = values;
  return (
    need(3) ?? {
      kind: 'facet',
      slug: slug as string,
      facet: facetName as FacetName,
      verb: correction,
      value: value.join(' '),
    }
  );
}

const paths = resolvePaths();
const edit = editOf(process.argv.slice(2));
if (typeof edit === 'string') {
  console.error(`${edit}\n${USAGE}`);
  process.exit(2);
}
const file = relative(process.cwd(), paths.curation);
const before = existsSync(paths.curation) ? await readFile(paths.curation, 'utf8') : '';
const after = editCuration(before, edit);
const registry = join(paths.content, 'slugs.yaml');
const published = existsSync(registry)
  ? Object.values((parseYaml(await readFile(registry, 'utf8')) ?? {}) as Record<string, string>)
  : [];
const papers = existsSync(paths.papers)
  ? (await readdir(paths.papers)).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length))
  : [];
const taxonomy = loadTaxonomy(await readFile(paths.taxonomy, 'utf8'), relative(process.cwd(), paths.taxonomy));
const vocabulary = loadVocabulary(await readFile(paths.vocabulary, 'utf8'), relative(process.cwd(), paths.vocabulary));
const { problems } = parseCuration(
  after,
  file,
  curationNames(papers, published, taxonomy.topics, vocabulary.vocabulary),
);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`[curate] nothing was written; ${file} is as it was.`);
  process.exit(1);
}
await writeFile(paths.curation, after);
console.log(`[curate] ${file}: ${process.argv.slice(2).join(' ')}. The next build applies it.`);
