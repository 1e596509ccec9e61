import { publicName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { Quote } from '../../../shared/features/quotes/schemas';
import type { SheetChoices, SheetConfirmation } from '../../../shared/features/message-sheet/api';
import { primaryHouse, usableQuotes } from '../../../shared/features/message-sheet/model';
import { allowedNameModes, MAX_SHEET_QUOTES } from '../../../shared/features/message-sheet/options';
import { PAPERS } from '../../../shared/features/message-sheet/paper';

export interface ChoicesInput {
  ambassador: Ambassador;
  houses: readonly MessageHouse[];
  quotes: readonly Quote[];
  hasPhoto: boolean;
  hasLogo: boolean;
  confirmations: SheetConfirmation[];
}

/**
 * What the Message sheet screen may offer for one ambassador: only name modes at least as private as the
 * profile's, the photo only with consent, only approved quotes with consent. Shared by the backend and the
 * renderer's test double, so both offer exactly the same choices.
 */
export function sheetChoices({
  ambassador: a,
  houses,
  quotes,
  hasPhoto,
  hasLogo,
  confirmations,
}: ChoicesInput): SheetChoices {
  const own = houses.filter((h) => h.ambassadorId === a.id);
  const primary = primaryHouse(own, a.id);
  const approved = usableQuotes(quotes, a.id, primary?.id ?? null);
  const blockers: string[] = [];
  if (!primary) blockers.push('There is no primary Message House yet.');
  if (approved.length === 0) blockers.push('There is no approved quote yet.');
  return {
    ambassadorId: a.id,
    profileNameMode: a.nameMode,
    nameModes: allowedNameModes(a.nameMode).map((mode) => ({ mode, publicName: publicName({ ...a, nameMode: mode }) })),
    houses: own.map((h) => ({
      id: h.id,
      title: h.title,
      umbrella: h.umbrella,
      isPrimary: h.isPrimary,
      keyMessageCount: h.pillars.filter((p) => p.message.trim() !== '').length,
    })),
    defaultHouseId: primary?.id ?? null,
    approvedQuotes: approved.map((q) => ({
      id: q.id,
      text: q.text,
      houseId: q.houseId,
      approvedBy: q.approvedBy,
      approvedAt: q.approvedAt,
    })),
    defaultQuoteIds: approved.slice(0, MAX_SHEET_QUOTES).map((q) => q.id),
    photo: { consent: a.photoConsent, hasPhoto, allowed: a.photoConsent && hasPhoto },
    topicsWelcome: a.topicsWelcome.map((t) => t.trim()).filter(Boolean),
    topicsDeclined: a.topicsDeclined.map((t) => t.trim()).filter(Boolean),
    papers: [...PAPERS],
    defaultPaper: 'A4',
    hasLogo,
    ready: blockers.length === 0,
    blockers,
    confirmations,
  };
}
