export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };
export function findElectronBinary(options: {
  root: string;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  read?: (path: string) => string;
}): ElectronBinary;
export function readElectronVersion(root: string, read?: (path: string) => string): string;
export const BROWSER_FALLBACK_MESSAGE: string;
