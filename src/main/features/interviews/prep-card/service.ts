/**
 * Prints one interview request's prep card on exactly one page with the printer the message sheet and agenda use
 * (Chromium through playwright-core, Electron's hidden window, or the tests' stand-in). A long card is printed
 * again in smaller type, then without the proof points; one that still needs a second page is refused with what
 * to shorten, never cut off. The request is read through `PrepCardSource`, so the interviews service owns it.
 */
import type { InterviewRequest, SuggestedQuestion } from '../../../../shared/features/interviews/schemas';
import type { PrintedPdf } from '../../../../shared/features/message-sheet/api';
import { primaryHouse, safeFileName } from '../../../../shared/features/message-sheet/model';
import type { Paper } from '../../../../shared/features/message-sheet/paper';
import { AppError } from '../../../../shared/result';
import type { ServiceContext } from '../../../backend/context';
import { createChromiumPrinter } from '../../../pdf/chromium-printer';
import { countPdfPages, setPdfInfo } from '../../../pdf/pdf-file';
import type { PdfPrinter } from '../../../pdf/printer';
import { createAmbassadorRepository } from '../../ambassadors/repository';
import { createHouseRepository } from '../../key-messages/repository';
import { renderPrepCardHtml, type PrepCardLayout } from './html';
import { prepCardModel, type PrepCardModel } from './model';
import { assertNothingPrivate } from './privacy';

/** Where the card's request and its suggested questions come from (the interviews service). */
export interface PrepCardSource {
  /** The request, or an AppError NOT_FOUND. */
  get(id: string): InterviewRequest;
  /** Suggested questions for the request; only hostile ones with a bridge hint are used. */
  suggest(id: string): readonly SuggestedQuestion[];
}

export interface PrintedPrepCard extends PrintedPdf {
  paper: Paper;
  pages: number;
}

/**
 * Largest first: a short card is printed in larger type rather than leaving half the page empty; proof points go
 * before the type gets smaller than 0.8 (still readable on paper at arm's length).
 */
export const PREP_CARD_LAYOUTS: readonly PrepCardLayout[] = [
  { scale: 1.2, showProofs: true },
  { scale: 1.1, showProofs: true },
  { scale: 1, showProofs: true },
  { scale: 0.9, showProofs: true },
  { scale: 0.8, showProofs: true },
  { scale: 0.8, showProofs: false },
  { scale: 0.72, showProofs: false },
];

const PROFILE_NEEDS_REPAIR =
  'Part of this profile was stored in a form the app cannot read, so its private details cannot be checked and no prep card was made. Repair it first (Settings, Repair).';

export function createPrepCardService(ctx: ServiceContext, source: PrepCardSource) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const houses = ctx.repo(createHouseRepository);
  const makePrinter = ctx.printer ?? (() => createChromiumPrinter());
  let printer: PdfPrinter | null = null;
  const getPrinter = (): PdfPrinter => (printer ??= makePrinter());

  const pages = (bytes: Uint8Array): number => {
    try {
      return countPdfPages(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('INTERNAL', `The printed prep card could not be checked (${reason}). Nothing was exported.`);
    }
  };

  /** The card's model, refused when the profile cannot be read whole or a printed text gives something private away. */
  const model = (id: string, paper: Paper): PrepCardModel => {
    const request = source.get(id);
    const ambassador = ambassadors.get(request.ambassadorId);
    if (!ambassador) throw new AppError('NOT_FOUND', 'The ambassador of this interview request no longer exists.');
    if (ambassador.needsRepair) throw new AppError('CONFLICT', PROFILE_NEEDS_REPAIR);
    const house = primaryHouse(houses.list(ambassador.id), ambassador.id);
    const built = prepCardModel({
      request,
      ambassador,
      // A house that needs repair is left off: only text the app could read whole is printed.
      house: house && !house.needsRepair ? house : null,
      suggested: source.suggest(id),
      paper,
      now: ctx.clock.now(),
    });
    assertNothingPrivate(built, ambassador);
    return built;
  };

  return {
    model,
    async print(id: string, paper: Paper): Promise<PrintedPrepCard> {
      const card = model(id, paper);
      for (const layout of PREP_CARD_LAYOUTS) {
        const raw = await getPrinter().print(renderPrepCardHtml(card, layout), { paper });
        if (pages(raw) !== 1) continue;
        const bytes = setPdfInfo(raw, {
          title: card.title,
          author: card.limits.namedAs,
          creator: 'Ambassador Studio',
          producer: 'Ambassador Studio (Chromium PDF)',
        });
        return { bytes, fileName: safeFileName(card.title), title: card.title, paper, pages: 1 };
      }
      throw new AppError(
        'TOO_LARGE',
        'The prep card does not fit on one page, so it was not exported. Shorten the angle or the list of topics off limits, or the longest key message.',
      );
    },
    async close(): Promise<void> {
      const current = printer;
      printer = null;
      await current?.close();
    },
  };
}

export type PrepCardService = ReturnType<typeof createPrepCardService>;
