import fixWebmDuration from 'fix-webm-duration';

/**
 * MediaRecorder writes WebM without a duration (it streams, and does not go back to the header), so a
 * recording plays as 0:00 or "Infinity" and cannot be scrubbed. This writes the known length into the
 * file's Info section. A file that already has one, or is not WebM, comes back as it was; so does one the
 * library cannot read, since a recording that plays without a length still beats none.
 */
export async function withDuration(blob: Blob, durationMs: number): Promise<Blob> {
  if (!/^audio\/webm|^video\/webm/i.test(blob.type) || !(durationMs > 0)) return blob;
  try {
    return await fixWebmDuration(blob, durationMs, { logger: false });
  } catch {
    return blob;
  }
}

/** The best length known for a take: measured from its decoded audio, else the answer clock. */
export function knownDurationMs(take: { durationMs: number; metrics: { durationSeconds: number } | null }): number {
  const measured = take.metrics ? Math.round(take.metrics.durationSeconds * 1000) : 0;
  return measured > 0 ? measured : take.durationMs;
}
