// Samples another process's resident memory (VmRSS) and CPU time from /proc once a second; reads the
// CPU time of a process with its children (PostgreSQL's postmaster and backends).
import fs from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

export type ProcessSample = { atMs: number; rssMb: number; cpuSeconds: number };

/** The fields of /proc/<pid>/stat after the parenthesised command name (so fields[0] is field 3, the state). */
function statFields(pid: number | string): string[] {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

// utime and stime are fields 14 and 15; cutime and cstime (children already waited for) 16 and 17.
const ownTicks = (fields: string[]) => Number(fields[11]) + Number(fields[12]);
const reapedChildrenTicks = (fields: string[]) => Number(fields[13]) + Number(fields[14]);

export function readProcess(pid: number): ProcessSample | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
    return { atMs: Date.now(), rssMb: rssKb / 1024, cpuSeconds: ownTicks(statFields(pid)) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null; // the process is gone
  }
}

/**
 * CPU time of a process and its children: the live ones (each read from /proc) and those that already
 * ended (their time was added to the parent's cutime/cstime when it reaped them). For the postmaster,
 * this is PostgreSQL's whole CPU: backends, checkpointer, WAL writer. rssMb is the parent's alone.
 */
export function readProcessTree(pid: number): ProcessSample | null {
  const parent = readProcess(pid);
  if (!parent) return null;
  let ticks = reapedChildrenTicks(statFields(pid));
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(entry);
      if (Number(fields[1]) === pid) ticks += ownTicks(fields); // field 4: the parent pid
    } catch {
      // ended while we looked; its time went to the parent's reaped total
    }
  }
  return { ...parent, cpuSeconds: parent.cpuSeconds + ticks / CLOCK_TICKS_PER_SECOND };
}

export type Sampler = {
  samples: ProcessSample[];
  stop: () => void;
  peakRssMb: (fromMs?: number, toMs?: number) => number;
};

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
