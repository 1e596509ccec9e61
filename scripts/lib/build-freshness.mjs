import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file below dir (0 when it does not exist). */
export function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** The build needs redoing when any output is missing or any source, resource or config is newer than it. */
export function buildIsStale(root) {
  const outputs = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map(
    (p) => join(root, p),
  );
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = [join(root, 'src'), join(root, 'resources')].map(newestMtime);
  const configs = ['electron.vite.config.ts', 'package.json'].map((p) =>
    existsSync(join(root, p)) ? statSync(join(root, p)).mtimeMs : 0,
  );
  return Math.max(...inputs, ...configs) > built;
}

/**
 * Builds the app with electron-vite when the build is missing or older than its sources; exits the process
 * with the build's status when the build fails. The one place `npm start`, `npm run web` and `npm run bench`
 * build from.
 */
export function buildIfStale(root, message = 'Building Ambassador Studio (first run or sources changed)…') {
  if (!buildIsStale(root)) return;
  console.log(message);
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) {
    console.error('ambassador-studio: the build failed; see the errors above.');
    process.exit(build.status ?? 1);
  }
}
