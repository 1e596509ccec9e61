import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where browser mode and the CLI keep data when no --data-dir is given: AMBASSADOR_STUDIO_DATA_DIR, else the
 * platform's per-user data folder (the same place Electron's userData points to on each OS).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.AMBASSADOR_STUDIO_DATA_DIR) return env.AMBASSADOR_STUDIO_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Ambassador Studio');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Ambassador Studio');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'ambassador-studio');
}
