/**
 * Small numeric helpers shared by the speech analysis. Kept separate so the analysis files read as
 * signal processing, and so every helper has one well-defined answer for empty input (never NaN).
 */

/**
 * Linear-interpolated percentile (p in 0..100) of the values. Returns `fallback` for an empty list so
 * callers never have to special-case NaN. Sorts a copy: the inputs are a few thousand frames at most.
 */
export function percentile(values: ArrayLike<number>, p: number, fallback = 0): number {
  const n = values.length;
  if (n === 0) return fallback;
  const sorted = Float64Array.from(values).sort();
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  const frac = rank - lo;
  return sorted[lo]! * (1 - frac) + sorted[hi]! * frac;
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]!;
  return sum / values.length;
}

/** Population standard deviation; 0 for fewer than two values (a single value has no spread). */
export function standardDeviation(values: ArrayLike<number>): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += (values[i]! - m) ** 2;
  return Math.sqrt(sum / values.length);
}

/** Rounds for display and JSON output without pretending to more precision than the method has. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
