import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      // Bundle encryption (src/main/bundles/format) is ESM-only: bundled into main's CommonJS output rather
      // than left for require(), which older Node versions and the packaged app's loader may refuse.
      externalizeDeps: { exclude: ['age-encryption', '@noble/ciphers', '@noble/hashes'] },
      rollupOptions: {
        input: {
          // Electron's main process.
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // Browser mode: the same backend behind a loopback HTTP server (no electron import).
          web: resolve(__dirname, 'src/main/web/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; the initial download budget assumes minified code.
      minify: true,
      // The initial download is measured against its budget by `npm run bench`; Vite's generic warning adds nothing.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
