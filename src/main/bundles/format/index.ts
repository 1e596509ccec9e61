/** The bundle file format (see ARCHITECTURE.md, "Bundles"): what the bundle service reads and writes. */
export type { BundleContents } from './contents';
export { withHoldings } from './contents';
export { readBundle, readManifest } from './read';
export { writeBundle } from './write';
export { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
export { BundleRefusalError, type BundleRefusal } from './refusals';
