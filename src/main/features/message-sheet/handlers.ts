import type { messageSheetChannels } from '../../../shared/features/message-sheet/channels';
import type { PdfDelivery, PrintedPdf } from '../../../shared/features/message-sheet/api';
import { AppError } from '../../../shared/result';
import { displayName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { FeatureHandlers, HandlerCapabilities, HandlerEnv, Viewer } from '../../backend/handler-types';

/** The stamp on a safeguarding confirmation: the person who was at the keyboard, by name ("Sam Okoye (trainer)"). */
function confirmedBy(viewer: Viewer, ambassador: Ambassador): string {
  if (!viewer.trainer) return displayName(ambassador);
  const name = viewer.trainer.name.trim();
  return name ? `${name} (trainer)` : 'A trainer';
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/**
 * A PDF is saved where it was made: the desktop app asks where through its own dialog and writes it from the
 * main process; browser mode sends the bytes back in the answer for the page to download. Either way the
 * bytes never travel back to the backend.
 */
export async function deliver<T extends PrintedPdf>(
  printed: T,
  capabilities: HandlerCapabilities,
): Promise<Omit<T, 'bytes'> & { delivery: PdfDelivery }> {
  const { bytes, ...facts } = printed;
  if (!capabilities.savePdf) return { ...facts, delivery: { mode: 'download', bytes } };
  if (!isPdf(bytes)) throw new AppError('INTERNAL', 'The printer did not produce a PDF, so nothing was saved.');
  let path: string | null;
  try {
    path = await capabilities.savePdf(printed.title, bytes);
  } catch (error) {
    // The PDF was made; only saving it failed. Its own code lets the screen say so (and not offer another printer).
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'NOT_SAVED',
      message || `“${printed.fileName}” was not saved. Try again or choose another folder.`,
    );
  }
  return { ...facts, delivery: { mode: 'saved', path } };
}

export function messageSheetHandlers({
  services: { sheets, ambassadors },
  capabilities,
}: HandlerEnv): FeatureHandlers<typeof messageSheetChannels> {
  return {
    'sheet:options': ({ ambassadorId }) => sheets.choices(ambassadorId),
    'sheet:preview': ({ ambassadorId, options }) => sheets.preview(ambassadorId, options),
    'sheet:text': ({ ambassadorId, options }) => sheets.text(ambassadorId, options),
    'sheet:export': async ({ ambassadorId, options }) =>
      deliver(await sheets.export(ambassadorId, options), capabilities),
    'sheet:confirmPrivateItem': ({ ambassadorId, options, findingId }, { viewer }) =>
      sheets.confirmPrivateItem(ambassadorId, options, findingId, confirmedBy(viewer, ambassadors.get(ambassadorId))),
    'sheet:revokeConfirmation': ({ id }) => sheets.revokeConfirmation(id),
    'sheet:setLogo': ({ cohortId, bytes }) => sheets.setLogo(cohortId, bytes),
    'sheet:removeLogo': ({ cohortId }) => sheets.removeLogo(cohortId),
    'sheet:logo': ({ cohortId }) => sheets.logo(cohortId),
    'sheet:housePicture': async ({ houseId, paper }) =>
      deliver(await sheets.housePicture(houseId, paper), capabilities),
    'pack:export': async ({ cohortId, options }) => deliver(await sheets.exportPack(cohortId, options), capabilities),
    'pack:progress': () => sheets.packProgress(),
  };
}
