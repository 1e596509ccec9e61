/** The message sheet: options, model, safeguarding gate, HTML template, text copy and fit check. Pure. */
export { escapeHtml } from './escape';
export { formatLongDate } from './dates';
export { embedImage, toBase64, NOT_AN_IMAGE_LOGO, type EmbeddedImage } from './images';
export { PAPERS, PAPER_SIZES, PX_PER_MM, contentBoxPx, paperSchema, type Paper, type PaperSize } from './paper';
export {
  MAX_SHEET_QUOTES,
  NAME_MODE_PRIVACY,
  allowedNameModes,
  findingIdSchema,
  packOptionsSchema,
  sheetOptionsSchema,
  type PackOptions,
  type SheetOptions,
} from './options';
export {
  REFUSAL_CODES,
  buildSheetModel,
  isUsableQuote,
  primaryHouse,
  safeFileName,
  usableQuotes,
  type RefusalCode,
  type SheetBuild,
  type SheetInputs,
  type SheetKeyMessage,
  type SheetModel,
  type SheetRefusal,
} from './model';
export {
  KIND_LABELS,
  blockingFindings,
  checkSheetPrivacy,
  containsTerm,
  foldForMatch,
  gateRefusalMessage,
  sheetTexts,
  type ConfirmationQuery,
  type GateContext,
  type GateFinding,
  type GateKind,
  type SheetText,
} from './gate';
export {
  SHEET_CSP,
  SHEET_FONT_STACK,
  renderDocument,
  renderPackCoverHtml,
  renderPackCoverPage,
  renderPackHtml,
  renderSheetHtml,
  renderSheetPage,
  type DocumentMeta,
  type PackCoverModel,
} from './html';
export { sheetAsText } from './text';
export {
  collectSheetBoxes,
  fitReport,
  isShortenableField,
  listWords,
  measureSheetFit,
  type BlockBox,
  type FitDocument,
  type FitElement,
  type FitRect,
  type FitReport,
  type SheetBox,
  type SheetFit,
} from './fit';
export type {
  CohortLogo,
  PackEntry,
  PackExport,
  PackProgress,
  PackStage,
  SheetChoices,
  SheetConfirmation,
  SheetExport,
  SheetPreview,
} from './api';
