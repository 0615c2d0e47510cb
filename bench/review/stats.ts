// Small numeric helpers for the benchmark's printed figures.

/** The q-quantile (0..1) of already sorted values, nearest-rank; NaN for none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export type Summary = { n: number; p50: number; p90: number; p95: number; p99: number; max: number; mean: number };

/** Percentiles of a set of durations in ms. */
export function summarise(values: number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    n: values.length,
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: values.length ? total / values.length : NaN,
  };
}

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `work` `times` times sequentially and returns each duration in ms. */
export async function timeRuns(times: number, work: () => Promise<unknown> | unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = nowMs();
    await work();
    durations.push(nowMs() - start);
  }
  return durations;
}

/** Deterministic PRNG (mulberry32) so runs pick the same ratings. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const round = (value: number, digits = 1): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
