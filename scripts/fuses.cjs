// electron-builder afterPack hook: flips Electron's fuses in the packed binary, before signing
// (electron-builder signs after this hook). Fuses are compile-time switches baked into the executable, so
// they hold even if someone launches the installed app with extra flags or environment variables.
// Development runs (npm start) use the unmodified binary from node_modules.

const loadFuses = () => import('@electron/fuses');
const loadPath = () => import('node:path');

// electron-builder's Arch enum values (builder-util): arm64 = 3, universal = 4.
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/** Where the packed Electron executable is, per platform (the same rule electron-builder uses). */
async function electronBinaryPath(context) {
  const path = await loadPath();
  const { appOutDir, electronPlatformName, packager } = context;
  const ext = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[electronPlatformName];
  if (ext === undefined) throw new Error(`fuses: unknown platform ${electronPlatformName}`);
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${ext}`);
}

async function fuseConfig(context) {
  const { FuseV1Options, FuseVersion } = await loadFuses();
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Changing the binary breaks an Apple Silicon ad-hoc signature; re-sign ad hoc so an unsigned build still runs.
    resetAdHocDarwinSignature: isMac && (context.arch === ARCH_ARM64 || context.arch === ARCH_UNIVERSAL),
    // ELECTRON_RUN_AS_NODE would turn the app into a general Node runtime.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app code must be the signed app.asar, unmodified (validation works on macOS and Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served over app://, so file:// needs none of its legacy privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

async function afterPack(context) {
  const { flipFuses } = await loadFuses();
  const path = await loadPath();
  const binary = await electronBinaryPath(context);
  await flipFuses(binary, await fuseConfig(context));
  console.log(`  • fuses set on ${path.relative(process.cwd(), binary)}`);
}

module.exports = { afterPack, default: afterPack, electronBinaryPath, fuseConfig };
