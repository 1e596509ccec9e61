import type { SheetPreview } from '../../../shared/features/message-sheet/api';
import { blockingFindings, type GateFinding } from '../../../shared/features/message-sheet/gate';
import { renderSheetHtml } from './html';
import { safeFileName, type SheetModel } from '../../../shared/features/message-sheet/model';
import { contentBoxPx, PAPER_SIZES } from '../../../shared/features/message-sheet/paper';

/** What the Message sheet screen shows for a prepared sheet: the exact HTML that prints, and the page box to measure it against. */
export function sheetPreview(model: SheetModel, findings: GateFinding[]): SheetPreview {
  const size = PAPER_SIZES[model.paper];
  return {
    html: renderSheetHtml(model),
    model,
    findings,
    blocked: blockingFindings(findings).length > 0,
    fileName: safeFileName(model.title),
    page: {
      paper: model.paper,
      widthMm: size.widthMm,
      heightMm: size.heightMm,
      marginMm: size.marginMm,
      contentHeightPx: Math.round(contentBoxPx(model.paper).height * 100) / 100,
    },
  };
}
