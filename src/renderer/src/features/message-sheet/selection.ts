/**
 * What the person has chosen on the Message sheet screen, kept apart from the controls so it can be checked
 * against the latest choices (a quote withdrawn, a topic removed from the profile) and remembered per
 * ambassador for the session.
 */
import type { NameMode } from '../../../../shared/features/ambassadors/schemas';
import type { SheetChoices } from '../../../../shared/features/message-sheet/api';
import { MAX_SHEET_QUOTES, type SheetOptions } from '../../../../shared/features/message-sheet/options';
import type { Paper } from '../../../../shared/features/message-sheet/paper';

export interface SheetSelection {
  houseId: string | null;
  quoteIds: string[];
  includePhoto: boolean;
  nameMode: NameMode;
  topicsWelcome: string[];
  topicsDeclined: string[];
  paper: Paper;
}

export function defaultSelection(choices: SheetChoices): SheetSelection {
  return {
    houseId: choices.defaultHouseId,
    quoteIds: choices.defaultQuoteIds.slice(0, MAX_SHEET_QUOTES),
    includePhoto: choices.photo.allowed,
    nameMode: choices.profileNameMode,
    topicsWelcome: [...choices.topicsWelcome],
    topicsDeclined: [...choices.topicsDeclined],
    paper: choices.defaultPaper,
  };
}

function keepKnown(values: unknown, known: readonly string[]): string[] | null {
  if (!Array.isArray(values)) return null;
  const out: string[] = [];
  for (const v of values) if (typeof v === 'string' && known.includes(v) && !out.includes(v)) out.push(v);
  return out;
}

/**
 * Makes a selection (remembered, or from before the choices changed) safe to use with the current choices:
 * anything no longer offered is dropped, never kept; a name mode less private than allowed is impossible.
 */
export function reconcileSelection(
  choices: SheetChoices,
  previous: Partial<Record<keyof SheetSelection, unknown>> | null,
): SheetSelection {
  const base = defaultSelection(choices);
  if (!previous) return base;
  const houseIds = choices.houses.map((h) => h.id);
  const quoteIds = choices.approvedQuotes.map((q) => q.id);
  const modes = choices.nameModes.map((m) => m.mode);
  const houseId =
    typeof previous.houseId === 'string' && houseIds.includes(previous.houseId) ? previous.houseId : base.houseId;
  const quotes = (keepKnown(previous.quoteIds, quoteIds) ?? base.quoteIds).slice(0, MAX_SHEET_QUOTES);
  return {
    houseId,
    // A remembered choice that lost every quote starts again from the suggested ones.
    quoteIds: quotes.length > 0 ? quotes : base.quoteIds,
    includePhoto:
      choices.photo.allowed && (typeof previous.includePhoto === 'boolean' ? previous.includePhoto : base.includePhoto),
    nameMode: modes.find((m) => m === previous.nameMode) ?? base.nameMode,
    topicsWelcome: keepKnown(previous.topicsWelcome, choices.topicsWelcome) ?? base.topicsWelcome,
    topicsDeclined: keepKnown(previous.topicsDeclined, choices.topicsDeclined) ?? base.topicsDeclined,
    paper: choices.papers.find((p) => p === previous.paper) ?? base.paper,
  };
}

/**
 * The options for sheet:preview and sheet:export, or null when no sheet can be made from this selection
 * (no house, or every quote left out). Every field is sent explicitly so what is previewed is what is printed.
 */
export function toSheetOptions(selection: SheetSelection): SheetOptions | null {
  if (selection.houseId === null || selection.quoteIds.length === 0) return null;
  return {
    houseId: selection.houseId,
    quoteIds: selection.quoteIds,
    includePhoto: selection.includePhoto,
    nameMode: selection.nameMode,
    topicsWelcome: selection.topicsWelcome,
    topicsDeclined: selection.topicsDeclined,
    paper: selection.paper,
  };
}

/** Keeps the profile's order when a topic is ticked again. */
export function inProfileOrder(values: readonly string[], order: readonly string[]): string[] {
  return order.filter((item) => values.includes(item));
}

const storageKey = (ambassadorId: string) => `ambassador-studio.sheet.${ambassadorId}`;

/** The remembered selection for this ambassador (this session only), or null. */
export function loadSelection(ambassadorId: string): Partial<Record<keyof SheetSelection, unknown>> | null {
  try {
    const raw = sessionStorage.getItem(storageKey(ambassadorId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Partial<Record<keyof SheetSelection, unknown>>)
      : null;
  } catch {
    return null;
  }
}

export function saveSelection(ambassadorId: string, selection: SheetSelection): void {
  try {
    sessionStorage.setItem(storageKey(ambassadorId), JSON.stringify(selection));
  } catch {
    // Not remembered; the screen still works.
  }
}
