/**
 * Packages the built app with electron-builder (offline: a stub stands in for the Electron binary) and checks what
 * went into app.asar, plus the Windows executable's icon and version strings.
 */
import { extractFile, listPackage } from '@electron/asar';
import { build, Platform, Arch } from 'electron-builder';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadResedit, makeLinuxElectronStub, makeWindowsElectronStub } from './build-helpers.js';

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'packaging-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pack(platform: Platform, electronDist: string, output: string): Promise<void> {
  await build({
    projectDir: process.cwd(),
    targets: platform.createTarget('dir', Arch.x64),
    publish: 'never',
    // Merged over electron-builder.yml: everything else is the real configuration.
    config: { electronDist, npmRebuild: false, directories: { output } },
  });
}

function checkArchive(asarPath: string): void {
  const entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']) {
    expect(entries, file).toContain(file);
  }
  expect(entries.filter((entry) => entry.includes('node_modules'))).toEqual([]);
  expect(entries.filter((entry) => /^\/(src|test|renderer|electron|scripts|bench|assets)(\/|$)/.test(entry))).toEqual([]);
  expect(entries.filter((entry) => /\.(ts|tsx|map)$/.test(entry))).toEqual([]);
  // Nothing but the build output and package.json.
  expect(entries.filter((entry) => entry !== '/package.json' && entry !== '/dist' && !entry.startsWith('/dist/electron') && !entry.startsWith('/dist/renderer'))).toEqual([]);

  const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
  expect(manifest.main).toBe('dist/electron/main.cjs');
  // A sandboxed preload cannot load other files: it must be one bundle needing only 'electron'.
  const preload = extractFile(asarPath, 'dist/electron/preload.cjs').toString('utf8');
  expect([...new Set([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]))]).toEqual(['electron']);
  // The renderer libraries are bundled, so the archive stays small (3 MB measured; 30+ MB if node_modules slip in).
  expect(statSync(asarPath).size).toBeLessThan(15 * 1024 * 1024);
}

describe('packaged app (linux dir target, stub Electron)', () => {
  it('puts exactly the built app into app.asar', async () => {
    const output = join(work, 'linux');
    await pack(Platform.LINUX, makeLinuxElectronStub(join(work, 'electron-linux')), output);
    const appDir = join(output, 'linux-unpacked');
    expect(existsSync(join(appDir, 'SoTayKetLuan'))).toBe(true);
    checkArchive(join(appDir, 'resources', 'app.asar'));
  });
});

describe('packaged app (win dir target, stub electron.exe)', () => {
  it('names the executable, embeds the icon and the Vietnamese product name', async () => {
    const output = join(work, 'win');
    await pack(Platform.WINDOWS, makeWindowsElectronStub(join(work, 'electron-win')), output);
    const appDir = join(output, 'win-unpacked');
    checkArchive(join(appDir, 'resources', 'app.asar'));

    const ResEdit = loadResedit();
    const exe = ResEdit.NtExecutable.from(readFileSync(join(appDir, 'SoTayKetLuan.exe')));
    const resources = ResEdit.NtExecutableResource.from(exe);
    const icons = ResEdit.Resource.IconGroupEntry.fromEntries(resources.entries).flatMap((group) => group.icons.map((icon) => icon.width || 256));
    expect(icons.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const [version] = ResEdit.Resource.VersionInfo.fromEntries(resources.entries);
    const language = version?.getAllLanguagesForStringValues()[0];
    if (version === undefined || language === undefined) throw new Error('no VERSIONINFO in the executable');
    const { version: appVersion } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.getStringValues(language)).toMatchObject({
      ProductName: 'Sổ tay Kết luận',
      FileDescription: 'Sổ tay Kết luận',
      InternalName: 'SoTayKetLuan',
      FileVersion: appVersion,
    });
  });
});
