import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFolder } from '../../scripts/lib/sync-folder';

const fileOf = (n: number) => ({ name: `${n}.mdx`, text: `page ${n}\n` });
const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('syncFolder', () => {
  it('writes every file made, removes the others, and leaves a file whose bytes are already right untouched', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sync-folder-'));
    writeFileSync(join(folder, '1.mdx'), 'page 1\n');
    writeFileSync(join(folder, '2.mdx'), 'old text\n');
    writeFileSync(join(folder, 'gone.mdx'), 'no longer made\n');
    const kept = statSync(join(folder, '1.mdx'));

    const changes = await syncFolder(folder, numbers(3), fileOf);

    expect(changes).toEqual({ written: ['0.mdx', '2.mdx'], removed: ['gone.mdx'], unchanged: 1 });
    expect(readdirSync(folder).sort()).toEqual(['0.mdx', '1.mdx', '2.mdx']);
    expect(readFileSync(join(folder, '2.mdx'), 'utf8')).toBe('page 2\n');
    const after = statSync(join(folder, '1.mdx'));
    expect([after.ino, after.mtimeMs]).toEqual([kept.ino, kept.mtimeMs]);
  });

  it('makes a file only when its batch is written, not every file first', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sync-folder-'));
    let made = 0;
    let madeBeforeFirstWrite = -1;
    await syncFolder(folder, numbers(500), (n) => {
      if (madeBeforeFirstWrite < 0 && existsSync(join(folder, '0.mdx'))) madeBeforeFirstWrite = made;
      made += 1;
      return fileOf(n);
    });
    expect(made).toBe(500);
    expect(madeBeforeFirstWrite).toBeGreaterThan(0);
    expect(madeBeforeFirstWrite).toBeLessThan(500);
  });
});
