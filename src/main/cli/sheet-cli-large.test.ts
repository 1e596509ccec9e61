/**
 * `npm run sheet -- --cohort …` on a cohort of 40 ready ambassadors, run as a trainer runs it (the entry
 * point under tsx, the system Chromium): contents cover pages plus 40 sheets, each exactly one page.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { randomIds, systemClock } from '../backend/context';
import { createServices } from '../backend/services';
import { openDatabase } from '../db/open';
import { seedLargeCohort } from '../features/message-sheet/pack.test-support';
import { normaliseExtracted, pdfInfo, pdfText } from '../pdf/pdf-inspect.test-support';

const ROOT = resolve(__dirname, '../../..');
let root: string;
let dataDir: string;
let names: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-sheet-cli-large-'));
  dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dataDir, 'backups') });
  const services = createServices({
    db,
    clock: systemClock,
    ids: randomIds,
    paths: { dataDir, dbPath, backupDir: dataDir },
  });
  names = seedLargeCohort(services, 40).names;
  await services.sheets.close();
  db.close();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function runEntry(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli/sheet.ts'), ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

it('prints the press pack of 40 ready ambassadors: cover pages, then one page per sheet', async () => {
  const out = join(root, 'pack.pdf');
  const result = await runEntry(['--data-dir', dataDir, '--cohort', 'Large cohort 40', '--out', out]);
  expect(result.code).toBe(0);
  const lines = result.stdout.trim().split('\n');
  const head = /^Wrote .*pack\.pdf \((\d+) pages, A4\): (\d+) cover pages and 40 sheets$/.exec(lines[0] ?? '');
  expect(head, lines[0]).not.toBeNull();
  const [total, cover] = [Number(head![1]), Number(head![2])];
  expect(total).toBe(cover + 40);
  expect(lines.filter((l) => l.startsWith('  included: '))).toEqual(names.map((n) => `  included: ${n}`));
  expect(lines.slice(-2)).toEqual([
    'Skipped 1:',
    expect.stringMatching(/^ {2}skipped: Zed: Zed has no primary Message House/),
  ]);

  const bytes = new Uint8Array(readFileSync(out));
  expect(pdfInfo(bytes).Pages).toBe(String(total));
  for (let i = 0; i < 40; i += 1) {
    const page = normaliseExtracted(pdfText(bytes, { page: cover + i + 1 }));
    expect(page, `page ${cover + i + 1}`).toContain('MESSAGE SHEET');
    expect(page, `page ${cover + i + 1}`).toContain(names[i]!);
  }
}, 120_000);
