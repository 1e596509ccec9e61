/**
 * Printing the whole press pack and checking its page count. The contents cover lists each sheet's page, so
 * it must know how many pages it takes itself: the pack is printed assuming one cover page (true for most
 * cohorts, one print), and only when the count is off is the cover printed alone to learn its length, then the
 * pack printed again with the right page numbers. A count that is still off means a sheet spilled over.
 */
import type { PackProgress } from '../../../shared/features/message-sheet/api';
import type { SheetModel } from '../../../shared/features/message-sheet/model';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import { renderPackCoverHtml, renderPackHtml, type PackCoverModel } from './pack-html';

export interface PackPrintDeps {
  print(html: string, paper: Paper): Promise<Uint8Array>;
  pageCount(bytes: Uint8Array): number;
  progress(next: PackProgress): void;
}

export interface PackPrintInput {
  cover: PackCoverModel;
  sheets: ReadonlyArray<{ model: SheetModel; scale: number }>;
  paper: Paper;
  /** The cover's length from an earlier print of this pack, if known. */
  coverPages?: number;
}

export interface PackPrint {
  raw: Uint8Array;
  pages: number;
  /** Cover pages plus one page per sheet. */
  wanted: number;
  coverPages: number;
}

async function printWith(deps: PackPrintDeps, input: PackPrintInput, coverPages: number): Promise<PackPrint> {
  const html = renderPackHtml(
    input.cover,
    input.sheets.map((s) => s.model),
    { coverPages, scales: input.sheets.map((s) => s.scale) },
  );
  const wanted = coverPages + input.sheets.length;
  deps.progress({ running: true, stage: 'printing', done: 0, total: wanted, message: `Printing ${wanted} pages…` });
  const raw = await deps.print(html, input.paper);
  deps.progress({
    running: true,
    stage: 'checking',
    done: wanted,
    total: wanted,
    message: 'Checking every sheet is one page…',
  });
  return { raw, pages: deps.pageCount(raw), wanted, coverPages };
}

/** The cover alone, printed until the page numbers it shows agree with its own length. */
async function countCoverPages(deps: PackPrintDeps, input: PackPrintInput, start: number): Promise<number> {
  let pages = start;
  for (let tries = 0; tries < 3; tries += 1) {
    const counted = deps.pageCount(await deps.print(renderPackCoverHtml(input.cover, pages), input.paper));
    if (counted === pages) break;
    pages = counted;
  }
  return pages;
}

export async function printPack(deps: PackPrintDeps, input: PackPrintInput): Promise<PackPrint> {
  const first = await printWith(deps, input, input.coverPages ?? 1);
  if (first.pages === first.wanted) return first;
  const coverPages = await countCoverPages(deps, input, first.coverPages);
  return coverPages === first.coverPages ? first : printWith(deps, input, coverPages);
}
