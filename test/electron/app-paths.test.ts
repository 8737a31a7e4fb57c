import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/app-paths.js';

describe('app paths', () => {
  it('finds the built files under the app path, packaged or not', () => {
    for (const appPath of ['/home/u/so-tay', 'C:\\Program Files\\Sổ tay Kết luận\\resources\\app.asar']) {
      const paths = resolveAppPaths(appPath, () => true);
      expect(paths.preload).toBe(join(appPath, 'dist', 'electron', 'preload.cjs'));
      expect(paths.rendererDir).toBe(join(appPath, 'dist', 'renderer'));
      expect(paths.icon).toBe(join(appPath, 'assets', 'icon.png'));
    }
  });

  it('leaves the icon to the executable when assets/ is not there', () => {
    expect(resolveAppPaths('/x/app.asar', () => false).icon).toBeUndefined();
  });
});
