/**
 * Work bundle budgets (issue 11): export and import of a 12-ambassador cohort bundle without recordings (<= 1 s
 * each) and with one hour of recordings (<= 10 s each). Measured at the service, as bundle:exportCohort and
 * bundle:import run them: choosing rows, encrypting (age, scrypt passphrase), and on import decrypting, checking
 * every row and blob, the backup before import, and the one merging transaction into an empty laptop.
 *
 * Run alone with `npx tsx bench/bundles.ts`; bench/run.ts calls runBundleBench().
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../src/main/backend/backend';
import type { Services } from '../src/main/backend/services';
import { quoteTextHash } from '../src/shared/features/quotes/text-hash';
import { diskBenchDir } from './lib/disk-dir';
import { printTable, type Measurement } from './lib/report';
import { median, timeEach } from './lib/stats';

const SUITE = 'bundles';
const COHORT_SIZE = 12;
const RUNS = 5;
const PASSPHRASE = 'bench cohort passphrase';
/** The renderer records Opus at 64 kbit/s (rehearsal/audio/recorder.ts): 8 KB a second. */
const BYTES_PER_SECOND = 64_000 / 8;
/** One hour of answers across the cohort: 60 one-minute takes, five per ambassador. */
const TAKES = 60;
const TAKE_SECONDS = 60;

function approve(services: Services, ambassadorId: string, text: string, houseId: string): void {
  const q = services.quotes.create(ambassadorId, { text, houseId, consentNotes: 'Press pack' });
  services.quotes.transition(q.id, 'submit', '');
  const read = services.quotes.findings(q.id).map((f) => f.id);
  // Approval is bound to the words the trainer read.
  services.quotes.transition(q.id, 'approve', 'Bench', read, quoteTextHash(services.quotes.get(q.id)));
}

/** A cohort like the sheet bench's: each ambassador with a full house, approved quotes, a comment and practice. */
export function seedCohort(services: Services): string {
  const cohort = services.cohorts.create({
    name: 'Bench cohort',
    organisation: 'Harbour Voices (demo organisation)',
    campaign: 'Home Is Where We Build It',
    hashtag: '#WeBuildHome',
    mediaDate: '2026-12-18',
    pressContact: { name: 'Press desk (demo)', email: 'press@example.org', phone: '+44 20 0000 0000' },
  });
  for (let i = 0; i < COHORT_SIZE; i += 1) {
    const a = services.ambassadors.create({
      cohortId: cohort.id,
      fullName: `Person ${i + 1} Mensah`,
      nameMode: 'first',
      role: 'Community organiser and volunteer',
      languages: ['English', 'Arabic'],
      shortBio: 'Runs a bakery that trains young people who are new to the city, and sings in the choir.',
      topicsWelcome: ['Work', 'Plans and dreams'],
      topicsDeclined: ['Family left behind'],
      privateDetails: [{ kind: 'employer', value: 'Private Employer Ltd' }],
    });
    const pillar = (n: number) => ({
      id: crypto.randomUUID(),
      message: `Key message ${n}: people who came here keep our hospitals, schools and choirs going.`,
      proofs: [
        {
          id: crypto.randomUUID(),
          kind: 'fact' as const,
          text: 'One in seven hospital staff was born abroad.',
          source: '',
        },
      ],
    });
    const house = services.houses.create(a.id, {
      umbrella: 'Migrants build the places we all call home.',
      pillars: [pillar(1), pillar(2), pillar(3)],
    });
    approve(services, a.id, 'When I coach on Saturdays, nobody asks where the girls’ parents were born.', house.id);
    approve(services, a.id, 'A town is made by the people who turn up for it.', house.id);
    const draft = services.quotes.create(a.id, { text: 'A draft still in the works.' });
    services.comments.add({ targetType: 'quote', targetId: draft.id, field: 'text', body: 'Shorter?' }, 'Bench');
  }
  return cohort.id;
}

/** One hour of recordings (random bytes: Opus does not compress), spread over the cohort's practice sessions. */
function seedRecordings(services: Services, cohortId: string): number {
  const people = services.ambassadors.list().filter((a) => a.cohortId === cohortId);
  let bytes = 0;
  for (let i = 0; i < TAKES; i += 1) {
    const person = people[i % people.length]!;
    const session = services.rehearsal.start({
      ambassadorId: person.id,
      interviewType: 'podcast',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const recording = new Uint8Array(randomBytes(TAKE_SECONDS * BYTES_PER_SECOND));
    bytes += recording.byteLength;
    services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: TAKE_SECONDS * 1000,
      recording: { mime: 'audio/webm;codecs=opus', bytes: recording },
      notes: '',
    });
  }
  return bytes;
}

async function laptop(dir: string): Promise<Backend> {
  const backend = await createBackend({ dataDir: dir, version: 'bench', transport: 'direct', dailyBackups: false });
  if (!backend.services) throw new Error(JSON.stringify(backend.status));
  return backend;
}

async function measure(
  source: Services,
  root: string,
  cohortId: string,
  recordings: boolean,
  label: string,
): Promise<Measurement[]> {
  let file: Uint8Array = new Uint8Array();
  // The first run of each warms the process up (JIT, scrypt's memory); like the sheet bench, it is not timed.
  const importInto = async (i: number) => {
    // Each import into a laptop that has none of it, so every row is added and every blob stored.
    const target = await laptop(mkdtempSync(join(root, `target-${recordings ? 'r' : 'n'}${i}-`)));
    const start = performance.now();
    const report = await target.services!.bundles.importBundle({
      file: { name: 'bench.studio-bundle', bytes: file },
      passphrase: PASSPHRASE,
      acceptOtherCohort: true,
    });
    const took = performance.now() - start;
    target.close();
    if (report.outcome !== 'imported') throw new Error(report.reason);
    return took;
  };
  file = (await source.bundles.exportCohort({ cohortId, includeRecordings: recordings, passphrase: PASSPHRASE }))
    .files[0]!.bytes;
  await importInto(-1);
  const exports = await timeEach(RUNS, async () => {
    const out = await source.bundles.exportCohort({ cohortId, includeRecordings: recordings, passphrase: PASSPHRASE });
    file = out.files[0]!.bytes;
  });
  const imports: number[] = [];
  for (let i = 0; i < RUNS; i += 1) imports.push(await importInto(i));
  const limit = recordings ? 10_000 : 1000;
  const detail = { fileKB: Math.round(file.byteLength / 1024), max: 0 };
  return [
    {
      suite: SUITE,
      name: `export ${label}, median of ${RUNS}`,
      value: median(exports),
      unit: 'ms',
      budget: { limit, kind: 'max' },
      detail: { ...detail, max: Math.max(...exports) },
    },
    {
      suite: SUITE,
      name: `import ${label} into an empty laptop, median of ${RUNS}`,
      value: median(imports),
      unit: 'ms',
      budget: { limit, kind: 'max' },
      detail: { ...detail, max: Math.max(...imports) },
    },
  ];
}

export async function runBundleBench(): Promise<Measurement[]> {
  const root = diskBenchDir('bench-bundles-');
  const source = await laptop(join(root, 'source'));
  try {
    const services = source.services!;
    const cohortId = seedCohort(services);
    const results = await measure(
      services,
      root,
      cohortId,
      false,
      `${COHORT_SIZE}-ambassador cohort bundle without recordings`,
    );
    const bytes = seedRecordings(services, cohortId);
    const hour = `${COHORT_SIZE}-ambassador cohort bundle with one hour of recordings (${Math.round(bytes / 1024 / 1024)} MB)`;
    results.push(...(await measure(services, root, cohortId, true, hour)));
    return results;
  } finally {
    source.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runBundleBench().then(printTable);
}
