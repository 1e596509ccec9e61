import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpCall } from './lib/http-api';
import type { Measurement } from './lib/report';
import { median, percentile, timeEach } from './lib/stats';
import { startStudioProcess } from './lib/studio-process';

/** Chromium's MediaRecorder writes Opus at about 128 kbit/s, so a minute of answer is close to 1 MB. */
const SIXTY_SECONDS_BYTES = Math.round((128_000 / 8) * 60);
const RUNS = 25;

/** Saving a 60 s recording with its take, through the HTTP transport as the browser-mode renderer does. */
export async function runRehearsalBench(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-rehearsal-'));
  const studio = await startStudioProcess(dataDir);
  try {
    const { ambassadorIds } = await httpCall(studio, 'sample:load', {});
    const ambassadorId = ambassadorIds[0]!;
    const session = await httpCall(studio, 'rehearsal:start', {
      ambassadorId,
      interviewType: 'podcast',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const questionId = session.questionIds[0]!;
    // Random bytes do not compress, like real Opus audio.
    const recordings = Array.from({ length: RUNS }, () => new Uint8Array(randomBytes(SIXTY_SECONDS_BYTES)));
    const samples = await timeEach(RUNS, async (i) => {
      await httpCall(studio, 'rehearsal:saveTake', {
        sessionId: session.id,
        questionId,
        position: i,
        durationMs: 60_000,
        recording: { mime: 'audio/webm;codecs=opus', bytes: recordings[i]! },
        notes: '',
      });
    });
    return [
      {
        suite: 'rehearsal',
        name: `save a 60 s recording (${Math.round(SIXTY_SECONDS_BYTES / 1024)} KB) via HTTP, median of ${RUNS}`,
        value: median(samples),
        unit: 'ms',
        budget: { limit: 150, kind: 'max' },
        detail: { p95: percentile(samples, 95), max: Math.max(...samples) },
      },
    ];
  } finally {
    await studio.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
