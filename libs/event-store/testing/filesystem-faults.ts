import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Real filesystem faults for tests, where the machine allows them: a loop-mounted
 * ext4 image whose journal can be aborted (the closest thing to a power cut a test
 * can make: whatever was not fsynced is lost, and the filesystem turns read-only),
 * a small tmpfs that fills up, files made immutable with chattr. They need root (or
 * CAP_SYS_ADMIN) and the mount, mkfs.ext4, e2fsck and chattr commands; where they
 * are missing, `filesystemFaults.reason` says why and the tests that need them are
 * skipped with that reason (the seams in the file-writing code are tested everywhere).
 */
export const filesystemFaults = probe();

function probe(): { available: boolean; reason: string } {
  if (process.platform !== 'linux') return { available: false, reason: 'filesystem fault injection needs Linux' };
  if (process.getuid?.() !== 0) return { available: false, reason: 'filesystem fault injection needs root (mount, chattr)' };
  const dir = mkdtempSync(join(tmpdir(), 'fault-probe-'));
  try {
    for (const command of ['mkfs.ext4', 'e2fsck', 'chattr']) execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return { available: true, reason: '' };
  } catch (error) {
    return { available: false, reason: `filesystem fault injection is not allowed here: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `describe` where the faults can be made, `describe.skip` (its reason in the title) where not. */
export const describeWithFilesystemFaults = (title: string, body: () => void) =>
  filesystemFaults.available ? describe(title, body) : describe.skip(`${title} (skipped: ${filesystemFaults.reason})`, body);

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A small ext4 filesystem in an image file, loop-mounted, with errors=remount-ro as on a real server. */
export class Ext4Image {
  private constructor(
    readonly image: string,
    readonly mountPoint: string,
  ) {}

  static create(sizeMb = 32): Ext4Image {
    const root = mkdtempSync(join(tmpdir(), 'ext4-fault-'));
    const image = join(root, 'disk.img');
    const mountPoint = join(root, 'mnt');
    run('truncate', ['-s', `${sizeMb}M`, image]);
    run('mkfs.ext4', ['-q', '-F', image]);
    run('mkdir', [mountPoint]);
    const disk = new Ext4Image(image, mountPoint);
    disk.mount();
    return disk;
  }

  private mount(): void {
    run('mount', ['-o', 'loop,errors=remount-ro', this.image, this.mountPoint]);
  }

  /** The loop device's name under /sys/fs/ext4 (loop3). */
  private deviceName(): string {
    return basename(run('findmnt', ['-n', '-o', 'SOURCE', this.mountPoint]).trim());
  }

  /**
   * Aborts the journal as an error in the filesystem does (what the kernel does on a
   * failing disk, and the nearest a test gets to pulling the plug): the filesystem
   * turns read-only at once, and whatever was written but not fsynced never reaches
   * the disk. Metadata the journal had already committed (a rename, a file's size)
   * may still point at data that never arrived.
   */
  abortJournal(): void {
    writeFileSync(`/sys/fs/ext4/${this.deviceName()}/trigger_fs_error`, 'compact-ledger fault test');
  }

  /** Unmounts, repairs with e2fsck -fy as an operator would after the fault, and mounts again: what the disk kept. */
  remountAfterRepair(): void {
    run('umount', [this.mountPoint]);
    try {
      run('e2fsck', ['-fy', this.image]);
    } catch {
      // e2fsck exits 1 when it fixed something: expected after an abort.
    }
    this.mount();
  }

  destroy(): void {
    try {
      run('umount', [this.mountPoint]);
    } catch {
      // Not mounted.
    }
    rmSync(join(this.image, '..'), { recursive: true, force: true });
  }
}

/** A tmpfs of a few hundred kilobytes: a disk that fills up. */
export class SmallTmpfs {
  private constructor(readonly mountPoint: string) {}

  static create(sizeKb: number): SmallTmpfs {
    const mountPoint = mkdtempSync(join(tmpdir(), 'tmpfs-fault-'));
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', mountPoint]);
    return new SmallTmpfs(mountPoint);
  }

  /** Fills what is left with one file (removed to free the space again). */
  fill(): string {
    const filler = join(this.mountPoint, 'filler');
    try {
      run('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k']);
    } catch {
      // dd stops with "No space left on device": the point.
    }
    return filler;
  }

  remountReadOnly(): void {
    run('mount', ['-o', 'remount,ro', this.mountPoint]);
  }

  remountReadWrite(): void {
    run('mount', ['-o', 'remount,rw', this.mountPoint]);
  }

  destroy(): void {
    try {
      run('umount', [this.mountPoint]);
    } catch {
      // Not mounted.
    }
    rmSync(this.mountPoint, { recursive: true, force: true });
  }
}

/** chattr +i (or -i) on every path under `dir`, the directory included: nothing in it can be written, renamed or removed, even by root. */
export function setImmutable(dir: string, immutable: boolean): void {
  run('chattr', ['-R', immutable ? '+i' : '-i', dir]);
}
