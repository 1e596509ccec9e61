export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export const CHROMIUM_ARGS: string[];
