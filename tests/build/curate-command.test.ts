import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

/**
 * `npm run curate` on a copy of the bundled atlas's content/curation.yaml: the edit lands in the
 * file with every comment kept, and a typo writes nothing.
 */
const work = join(projectRoot, `tests/.tmp/curate-command-${process.pid}`);
const file = join(work, 'curation.yaml');
const original = readFileSync(join(projectRoot, 'content/curation.yaml'), 'utf8');

async function curate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(projectRoot, 'node_modules/.bin/tsx'),
      ['scripts/curate.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, ATLAS_CURATION: file } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run curate', () => {
  it("adds the issue's example correction to the file, keeping its comments and its other corrections", async () => {
    mkdirSync(work, { recursive: true });
    writeFileSync(file, original);
    const run = await curate('remove-topic', 'adan', 'optimization');
    expect(run.code, run.stderr).toBe(0);
    const edited = readFileSync(file, 'utf8');
    for (const line of original.split('\n').filter((text) => text.trim().startsWith('#')))
      expect(edited).toContain(line);
    expect(edited.startsWith(original.trimEnd().split('\nnever:')[0] as string)).toBe(true);
    expect(edited).toMatch(/\n {2}adan:\n {4}topics: \{ remove: \[optimization\] \}\n/u);
  }, 60_000);

  it('writes nothing on a typo, and says what was meant', async () => {
    mkdirSync(work, { recursive: true });
    writeFileSync(file, original);
    const run = await curate('remove-topic', 'adan', 'optimisation');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /curation\.yaml:\d+: error: unknown topic id "optimisation" \(did you mean "optimization"/u,
    );
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(original);
  }, 60_000);
});
