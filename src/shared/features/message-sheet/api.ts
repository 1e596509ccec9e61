/**
 * What the sheet and press-pack channels return (contract.ts names these as output types). The Message
 * sheet screen is built on them: sheet:options to fill the choices, sheet:preview for the live preview and
 * the safeguarding findings, sheet:export for the PDF, pack:export and pack:progress for the press pack.
 */
import type { NameMode } from '../ambassadors/schemas';
import type { GateFinding, GateKind } from './gate';
import type { SheetModel } from './model';
import type { Paper } from './paper';

export interface SheetConfirmation {
  id: string;
  ambassadorId: string;
  /** The finding it confirms (`<field>:<kind>:<index>`). */
  findingId: string;
  field: string;
  label: string;
  kind: GateKind;
  /** Who was at the keyboard, by name: the ambassador ("Amira Haddad") or a trainer ("Sam Okoye (trainer)"). */
  confirmedBy: string;
  confirmedAt: string;
}

export interface SheetChoices {
  ambassadorId: string;
  /** The profile's name mode and the modes the sheet may use instead (never a less private one). */
  profileNameMode: NameMode;
  nameModes: Array<{ mode: NameMode; publicName: string }>;
  houses: Array<{ id: string; title: string; umbrella: string; isPrimary: boolean; keyMessageCount: number }>;
  /** The primary house, or null when there is none (the sheet cannot be made yet). */
  defaultHouseId: string | null;
  /** Approved quotes with consent, linked to the primary house first. */
  approvedQuotes: Array<{
    id: string;
    text: string;
    houseId: string | null;
    approvedBy: string | null;
    approvedAt: string | null;
  }>;
  defaultQuoteIds: string[];
  photo: { consent: boolean; hasPhoto: boolean; /** Offer "include photo" only when true. */ allowed: boolean };
  topicsWelcome: string[];
  topicsDeclined: string[];
  papers: Paper[];
  defaultPaper: Paper;
  hasLogo: boolean;
  /** False with reasons (no primary house, no approved quote) when no sheet can be made yet. */
  ready: boolean;
  blockers: string[];
  confirmations: SheetConfirmation[];
}

export interface SheetPreview {
  /** The complete document that will print; show it in `<iframe sandbox="allow-same-origin" srcdoc>`. */
  html: string;
  model: SheetModel;
  /** Safeguarding findings; export is refused while any has `confirmed: false`. */
  findings: GateFinding[];
  blocked: boolean;
  /** The default file name for saving, e.g. "Message sheet - Amira Haddad.pdf". */
  fileName: string;
  page: { paper: Paper; widthMm: number; heightMm: number; marginMm: number; contentHeightPx: number };
}

/**
 * Where a printed PDF went. The desktop app saves it where it was made, through its own save window (path,
 * or null when the window was closed); browser mode sends the bytes back for the page to download.
 */
export type PdfDelivery = { mode: 'saved'; path: string | null } | { mode: 'download'; bytes: Uint8Array };

/** A PDF as printed by the backend, before it is saved or sent back for download. */
export interface PrintedPdf {
  bytes: Uint8Array;
  fileName: string;
  title: string;
}

export interface SheetExport {
  delivery: PdfDelivery;
  fileName: string;
  title: string;
  paper: Paper;
  pages: number;
}

export interface PackEntry {
  ambassadorId: string;
  publicName: string;
}

export interface PackExport {
  delivery: PdfDelivery;
  fileName: string;
  title: string;
  paper: Paper;
  /** Cover plus one page per included ambassador. */
  pages: number;
  included: PackEntry[];
  /** Ambassadors left out, each with the reason in one sentence. */
  skipped: Array<PackEntry & { reason: string }>;
}

export type PackStage = 'idle' | 'preparing' | 'printing' | 'checking' | 'done' | 'failed';

export interface PackProgress {
  running: boolean;
  stage: PackStage;
  /** Ambassadors looked at so far, of total (while preparing); pages while printing. */
  done: number;
  total: number;
  message: string;
}

export interface CohortLogo {
  cohortId: string;
  hasLogo: boolean;
  mime: string | null;
}
