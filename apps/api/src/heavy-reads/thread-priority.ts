import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The nice value of a heavy-read worker thread: below the request thread and the SQLite writer
 * (nice 0), so on a busy machine the scheduler gives them the cores first and a replay waits,
 * not a write (issue 14's rule that heavy reads never stall writers, W10). Not the lowest (19):
 * at 10 a replay still gets about a tenth of a contended core, so it finishes under load.
 */
export const HEAVY_READ_NICE = 10;

/**
 * Lowers the calling thread's scheduling priority. On Linux the nice value is per thread, and
 * setpriority with a thread id (from /proc/thread-self) changes that thread alone. Elsewhere, or
 * where it is refused, the thread keeps the process's priority and `false` says so.
 */
export function lowerThisThreadsPriority(nice: number): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId)) return false;
    setPriority(threadId, nice);
    return true;
  } catch {
    return false;
  }
}
