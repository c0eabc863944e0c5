/**
 * Process measurements from /proc (Linux): CPU time and peak resident memory of a process by pid, so that
 * every system is measured the same way from outside, without code of ours inside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU time of the process (all its threads), in microseconds; null when unreadable. */
export function cpuMicros(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Peak resident set size so far (VmHWM, or since resetPeakRss), in bytes. */
export const peakRssBytes = (pid: number): number | null => statusField(pid, 'VmHWM');

/**
 * Starts the process's peak resident set size afresh (VmHWM becomes VmRSS: `5` to /proc/<pid>/clear_refs, Linux
 * ≥ 4.0), so that a cell's peak is its own; returns false where that is refused (then peaks span the run).
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
/** Current resident set size (VmRSS), in bytes. */
export const rssBytes = (pid: number): number | null => statusField(pid, 'VmRSS');

/** Pins every thread of a process to the given CPUs with taskset; returns false when taskset is missing or fails. */
export async function pin(pid: number, cpus: string): Promise<boolean> {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
  return result.status === 0;
}
