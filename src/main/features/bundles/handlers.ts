import type { bundleChannels } from '../../../shared/features/bundles/channels';
import type { BundleDelivery, BundleExport } from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import type { FeatureHandlers, HandlerCapabilities, HandlerEnv } from '../../backend/handler-types';
import type { ExportedBundles } from './service';

/**
 * A bundle is saved where it was made, like a PDF: the desktop app asks where through its own save window and
 * writes it from the main process; browser mode sends the bytes back for the page to download.
 */
async function deliver(exported: ExportedBundles, capabilities: HandlerCapabilities): Promise<BundleExport> {
  const delivered: BundleDelivery[] = [];
  for (const { fileName, bytes } of exported.files) {
    if (!capabilities.saveFile) {
      delivered.push({ mode: 'download', fileName, bytes });
      continue;
    }
    try {
      delivered.push({ mode: 'saved', path: await capabilities.saveFile(fileName, bytes), fileName });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new AppError('NOT_SAVED', message || `“${fileName}” was not saved. Try again or choose another folder.`);
    }
  }
  return { files: delivered, manifest: exported.manifest };
}

export function bundleHandlers({
  services: { bundles },
  capabilities,
}: HandlerEnv): FeatureHandlers<typeof bundleChannels> {
  return {
    'bundle:exportWork': async (input) => deliver(await bundles.exportWork(input), capabilities),
    'bundle:exportFeedback': async (input) => deliver(await bundles.exportFeedback(input), capabilities),
    'bundle:exportCohort': async (input) => deliver(await bundles.exportCohort(input), capabilities),
    'bundle:exportEverything': async (input) => deliver(await bundles.exportEverything(input), capabilities),
    'bundle:inspect': (input) => bundles.inspect(input),
    // The permission table let an ambassador through only on their own laptop: then only their own feedback.
    'bundle:import': (input, { viewer }) =>
      bundles.importBundle({
        ...input,
        ...(viewer.trainer || !viewer.ambassadorId ? {} : { onlyFeedbackFor: viewer.ambassadorId }),
      }),
    'bundle:conflicts': () => bundles.conflicts(),
    'bundle:resolveConflict': (input) => bundles.resolveConflict(input),
  };
}
