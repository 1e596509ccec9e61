/**
 * `npm run sheet`: in-process runs of the CLI against a real data folder and the real system Chromium, plus
 * the entry point itself run with tsx as a trainer runs it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { openDatabase } from '../db/open';
import { pdfInfo, pdfText } from '../pdf/pdf-inspect.test-support';
import { createServices } from '../backend/services';
import { randomIds, systemClock } from '../backend/context';
import { makeReady, readyHouse, tinyPng } from '../features/message-sheet/service.test-support';
import { runSheetCli, USAGE } from './sheet-cli';

const ROOT = resolve(__dirname, '../../..');
const LONG = 60_000;

let root: string;
let dataDir: string;
let outDir: string;
const tiny = join(tmpdir(), `studio-cli-full-${process.pid}`);
const readOnly = join(tmpdir(), `studio-cli-ro-${process.pid}`);
let mountedTiny = false;
let mountedReadOnly = false;
let cohortId = '';
let olenaId = '';

function mount(target: string, options: string): boolean {
  mkdirSync(target, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-sheet-cli-'));
  dataDir = join(root, 'data');
  outDir = join(root, 'out');
  mkdirSync(dataDir);
  mkdirSync(outDir);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dataDir, 'backups') });
  const services = createServices({
    db,
    clock: systemClock,
    ids: randomIds,
    paths: { dataDir, dbPath, backupDir: dataDir },
  });
  const sample = services.sample.load();
  const [amira, olena, wei] = sample.ambassadorIds as [string, string, string];
  cohortId = sample.cohortId;
  olenaId = olena;
  makeReady(services, amira, 'tag-a');
  makeReady(services, olena, 'tag-o');
  readyHouse(services, wei, 'tag-l'); // Lin: a house, no approved quote
  services.ambassadors.create({ fullName: 'Ana Costa', nameMode: 'first', cohortId }); // no house at all
  await services.sheets.close();
  db.close();
  mountedTiny = mount(tiny, 'size=16k');
  mountedReadOnly = mount(readOnly, 'ro,size=16k');
}, LONG);

afterAll(() => {
  for (const [mounted, target] of [
    [mountedTiny, tiny],
    [mountedReadOnly, readOnly],
  ] as const) {
    if (mounted) {
      try {
        execFileSync('umount', [target], { stdio: 'ignore' });
      } catch {
        // Already gone.
      }
    }
    rmSync(target, { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  out: string[];
  err: string[];
}

async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSheetCli(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
  return { code, out, err };
}

const base = () => ['--data-dir', dataDir];

describe('npm run sheet', () => {
  it(
    'writes one ambassador’s sheet and says where',
    async () => {
      const out = join(outDir, 'olena.pdf');
      const result = await run([...base(), '--ambassador', 'olena', '--out', out]);
      expect(result).toEqual({ code: 0, out: [`Wrote ${out} (1 page, A4): Message sheet - Olena`], err: [] });
      expect(pdfInfo(new Uint8Array(readFileSync(out)))).toMatchObject({ Pages: '1', Title: 'Message sheet - Olena' });
      expect(readdirSync(outDir).filter((f) => f.includes('partial'))).toEqual([]);
    },
    LONG,
  );

  it(
    'finds the ambassador by id, and by full name even when the sheet uses the first name',
    async () => {
      const byId = await run([
        ...base(),
        '--ambassador',
        olenaId,
        '--out',
        join(outDir, 'by-id.pdf'),
        '--paper',
        'letter',
      ]);
      expect(byId.code).toBe(0);
      expect(byId.out[0]).toContain('(1 page, Letter)');
      const byFull = await run([...base(), '--ambassador', 'Olena Kovalenko', '--out', join(outDir, 'by-full.pdf')]);
      expect(byFull.out).toEqual([`Wrote ${join(outDir, 'by-full.pdf')} (1 page, A4): Message sheet - Olena`]);
    },
    LONG,
  );

  it(
    'writes the cohort press pack and lists who was skipped and why',
    async () => {
      const out = join(outDir, 'pack.pdf');
      const result = await run([...base(), '--cohort', 'Demo cohort (fictional)', '--out', out]);
      expect(result.code).toBe(0);
      expect(result.out).toEqual([
        `Wrote ${out} (3 pages, A4): cover and 2 sheets`,
        '  included: Amira Haddad',
        '  included: Olena',
        'Skipped 2:',
        '  skipped: Ana: Ana has no primary Message House yet. Create one (or mark one as primary) first.',
        '  skipped: Lin: Lin has no approved quote yet. A trainer approves quotes in the review queue.',
      ]);
      expect(result.err).toEqual([
        'sheet: Preparing 4 sheets…',
        'sheet: Printing 3 pages…',
        'sheet: Checking every sheet is one page…',
      ]);
      const bytes = new Uint8Array(readFileSync(out));
      expect(pdfInfo(bytes).Pages).toBe('3');
      expect(pdfText(bytes, { page: 1 })).toContain('AMBASSADORS IN THIS PACK');
    },
    LONG,
  );

  it('refuses an unknown or ambiguous name in one line, writing nothing', async () => {
    const out = join(outDir, 'nobody.pdf');
    expect(await run([...base(), '--ambassador', 'Nobody', '--out', out])).toEqual({
      code: 1,
      out: [],
      err: ['sheet: no ambassador called "Nobody" (use the name or id shown in the app)'],
    });
    const ambiguous = await run([...base(), '--ambassador', 'a', '--out', out]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toHaveLength(1);
    expect(ambiguous.err[0]).toMatch(/^sheet: "a" matches 4 ambassadors: .*; use the id$/);
    expect((await run([...base(), '--cohort', 'No such cohort', '--out', out])).err).toEqual([
      'sheet: no cohort called "No such cohort"',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('says when there is no approved quote or no primary house', async () => {
    const out = join(outDir, 'not-ready.pdf');
    expect(await run([...base(), '--ambassador', 'Lin', '--out', out])).toMatchObject({
      code: 1,
      err: ['sheet: Lin has no approved quote yet. A trainer approves quotes in the review queue.'],
    });
    expect(await run([...base(), '--ambassador', 'Ana Costa', '--out', out])).toMatchObject({
      code: 1,
      err: ['sheet: Ana has no primary Message House yet. Create one (or mark one as primary) first.'],
    });
    expect(existsSync(out)).toBe(false);
  });

  it(
    'says how to get Chromium when it is missing',
    async () => {
      const out = join(outDir, 'no-chromium.pdf');
      const result = await run([...base(), '--ambassador', 'olena', '--out', out], {
        ...process.env,
        CHROMIUM_PATH: join(root, 'no-chromium'),
      });
      expect(result.code).toBe(1);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(
        /^sheet: PDF export needs Chromium\. CHROMIUM_PATH is set to ".*no-chromium", but there is no file there\. Install it/,
      );
      expect(existsSync(out)).toBe(false);
    },
    LONG,
  );

  it(
    'refuses an output folder that does not exist or cannot be written, leaving no file',
    async ({ skip }) => {
      const missing = await run([...base(), '--ambassador', 'olena', '--out', join(outDir, 'nope', 'sheet.pdf')]);
      expect(missing).toMatchObject({
        code: 1,
        err: [expect.stringMatching(/^sheet: cannot write .*sheet\.pdf: the folder .*nope does not exist$/)],
      });
      if (!mountedReadOnly) skip('a read-only mount needs root');
      const ro = await run([...base(), '--ambassador', 'olena', '--out', join(readOnly, 'sheet.pdf')]);
      expect(ro).toMatchObject({
        code: 1,
        err: [
          expect.stringMatching(
            /^sheet: “sheet\.pdf” was not saved: “.*” is on a read-only drive\. Choose another folder\.$/,
          ),
        ],
      });
      expect(readdirSync(readOnly)).toEqual([]);
    },
    LONG,
  );

  it(
    'says the disk is full and leaves no partial file',
    async ({ skip }) => {
      if (!mountedTiny)
        skip('a 16 KB tmpfs needs root (the full-disk path is also tested with a simulated ENOSPC in src/main/pdf)');
      const result = await run([...base(), '--ambassador', 'olena', '--out', join(tiny, 'sheet.pdf')]);
      expect(result).toEqual({
        code: 1,
        out: [],
        err: [
          'sheet: “sheet.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.',
        ],
      });
      expect(readdirSync(tiny)).toEqual([]);
    },
    LONG,
  );

  it(
    'uses a logo file that is an image and refuses one that is not',
    async () => {
      const notImage = join(root, 'logo.txt');
      writeFileSync(notImage, 'this is not a logo');
      const out = join(outDir, 'logo.pdf');
      const bad = await run([...base(), '--ambassador', 'olena', '--out', out, '--logo', notImage]);
      expect(bad).toMatchObject({
        code: 1,
        err: [
          `sheet: logo ${notImage}: That logo is not an image we can use. Choose a PNG, JPEG, WebP or GIF file (SVG and PDF logos are not supported).`,
        ],
      });
      expect(existsSync(out)).toBe(false);
      const good = join(root, 'logo.png');
      writeFileSync(good, tinyPng(16));
      expect((await run([...base(), '--cohort', cohortId, '--out', out, '--logo', good])).code).toBe(0);
      expect(pdfInfo(new Uint8Array(readFileSync(out))).Pages).toBe('3');
    },
    LONG,
  );

  it('refuses a folder without Ambassador Studio data and creates nothing there', async () => {
    const empty = mkdtempSync(join(root, 'empty-'));
    const result = await run(['--data-dir', empty, '--ambassador', 'olena', '--out', join(outDir, 'x.pdf')]);
    expect(result).toMatchObject({
      code: 1,
      err: [`sheet: no Ambassador Studio data in ${empty} (expected ${DB_FILE_NAME})`],
    });
    expect(readdirSync(empty)).toEqual([]);
  });

  it.each([
    [[]],
    [['--data-dir', 'x', '--out', 'y.pdf']],
    [['--data-dir', 'x', '--ambassador', 'a', '--cohort', 'b', '--out', 'y.pdf']],
    [['--data-dir', 'x', '--ambassador', 'a', '--out', 'y.pdf', '--paper', 'A3']],
    [['--data-dir', 'x', '--ambassador', 'a']],
    [['--data-dir', 'x', '--ambassador', 'a', '--out', 'y.pdf', '--colour']],
    [['stray', '--data-dir', 'x', '--ambassador', 'a', '--out', 'y.pdf']],
  ])('prints usage and exits 2 for %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err.at(-1)).toBe(USAGE);
  });
});

describe('the entry point (tsx)', () => {
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

  it(
    'runs as npm run sheet does: exit 0 with the file written, 2 with usage',
    async () => {
      const out = join(outDir, 'entry.pdf');
      const [ok, usage] = await Promise.all([
        runEntry([...base(), '--ambassador', 'Amira', '--out', out]),
        runEntry([]),
      ]);
      expect(ok).toEqual({ code: 0, stdout: `Wrote ${out} (1 page, A4): Message sheet - Amira Haddad\n`, stderr: '' });
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain(USAGE);
    },
    LONG,
  );
});
