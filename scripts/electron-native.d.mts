export interface ElectronSqlitePaths {
  sourceDir: string;
  dir: string;
  moduleDir: string;
  bindingPath: string;
  devDir: string;
}
export interface Command {
  command: string;
  args: string[];
  cwd: string;
  shell?: boolean;
}
export function electronSqlitePaths(root: string, electronVersion: string): ElectronSqlitePaths;
export function isBuilt(
  paths: ElectronSqlitePaths,
  exists?: (path: string) => boolean,
  versionOf?: (packageDir: string) => string | undefined,
): boolean;
export function shouldCopy(sourceDir: string, path: string): boolean;
export function prebuildInstallCommand(options: {
  root: string;
  moduleDir: string;
  electronVersion: string;
  arch: string;
  platform: string;
  execPath?: string;
}): Command;
export function nodeGypCommand(options: {
  root: string;
  moduleDir: string;
  devDir: string;
  electronVersion: string;
  arch: string;
  env?: NodeJS.ProcessEnv;
  execPath?: string;
  exists?: (path: string) => boolean;
}): Command;
export function ensureElectronSqlite(options?: {
  root: string;
  arch?: string;
  platform?: string;
  log?: (line: string) => void;
  run?: (cmd: Command) => { status: number | null; stderr?: string; error?: Error };
}): string;
