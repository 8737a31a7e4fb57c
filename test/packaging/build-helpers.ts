/** Shared steps of the packaging tests: make sure dist/ is built, make stub Electron executables. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const BUILT = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

/** Runs `npm run build` when its output is missing (CI runs it first; a bare `vitest` run may not have). */
export function ensureBuilt(): void {
  if (BUILT.every((file) => existsSync(file))) return;
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** A folder standing in for Electron's distribution on Linux: electron-builder only copies and renames it. */
export function makeLinuxElectronStub(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stub Electron"\n');
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

/** The resedit library electron-builder itself uses to edit Windows executables (same copy, same version). */
export function loadResedit(): typeof import('resedit') {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
  return fromBuilder('resedit') as typeof import('resedit');
}

/**
 * A minimal valid PE file with a VERSIONINFO resource, named electron.exe: enough for electron-builder to rename
 * it, write the icon and version strings into it, and finish the `--win dir` target offline.
 */
export function makeWindowsElectronStub(dir: string): string {
  const ResEdit = loadResedit();
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  const resources = ResEdit.NtExecutableResource.from(exe);
  const version = ResEdit.Resource.VersionInfo.createEmpty();
  version.setFileVersion(45, 5, 0, 0, 1033);
  version.setProductVersion(45, 5, 0, 0, 1033);
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron', OriginalFilename: 'electron.exe' });
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  return dir;
}
