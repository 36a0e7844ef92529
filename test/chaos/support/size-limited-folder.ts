import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type SizeLimit = 'tmpfs' | 'loop-mounted ext4 image';

/** A folder on a file system of a fixed, small size, and a way to fill it and free it again. */
export interface SizeLimitedFolder {
  /** The mount point; put data in a folder inside it. */
  path: string;
  /** Which kind was available here (detected at run time). */
  method: SizeLimit;
  /** Writes a filler file until the file system reports it is full. */
  fill(): void;
  /** Deletes the filler. */
  free(): void;
  /** Unmounts and removes everything. */
  release(): void;
}

/** Mounting needs root: as another user, through `sudo -n` (which fails at once without a rule for it). */
const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
const run = (command: string, args: string[]) => {
  const [program, ...rest] = [...asRoot, command, ...args];
  return execFileSync(program, rest, { stdio: 'pipe' });
};

/**
 * A small tmpfs if this machine lets us mount one (root, or CAP_SYS_ADMIN), else an ext4 image in
 * a file, loop-mounted. Neither possible: throws, naming both reasons, rather than pretend.
 */
export function sizeLimitedFolder(bytes: number): SizeLimitedFolder {
  const path = mkdtempSync(join(tmpdir(), 'saferplan-chaos-full-'));
  const reasons: string[] = [];
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', path]);
    return folder(path, 'tmpfs', () => run('umount', [path]));
  } catch (error) {
    reasons.push(`tmpfs: ${String((error as Error).message).split('\n')[0]}`);
  }
  const image = `${path}.img`;
  try {
    run('truncate', ['-s', String(bytes), image]);
    run('mkfs.ext4', ['-q', '-F', '-m', '0', image]);
    run('mount', ['-o', 'loop', image, path]);
    return folder(path, 'loop-mounted ext4 image', () => {
      run('umount', [path]);
      rmSync(image, { force: true });
    });
  } catch (error) {
    rmSync(image, { force: true });
    reasons.push(`loop mount: ${String((error as Error).message).split('\n')[0]}`);
  }
  rmSync(path, { recursive: true, force: true });
  throw new Error(`no size-limited file system can be made here (${reasons.join('; ')})`);
}

function folder(path: string, method: SizeLimit, unmount: () => void): SizeLimitedFolder {
  const filler = join(path, 'filler');
  return {
    path,
    method,
    fill: () => {
      const fd = openSync(filler, 'a');
      try {
        for (const size of [1 << 20, 1 << 12, 1]) {
          const chunk = Buffer.alloc(size, 1);
          for (;;) {
            try {
              writeSync(fd, chunk);
            } catch (error) {
              if ((error as { code?: string }).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free: () => unlinkSync(filler),
    release: () => {
      unmount();
      rmSync(path, { recursive: true, force: true });
    },
  };
}
