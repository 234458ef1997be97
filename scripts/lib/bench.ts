import { stringify } from 'yaml';

/** A benchmark script's options: `--key=value`, and `--flag` alone as "true". */
export function commandOptions(argv: readonly string[] = process.argv.slice(2)): Map<string, string> {
  return new Map(
    argv.map((arg) => {
      const [key, value] = arg.replace(/^--/u, '').split('=');
      return [key as string, value ?? 'true'];
    }),
  );
}

/** One stage as the build reports it: `[atlas] <stage>: <count> in <seconds> s, <rate>/s`. */
export interface StageTiming {
  stage: string;
  count: number | null;
  seconds: number;
}

const STAGE_LINE = /^\[atlas\] ([\w -]+): (?:(\d+) in )?(\d+(?:\.\d+)?) s\b/u;

/** The stage timings a build printed, in order; other lines are ignored. */
export function parseStageTimings(output: string): StageTiming[] {
  const timings: StageTiming[] = [];
  for (const line of output.split('\n')) {
    const match = line.match(STAGE_LINE);
    if (!match) continue;
    timings.push({
      stage: match[1] as string,
      count: match[2] === undefined ? null : Number(match[2]),
      seconds: Number(match[3]),
    });
  }
  return timings;
}

/** A paper of a corpus file: its title line and its abstract line. */
export interface CorpusPaper {
  title: string;
  abstract: string;
}

/**
 * The papers of a corpus in the plain format (title line, blank line, abstract line, blank line),
 * at most `limit` of them. Only for the benchmark corpora, which hold no page chrome.
 */
export function splitPapers(text: string, limit = Number.POSITIVE_INFINITY): CorpusPaper[] {
  const blocks = text
    .split(/\r?\n\s*\r?\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const papers: CorpusPaper[] = [];
  for (let i = 0; i + 1 < blocks.length && papers.length < limit; i += 2) {
    papers.push({ title: blocks[i] as string, abstract: blocks[i + 1] as string });
  }
  return papers;
}

/** Papers back in the corpus format, ready to be read by the content stage. */
export function joinPapers(papers: readonly CorpusPaper[]): string {
  return papers.map((paper) => `${paper.title}\n\n${paper.abstract}\n\n`).join('');
}

/** What the Hugo comparison site needs of a paper: the atlas's own slug, title, tags and text. */
export interface HugoPaper {
  slug: string;
  title: string;
  topics: string[];
  methods: string[];
  /** The abstract as the atlas page body (Markdown-safe: escaped by the MDX serialiser). */
  body: string;
}

const HUGO_CONFIG = `baseURL = "https://paper-atlas.example.org/"
title = "Paper Atlas (Hugo comparison)"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  topic = "topics"
  method = "methods"
`;

const HUGO_BASEOF = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · Paper Atlas</title>
<link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">Paper Atlas</a> <a href="/papers/">Papers</a> <a href="/topics/">Topics</a> <a href="/methods/">Methods</a></header>
<main data-pagefind-body>{{ block "main" . }}{{ end }}</main></body></html>
`;

const HUGO_SINGLE = (related: boolean) => `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<div class="abstract">{{ .Content }}</div>
<dl>{{ with .Params.topics }}<dt>Topics</dt><dd><ul>{{ range . }}<li><a href="{{ "topics/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul></dd>{{ end }}
{{ with .Params.methods }}<dt>Methods</dt><dd><ul>{{ range . }}<li><a href="{{ "methods/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul></dd>{{ end }}</dl>
${related ? '{{ $related := .Site.RegularPages.Related . | first 5 }}{{ with $related }}<h2>Related papers</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n' : ''}</article>{{ end }}
`;

const HUGO_RELATED = `[related]
  threshold = 1
  includeNewer = true
  toLower = false
  [[related.indices]]
    name = "topics"
    weight = 2
  [[related.indices]]
    name = "methods"
    weight = 1
`;

const HUGO_LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} pages</p>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ with .Params.topics }}<span>{{ delimit . ", " }}</span>{{ end }}</li>{{ end }}</ul>{{ end }}
`;

/**
 * A Hugo site with the same papers as an atlas: a page per paper with its abstract, topic and method
 * taxonomies with a page per term, and list pages; with `related`, each paper page also lists five
 * related papers by shared terms (Hugo's `.Related`). It is built only to time Hugo on the same
 * papers; file paths map to file contents.
 */
export function hugoSite(papers: readonly HugoPaper[], options: { related?: boolean } = {}): Map<string, string> {
  const related = options.related ?? false;
  const files = new Map<string, string>([
    ['config.toml', related ? HUGO_CONFIG + HUGO_RELATED : HUGO_CONFIG],
    ['layouts/_default/baseof.html', HUGO_BASEOF],
    ['layouts/_default/single.html', HUGO_SINGLE(related)],
    ['layouts/_default/list.html', HUGO_LIST],
    ['static/style.css', 'body{font-family:system-ui,sans-serif;max-width:50rem;margin:auto}\n'],
    ['content/papers/_index.md', '---\ntitle: All papers\n---\n'],
  ]);
  for (const paper of papers) {
    const frontmatter = stringify(
      { title: paper.title, slug: paper.slug, topics: paper.topics, methods: paper.methods },
      { lineWidth: 0 },
    );
    files.set(`content/papers/${paper.slug}.md`, `---\n${frontmatter}---\n\n${paper.body.trim()}\n`);
  }
  return files;
}

/** Formats a number of seconds for a results table: `0.41 s`, `12.3 s`, `142 s`. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '–';
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 100) return `${seconds.toFixed(1)} s`;
  return `${Math.round(seconds)} s`;
}

/** Formats a byte count in decimal units, as targets are stated: `512 B`, `18.8 KB`, `1.21 GB`. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return '–';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
