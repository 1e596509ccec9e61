/**
 * Prints an agenda on exactly one page with the same printer the message sheets use (Chromium through
 * playwright-core, Electron's hidden window, or the tests' stand-in). A long agenda is tried again in smaller
 * type; one that still needs a second page is refused with what to do, never cut off.
 */
import type { Agenda } from '../../../shared/features/agenda/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import { safeFileName } from '../../../shared/features/message-sheet/model';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import type { PrintedPdf } from '../../../shared/features/message-sheet/api';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { countPdfPages, setPdfInfo } from '../../pdf/pdf-file';
import type { PdfPrinter } from '../../pdf/printer';
import { agendaTitle, renderAgendaHtml } from './html';

export interface PrintedAgenda extends PrintedPdf {
  paper: Paper;
  pages: number;
}

/** Full size first, then smaller type: still easy to read on paper at the smallest. */
const SCALES = [1, 0.88, 0.76] as const;

export function createAgendaPrinter(ctx: ServiceContext) {
  const makePrinter = ctx.printer ?? (() => createChromiumPrinter());
  let printer: PdfPrinter | null = null;
  const getPrinter = (): PdfPrinter => (printer ??= makePrinter());

  const pages = (bytes: Uint8Array): number => {
    try {
      return countPdfPages(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('INTERNAL', `The printed agenda could not be checked (${reason}). Nothing was exported.`);
    }
  };

  return {
    async print(
      cohort: Cohort,
      agenda: Agenda,
      { paper, includeNotes }: { paper: Paper; includeNotes: boolean },
    ): Promise<PrintedAgenda> {
      const title = agendaTitle(cohort);
      for (const scale of SCALES) {
        const html = renderAgendaHtml({ cohort, agenda, paper, includeNotes, scale });
        const raw = await getPrinter().print(html, { paper });
        if (pages(raw) !== 1) continue;
        const bytes = setPdfInfo(raw, {
          title,
          author: cohort.organisation,
          creator: 'Ambassador Studio',
          producer: 'Ambassador Studio (Chromium PDF)',
        });
        return { bytes, fileName: safeFileName(title), title, paper, pages: 1 };
      }
      const advice = includeNotes
        ? 'Print it without facilitator notes, or shorten the longest notes.'
        : 'Remove or merge some blocks.';
      throw new AppError('TOO_LARGE', `The agenda does not fit on one page, so it was not exported. ${advice}`);
    },
    async close(): Promise<void> {
      const current = printer;
      printer = null;
      await current?.close();
    },
  };
}
