/**
 * The Message House picture as a one-page PDF, for the wall of the training room. Printed through the same
 * printer as the sheet, in the largest type that fits one page (a house with a lot to say gets smaller type);
 * one that fits on no page is refused with what to shorten.
 */
import { publicName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { PrintedPdf } from '../../../shared/features/message-sheet/api';
import { safeFileName } from '../../../shared/features/message-sheet/model';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import { AppError } from '../../../shared/result';
import { renderHousePictureHtml } from './house-picture-html';

/** Type scales to try, largest first: large to read from across the room; long proof points need smaller type. */
const HOUSE_SCALES = [1.5, 1.25, 1, 0.86, 0.74] as const;

export interface HousePictureDeps {
  house(id: string): MessageHouse | undefined;
  ambassador(id: string): Ambassador | undefined;
  cohort(id: string): Cohort | undefined;
  print(html: string, paper: Paper): Promise<Uint8Array>;
  pageCount(bytes: Uint8Array): number;
  withInfo(bytes: Uint8Array, title: string, author: string): Uint8Array;
}

export type PrintedHousePicture = PrintedPdf & { paper: Paper; pages: number };

export function createHousePicturePrinter(deps: HousePictureDeps) {
  return async (houseId: string, paper: Paper = 'A4'): Promise<PrintedHousePicture> => {
    const house = deps.house(houseId);
    if (!house) throw new AppError('NOT_FOUND', 'That Message House does not exist or was deleted.');
    if (house.template !== 'house') {
      throw new AppError(
        'VALIDATION',
        'This one is a Message Box, which has no house picture. Print its message sheet instead.',
      );
    }
    const owner = deps.ambassador(house.ambassadorId);
    if (!owner) throw new AppError('NOT_FOUND', 'The ambassador this Message House belongs to was deleted.');
    const organisation = (owner.cohortId ? deps.cohort(owner.cohortId)?.organisation : '')?.trim() ?? '';
    const name = publicName(owner);
    const title = house.title.trim() || `${name}'s Message House`;
    const model = { paper, title, publicName: name, organisation, house };
    for (const scale of HOUSE_SCALES) {
      const raw = await deps.print(renderHousePictureHtml(model, scale), paper);
      if (deps.pageCount(raw) !== 1) continue;
      const pdfTitle = `Message House - ${title}`;
      return {
        bytes: deps.withInfo(raw, pdfTitle, organisation),
        fileName: safeFileName(pdfTitle),
        title: pdfTitle,
        paper,
        pages: 1,
      };
    }
    throw new AppError(
      'TOO_LARGE',
      'The Message House does not fit on one page even in small type, so it was not exported. Shorten the longest proof points and try again.',
    );
  };
}
