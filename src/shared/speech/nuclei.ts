/**
 * Syllable nuclei candidates after de Jong & Wempe (2009): peaks in the intensity envelope that stand out
 * from the dips on either side by at least `minDipDb`. Their script compares each peak with the minimum
 * between it and the next peak; we do the same with a single left-to-right hysteresis scan, which gives each
 * accepted peak a dip of at least minDipDb before and after it in linear time.
 */
import type { FrameRange } from './activity';

/** Frame indices of intensity peaks inside the speech ranges that clear `minPeakDb` and the dip rule. */
export function intensityPeaks(
  db: Float32Array,
  ranges: readonly FrameRange[],
  minDipDb: number,
  minPeakDb: number,
): number[] {
  const peaks: number[] = [];
  for (let r = 0; r < ranges.length; r += 1) {
    const range = ranges[r]!;
    // Start "looking for a peak": the speech onset rising out of silence is the left-hand dip of the first peak.
    let lookingForPeak = true;
    let peakIndex = -1;
    let peakValue = -Infinity;
    let dipValue = Infinity;
    for (let i = range.start; i < range.end; i += 1) {
      const v = db[i]!;
      if (lookingForPeak) {
        if (v > peakValue) {
          peakValue = v;
          peakIndex = i;
        } else if (v <= peakValue - minDipDb) {
          if (peakValue >= minPeakDb) peaks.push(peakIndex);
          lookingForPeak = false;
          dipValue = v;
        }
      } else if (v < dipValue) {
        dipValue = v;
      } else if (v >= dipValue + minDipDb) {
        lookingForPeak = true;
        peakValue = v;
        peakIndex = i;
      }
    }
    // The last candidate of a segment: its right-hand dip is the fall into the silence after the segment.
    // Take the lowest point of that silence (up to the next segment); if the input ends mid-speech there is
    // nothing to compare with and the candidate stands.
    if (lookingForPeak && peakIndex >= 0 && peakValue >= minPeakDb) {
      const gapEnd = ranges[r + 1]?.start ?? db.length;
      let dip = Infinity;
      for (let j = range.end; j < gapEnd; j += 1) dip = Math.min(dip, db[j]!);
      if (dip === Infinity || dip <= peakValue - minDipDb) peaks.push(peakIndex);
    }
  }
  return peaks;
}
