// Samples another process's resident memory (VmRSS) and CPU time from /proc once a second.
import fs from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

export type ProcessSample = { atMs: number; rssMb: number; cpuSeconds: number };

export function readProcess(pid: number): ProcessSample | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { atMs: Date.now(), rssMb: rssKb / 1024, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null; // the process is gone
  }
}

export type Sampler = { samples: ProcessSample[]; stop: () => void; peakRssMb: (fromMs?: number, toMs?: number) => number };

/** Starts sampling now and every `intervalMs`. */
export function sampleProcess(pid: number, intervalMs = 1000): Sampler {
  const samples: ProcessSample[] = [];
  const take = () => {
    const sample = readProcess(pid);
    if (sample) samples.push(sample);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop: () => (clearInterval(timer), take()),
    peakRssMb: (fromMs = 0, toMs = Infinity) =>
      Math.max(...samples.filter((s) => s.atMs >= fromMs && s.atMs <= toMs).map((s) => s.rssMb)),
  };
}

/** CPU share (1.0 = one core busy) a process used between two samples. */
export function cpuShare(from: ProcessSample | null, to: ProcessSample | null): number {
  if (!from || !to || to.atMs <= from.atMs) return NaN;
  return (to.cpuSeconds - from.cpuSeconds) / ((to.atMs - from.atMs) / 1000);
}
