/**
 * `npm run bundle`: in-process runs of the CLI against real data folders (two "laptops"), through the real
 * bundle service, plus the entry point itself run with tsx as a trainer runs it.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../backend/backend';
import { buildMaliciousCorpus } from '../bundles/format/corpus.test-support';
import { seedAmbassador, seedCohort, seedQuote, seedSettings } from '../test-support/seed';
import { runBundleCli } from './bundle-cli';

const ROOT = resolve(__dirname, '../../..');
const LONG = 60_000;
const PASSPHRASE = 'spring cohort passphrase';

let root: string;
let trainer: string;
let second: string;
let out: string;
let passFile: string;
let amiraId = '';

async function makeLaptop(dir: string, seed: boolean): Promise<void> {
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'test' });
  const services = backend.services!;
  seedSettings(services);
  if (seed) {
    const cohort = seedCohort(services, { name: 'Spring cohort' });
    seedCohort(services, { name: 'Spring evening cohort' });
    const amira = seedAmbassador(services, { cohortId: cohort.id, fullName: 'Amira Haddad', nameMode: 'full' });
    seedAmbassador(services, { cohortId: cohort.id, fullName: 'Amir Khan', nameMode: 'first' });
    seedQuote(services, amira.id, { text: 'I came here with one suitcase 🧳 and a lot of hope.' }, 'in_review');
    amiraId = amira.id;
  }
  backend.close();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-bundle-cli-'));
  [trainer, second, out] = ['trainer', 'second', 'out'].map((name) => join(root, name)) as [string, string, string];
  mkdirSync(out);
  await makeLaptop(trainer, true);
  await makeLaptop(second, false);
  passFile = join(root, 'passphrase.txt');
  writeFileSync(passFile, `${PASSPHRASE}\n`, { mode: 0o600 });
}, LONG);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  code: number;
  out: string[];
  err: string[];
}

async function run(...args: string[]): Promise<Outcome> {
  const result: Outcome = { code: -1, out: [], err: [] };
  result.code = await runBundleCli(args, { stdout: (l) => result.out.push(l), stderr: (l) => result.err.push(l) });
  return result;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const exportArgs = (...rest: string[]) => ['export', '--data-dir', trainer, '--passphrase-file', passFile, ...rest];

describe('npm run bundle', () => {
  it(
    'exports an ambassador’s work 0600, inspects it, and imports it on another laptop',
    async () => {
      const file = join(out, 'amira.studio-bundle');
      const exported = await run(...exportArgs('--ambassador', 'amira haddad', '--out', file));
      expect(exported.err).toEqual([]);
      expect(exported.code).toBe(0);
      expect(exported.out[0]).toMatch(/^Wrote .*amira\.studio-bundle \(\d+\.\d KB\)$/);
      expect(mode(file)).toBe(0o600);

      const inspected = await run('inspect', file, '--passphrase-file', passFile);
      expect(inspected.code).toBe(0);
      expect(inspected.out.join('\n')).toMatch(
        /Kind: +work .*\n.*Cohort: +Spring cohort .*Ambassadors: +Amira Haddad/s,
      );

      const refused = await run('import', '--data-dir', second, '--passphrase-file', passFile, file);
      expect(refused.code).toBe(1);
      expect(refused.out).toEqual([
        expect.stringMatching(/^Refused amira\.studio-bundle: .*Spring cohort.*not on this laptop/),
        '  To add the cohort "Spring cohort" to this laptop, run again with --accept-other-cohort.',
      ]);
      const args = ['import', '--data-dir', second, '--passphrase-file', passFile, '--accept-other-cohort', file];
      const imported = await run(...args);
      expect(imported.err).toEqual([]);
      expect(imported.code).toBe(0);
      expect(imported.out[0]).toBe('Imported amira.studio-bundle');
      expect(imported.out.join('\n')).toMatch(/quote: 1 added, 0 updated, 0 unchanged, 0 deleted, 0 conflicts/);
      const again = await run(...args);
      expect(again.out.join('\n')).toMatch(/quote: 0 added, 0 updated, 1 unchanged/);
    },
    LONG,
  );

  it(
    'writes a cohort’s feedback as one 0600 file per ambassador into a new folder, or one file for one person',
    async () => {
      const folder = join(out, 'feedback');
      const result = await run(...exportArgs('--cohort', 'spring cohort', '--feedback', '--out', folder));
      expect(result.err).toEqual([]);
      expect(result.code).toBe(0);
      const files = readdirSync(folder).sort();
      expect(files).toHaveLength(2);
      expect(files.every((f) => f.endsWith('.studio-bundle'))).toBe(true);
      for (const f of files) expect(mode(join(folder, f))).toBe(0o600);
      expect(mode(folder)).toBe(0o700);

      const one = await run(...exportArgs('--ambassador', amiraId, '--feedback', '--out', out));
      expect(one.code).toBe(0);
      expect(one.out[0]).toMatch(/^Wrote .*Feedback - Amira Haddad - \d{4}-\d\d-\d\d\.studio-bundle/);
    },
    LONG,
  );

  it('exits 2 with the candidates for an ambiguous or unknown name, writing nothing', async () => {
    const file = join(out, 'nobody.studio-bundle');
    const ambiguous = await run(...exportArgs('--ambassador', 'ami', '--out', file));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err[0]).toBe('bundle: "ami" matches 2 ambassadors; use the id:');
    expect(ambiguous.err.slice(1).sort()).toEqual([
      expect.stringMatching(/^ {2}Amir Khan \([0-9a-f-]{36}\)$/),
      expect.stringMatching(/^ {2}Amira Haddad \([0-9a-f-]{36}\)$/),
    ]);
    const cohorts = await run(...exportArgs('--cohort', 'spring', '--out', file));
    expect(cohorts.code).toBe(2);
    expect(cohorts.err[0]).toBe('bundle: "spring" matches 2 cohorts; use the id:');
    expect(await run(...exportArgs('--cohort', 'Autumn', '--out', file))).toEqual({
      code: 2,
      out: [],
      err: ['bundle: no cohort called "Autumn" (use the name or id shown in the app)'],
    });
    expect(existsSync(file)).toBe(false);
  });

  it('says what is wrong with the command line, the passphrase file or the data folder', async () => {
    const usage = async (...args: string[]) => {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      return result.err[0];
    };
    expect(await usage(...exportArgs('--cohort', 'x', '--feedback', '--recordings', '--out', out))).toMatch(
      /feedback never carries recordings/,
    );
    expect(await usage(...exportArgs('--cohort', 'x', '--ambassador', 'y', '--out', out))).toMatch(/exactly one/);
    expect(await usage('import', '--data-dir', second, '--passphrase-file', passFile, '--out', out, 'x')).toMatch(
      /--out does not go with import/,
    );
    expect(await usage('inspect', '--passphrase-file', passFile)).toMatch(/exactly one bundle file/);
    expect(await usage()).toMatch(/say export, import or inspect/);

    const short = join(root, 'short.txt');
    writeFileSync(short, 'short\n', { mode: 0o600 });
    expect((await run('inspect', 'x', '--passphrase-file', short)).err).toEqual([
      `bundle: the passphrase in ${short}: Use a passphrase of at least 10 characters`,
    ]);
    const missing = await run(...exportArgs('--cohort', 'x', '--out', out).map((a) => (a === trainer ? out : a)));
    expect(missing).toEqual({
      code: 1,
      out: [],
      err: [`bundle: no Ambassador Studio data in ${out} (expected ambassador-studio.sqlite)`],
    });
    expect(existsSync(join(out, 'ambassador-studio.sqlite'))).toBe(false);
  });

  it(
    'imports every file it is given, reports each refusal in one line, and exits 1 when any was refused',
    async () => {
      const good = join(out, 'cohort.studio-bundle');
      expect((await run(...exportArgs('--cohort', 'Spring cohort', '--out', good))).code).toBe(0);
      const corpus = await buildMaliciousCorpus(PASSPHRASE);
      const picked = corpus.filter((c) => /^(zip bomb|path \.\.\/escape|truncated: cut|manifest missing)/.test(c.name));
      const hostile = picked.map((c, i) => {
        const path = join(out, `hostile-${i}.studio-bundle`);
        writeFileSync(path, c.bytes);
        return { path, expect: c.expect };
      });
      const result = await run(
        'import',
        ...['--data-dir', second, '--passphrase-file', passFile, '--accept-other-cohort'],
        ...hostile.map((h) => h.path),
        good,
      );
      expect(result.code).toBe(1);
      hostile.forEach((h, i) => expect(result.out[i]).toMatch(h.expect));
      expect(result.out[hostile.length]).toBe('Imported cohort.studio-bundle');
      expect(result.out.at(-1)).toBe(`1 of ${hostile.length + 1} files imported.`);
    },
    LONG,
  );

  it(
    'runs as `npm run bundle` with tsx, dropping the passphrase file’s trailing newline',
    async () => {
      const file = join(out, 'amira.studio-bundle');
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        execFile(
          process.execPath,
          [
            join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
            'src/main/cli/bundle.ts',
            'inspect',
            file,
            '--passphrase-file',
            passFile,
          ],
          { cwd: ROOT, timeout: LONG },
          (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^amira\.studio-bundle \(.*\)\n {2}Kind: +work/);
      const noNewline = join(root, 'passphrase-no-newline.txt');
      writeFileSync(noNewline, PASSPHRASE, { mode: 0o600 });
      expect(readFileSync(noNewline, 'utf8')).toBe(PASSPHRASE);
      expect((await run('inspect', file, '--passphrase-file', noNewline)).code).toBe(0);
    },
    LONG,
  );
});
