/**
 * Where the built files are, given app.getAppPath(): the project folder when started with `electron .`, the
 * app.asar archive when packaged. Both hold the same dist/ layout, so one set of paths serves both.
 */
import { join } from 'node:path';

export interface AppPaths {
  preload: string;
  rendererDir: string;
  /** The window icon, or undefined to use the executable's own icon (the packaged app on Windows). */
  icon: string | undefined;
}

/** Resolves the paths of the built app; `exists` is injected so the rule can be tested without files. */
export function resolveAppPaths(appPath: string, exists: (path: string) => boolean): AppPaths {
  // assets/ is not packaged (the installer gives the .exe its icon); it is there when running from the project.
  const icon = join(appPath, 'assets', 'icon.png');
  return {
    preload: join(appPath, 'dist', 'electron', 'preload.cjs'),
    rendererDir: join(appPath, 'dist', 'renderer'),
    icon: exists(icon) ? icon : undefined,
  };
}

/**
 * Folder name of the user's data (under %APPDATA% on Windows). Fixed here rather than derived from the product
 * name, so renaming the product never orphans the IndexedDB database stored inside it.
 */
export const USER_DATA_FOLDER = 'SoTayKetLuan';

/** The Windows application id: notifications need it, and it matches appId in electron-builder.yml. */
export const APP_USER_MODEL_ID = 'vn.sotayketluan.app';
