/**
 * Message sheets and the cohort press pack. Builds the privacy-safe model from the database, runs the
 * safeguarding gate, renders the one template and prints it with the injected printer (Chromium through
 * playwright-core in browser mode and the CLI; a hidden window in Electron; a fake in tests). A printed sheet
 * is checked to be exactly one page; the PDF's information dictionary is set to the sheet's title and the
 * organisation, with nothing else in it.
 */
import { createHash } from 'node:crypto';
import { displayName, publicName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import { AppError, type ErrorCode, type FieldIssue } from '../../../shared/result';
import type {
  PrintedPdf,
  SheetChoices,
  SheetConfirmation,
  SheetExport,
  SheetPreview,
} from '../../../shared/features/message-sheet/api';

/** A printed message sheet: the PDF and its page facts. */
export type PrintedSheet = Omit<SheetExport, 'delivery'> & PrintedPdf;
import { isShortenableField, listWords } from '../../../shared/features/message-sheet/fit';
import {
  blockingFindings,
  checkSheetPrivacy,
  checkTextsPrivacy,
  cohortTexts,
  gateRefusalMessage,
  sheetTexts,
  type CohortPrint,
  type ConfirmationQuery,
  type GateFinding,
} from '../../../shared/features/message-sheet/gate';
import { renderSheetHtml } from './html';
import { sheetScale, SHEET_STANDARD_SCALE } from './layout';
import {
  buildSheetModel,
  safeFileName,
  type RefusalCode,
  type SheetModel,
} from '../../../shared/features/message-sheet/model';
import type { SheetOptions } from '../../../shared/features/message-sheet/options';
import { sheetPreview } from './preview';
import { sheetChoices } from './choices';
import { sheetAsText } from './text';
import { sheetSources } from './sources';
import { createSheetRepository, type StoredConfirmation } from './repository';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { countPdfPages, PdfFormatError, setPdfInfo } from '../../pdf/pdf-file';
import type { PdfPrinter } from '../../pdf/printer';
import type { ServiceContext } from '../../backend/context';
import { createLogoService } from './logos';
import { createPackExporter } from './press-pack';
import { createHousePicturePrinter } from './house-picture';

const REFUSAL_ERROR: Readonly<Record<RefusalCode, ErrorCode>> = {
  NO_PRIMARY_HOUSE: 'CONFLICT',
  HOUSE_NOT_FOUND: 'NOT_FOUND',
  HOUSE_EMPTY: 'CONFLICT',
  NO_APPROVED_QUOTE: 'CONFLICT',
  QUOTE_NOT_USABLE: 'CONFLICT',
  NAME_MODE_LESS_PRIVATE: 'VALIDATION',
  PHOTO_NOT_ALLOWED: 'FORBIDDEN',
  NO_PHOTO: 'NOT_FOUND',
  TOPIC_NOT_IN_PROFILE: 'VALIDATION',
  LOGO_NOT_IMAGE: 'UNSUPPORTED',
};

/** The generic stamp older versions gave a confirmation made in the ambassador's own window. */
const LEGACY_AMBASSADOR_STAMP = 'Ambassador';

/** What the PDF's information dictionary says made it: the app, never a user agent or a machine name. */
const PROFILE_NEEDS_REPAIR =
  'Part of this profile was stored in a form the app cannot read, so its private details and declined topics cannot be checked and no sheet was made. Repair it first (Settings, Repair).';

const PDF_CREATOR = 'Ambassador Studio';
const PDF_PRODUCER = 'Ambassador Studio (Chromium PDF)';

function sha256(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** Whether a confirmation is recorded for exactly this finding: same field and kind, same detail, same text. */
function isRecorded(ambassadorId: string, recorded: readonly StoredConfirmation[], query: ConfirmationQuery): boolean {
  const valueHash = sha256(ambassadorId, query.value);
  const textHash = sha256(query.text);
  return recorded.some(
    (c) => c.field === query.field && c.kind === query.kind && c.valueHash === valueHash && c.textHash === textHash,
  );
}

export function createSheetService(ctx: ServiceContext) {
  const repos = sheetSources(ctx);
  const store = ctx.repo(createSheetRepository);
  const makePrinter = ctx.printer ?? (() => createChromiumPrinter());
  let printer: PdfPrinter | null = null;
  const getPrinter = (): PdfPrinter => (printer ??= makePrinter());
  const logos = createLogoService(ctx, repos, store);

  const requireAmbassador = (id: string): Ambassador => {
    const found = repos.ambassadors.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return found;
  };
  const requireCohort = (id: string): Cohort => {
    const found = repos.cohorts.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return found;
  };

  const photoBytes = (ambassadorId: string): Uint8Array | null => {
    const mediaId = repos.ambassadors.photoMediaId(ambassadorId);
    return (mediaId ? repos.media.get(mediaId)?.bytes : undefined) ?? null;
  };

  /** Model plus gate findings; a refusal becomes an AppError with a message that says what to do. */
  const prepare = (
    ambassador: Ambassador,
    options: SheetOptions,
    extra: { logo?: Uint8Array | null; onQuery?: (q: ConfirmationQuery) => void } = {},
  ): { model: SheetModel; findings: GateFinding[] } => {
    // A profile the app could not fully read may have lost its private details or declined topics on the way:
    // nothing can be checked against them, so no sheet is made until it is repaired.
    if (ambassador.needsRepair) throw new AppError('CONFLICT', PROFILE_NEEDS_REPAIR);
    const cohort = ambassador.cohortId ? (repos.cohorts.get(ambassador.cohortId) ?? null) : null;
    const built = buildSheetModel({
      ambassador,
      cohort,
      // A house or quote that needs repair is left off: only text the app could read whole is printed.
      houses: repos.houses.list(ambassador.id).filter((h) => !h.needsRepair),
      quotes: repos.quotes.listByAmbassador(ambassador.id).filter((q) => !q.needsRepair),
      photo: photoBytes(ambassador.id),
      logo: extra.logo !== undefined ? extra.logo : logos.bytes(cohort?.id ?? null),
      options,
      now: ctx.clock.now(),
    });
    if (!built.ok) throw new AppError(REFUSAL_ERROR[built.refusal.code], built.refusal.message);

    const stored = store.confirmations(ambassador.id);
    const honoured =
      options.confirmedPrivateItems === undefined
        ? stored
        : stored.filter((c) => options.confirmedPrivateItems?.includes(c.id));
    if (options.confirmedPrivateItems) {
      const unknown = options.confirmedPrivateItems.filter((id) => !stored.some((c) => c.id === id));
      if (unknown.length > 0)
        throw new AppError('NOT_FOUND', 'A confirmation given for this sheet is not recorded for this ambassador.');
    }
    const findings = checkSheetPrivacy(built.model, ambassador, (query) => {
      extra.onQuery?.(query);
      return isRecorded(ambassador.id, honoured, query);
    });
    return { model: built.model, findings };
  };

  /**
   * The gate on the cohort's printed details alone, for one member, with their recorded confirmations: the
   * press pack's cover prints them even for someone whose sheet is left out.
   */
  const cohortFindings = (ambassador: Ambassador, cohort: CohortPrint): GateFinding[] => {
    const stored = store.confirmations(ambassador.id);
    return checkTextsPrivacy(
      cohortTexts(cohort),
      ambassador,
      { nameMode: ambassador.nameMode, publicName: publicName(ambassador) },
      (query) => isRecorded(ambassador.id, stored, query),
      { jigsaw: false },
    );
  };

  const assertGate = (findings: readonly GateFinding[]) => {
    const blocking = blockingFindings(findings);
    if (blocking.length === 0) return;
    const issues: FieldIssue[] = blocking.map((f) => ({ path: f.id, message: f.message }));
    throw new AppError('CONFLICT', gateRefusalMessage(blocking), issues);
  };

  const pageCount = (bytes: Uint8Array): number => {
    try {
      return countPdfPages(bytes);
    } catch (error) {
      const reason = error instanceof PdfFormatError ? error.message : String(error);
      throw new AppError('INTERNAL', `The printed PDF could not be checked (${reason}). Nothing was exported.`);
    }
  };

  /**
   * What to shorten on a sheet that printed on more than one page: measured in the laid-out page when the
   * printer can, otherwise the longest texts.
   */
  const overflowAdvice = async (
    model: SheetModel,
    html: string,
    pages: number,
  ): Promise<{ message: string; issues: FieldIssue[] }> => {
    const p = getPrinter();
    if (p.measure) {
      try {
        const sheet = (await p.measure(html, { paper: model.paper })).sheets[0];
        if (sheet && !sheet.fits) {
          return {
            message: sheet.message,
            issues: sheet.shorten.map((b) => ({ path: b.field, message: `Shorten ${b.label}` })),
          };
        }
      } catch {
        // Fall back to the text lengths: the refusal stands, only its advice is rougher.
      }
    }
    const longest = sheetTexts(model)
      .filter((t) => isShortenableField(t.field))
      .sort((a, b) => b.text.length - a.text.length)
      .slice(0, 3);
    const fewer = model.quotes.length > 1 ? ', or choose fewer quotes' : '';
    return {
      message: `${model.publicName}'s sheet printed on ${pages} pages: shorten ${listWords(longest.map((t) => t.label)) || 'the longest texts'}${fewer}.`,
      issues: longest.map((t) => ({ path: t.field, message: `Shorten ${t.label}` })),
    };
  };

  /**
   * Prints a sheet at the largest type it is expected to fit at; if that spills onto a second page (the
   * estimate is rough), prints it again at the standard size, which is what decides whether it fits at all.
   */
  const printOne = async (
    model: SheetModel,
  ): Promise<{ html: string; raw: Uint8Array; pages: number; scale: number }> => {
    const printAt = async (scale: number) => {
      const html = renderSheetHtml(model, scale);
      const raw = await getPrinter().print(html, { paper: model.paper });
      return { html, raw, pages: pageCount(raw), scale };
    };
    const chosen = sheetScale(model);
    const first = await printAt(chosen);
    if (first.pages === 1 || chosen === SHEET_STANDARD_SCALE) return first;
    return printAt(SHEET_STANDARD_SCALE);
  };

  const withInfo = (bytes: Uint8Array, title: string, author: string): Uint8Array => {
    try {
      return setPdfInfo(bytes, { title, author, creator: PDF_CREATOR, producer: PDF_PRODUCER });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('INTERNAL', `The printed PDF could not be finished (${reason}). Nothing was exported.`);
    }
  };

  const choices = (ambassadorId: string): SheetChoices => {
    const a = requireAmbassador(ambassadorId);
    return sheetChoices({
      ambassador: a,
      houses: repos.houses.list(a.id),
      quotes: repos.quotes.listByAmbassador(a.id),
      hasPhoto: repos.ambassadors.photoMediaId(a.id) !== null,
      hasLogo: a.cohortId !== null && logos.hasLogo(a.cohortId),
      confirmations: store.confirmations(a.id).map(({ valueHash: _v, textHash: _t, ...c }) => ({
        ...c,
        // Confirmations recorded by older versions were stamped "Ambassador": it was this ambassador, so name them.
        confirmedBy: c.confirmedBy === LEGACY_AMBASSADOR_STAMP ? displayName(a) : c.confirmedBy,
      })),
    });
  };

  const preview = (ambassadorId: string, options: SheetOptions): SheetPreview => {
    const { model, findings } = prepare(requireAmbassador(ambassadorId), options);
    return sheetPreview(model, findings);
  };

  const exportSheet = async (
    ambassadorId: string,
    options: SheetOptions,
    extra: { logo?: Uint8Array | null } = {},
  ): Promise<PrintedSheet> => {
    const { model, findings } = prepare(requireAmbassador(ambassadorId), options, extra);
    assertGate(findings);
    const { html, raw, pages } = await printOne(model);
    if (pages !== 1) {
      const advice = await overflowAdvice(model, html, pages);
      throw new AppError(
        'TOO_LARGE',
        `The sheet does not fit on one page, so it was not exported. ${advice.message}`,
        advice.issues,
      );
    }
    return {
      bytes: withInfo(raw, model.title, model.author),
      fileName: safeFileName(model.title),
      title: model.title,
      paper: model.paper,
      pages,
    };
  };

  const pack = createPackExporter({
    repos,
    now: () => ctx.clock.now(),
    requireCohort,
    logoBytes: logos.bytes,
    prepare,
    cohortFindings,
    print: (html, paper) => getPrinter().print(html, { paper }),
    printOne,
    pageCount,
    withInfo,
    overflowAdvice,
  });

  const housePicture = createHousePicturePrinter({
    house: (id) => repos.houses.get(id),
    ambassador: (id) => repos.ambassadors.get(id) ?? undefined,
    cohort: (id) => repos.cohorts.get(id) ?? undefined,
    print: (html, paper) => getPrinter().print(html, { paper }),
    pageCount,
    withInfo,
  });

  /** `confirmedBy`: who was at the keyboard, e.g. "Amira Haddad" or "Sam Okoye (trainer)". */
  const confirmPrivateItem = (
    ambassadorId: string,
    options: SheetOptions,
    findingId: string,
    confirmedBy: string,
  ): SheetConfirmation => {
    return ctx.db.transaction(() => {
      const ambassador = requireAmbassador(ambassadorId);
      const queries = new Map<string, ConfirmationQuery>();
      const { findings } = prepare(
        ambassador,
        { ...options, confirmedPrivateItems: undefined },
        { onQuery: (q) => queries.set(q.id, q) },
      );
      const finding = findings.find((f) => f.id === findingId);
      if (!finding)
        throw new AppError('NOT_FOUND', 'That item is no longer flagged on this sheet. Refresh the preview.');
      if (!finding.confirmable) throw new AppError('CONFLICT', `This cannot be confirmed: ${finding.message}`);
      const query = queries.get(findingId);
      if (!query) throw new AppError('INTERNAL', 'The flagged item could not be recorded. Please try again.');
      const valueHash = sha256(ambassador.id, query.value);
      const textHash = sha256(query.text);
      const existing = store
        .confirmations(ambassador.id)
        .find(
          (c) =>
            c.field === query.field && c.kind === query.kind && c.valueHash === valueHash && c.textHash === textHash,
        );
      if (existing) {
        const { valueHash: _v, textHash: _t, ...shown } = existing;
        return shown;
      }
      const id = ctx.ids();
      store.insertConfirmation(
        {
          id,
          ambassadorId: ambassador.id,
          findingId,
          field: finding.field,
          label: finding.label,
          kind: finding.kind,
          confirmedBy,
          valueHash,
          textHash,
        },
        ctx.clock.now(),
      );
      const saved = store.confirmation(id);
      if (!saved) throw new AppError('INTERNAL', 'The confirmation could not be recorded. Please try again.');
      const { valueHash: _v, textHash: _t, ...shown } = saved;
      return shown;
    })();
  };

  const revokeConfirmation = (id: string): null => {
    const found = store.confirmation(id);
    if (!found) throw new AppError('NOT_FOUND', 'That confirmation does not exist or was already withdrawn.');
    store.revokeConfirmation(id, ctx.clock.now());
    return null;
  };

  return {
    choices,
    preview,
    text: (ambassadorId: string, options: SheetOptions): string => {
      const { model, findings } = prepare(requireAmbassador(ambassadorId), options);
      // Copying is exporting too: the same gate applies.
      assertGate(findings);
      return sheetAsText(model);
    },
    export: exportSheet,
    exportPack: pack.exportPack,
    housePicture,
    packProgress: pack.progress,
    confirmPrivateItem,
    revokeConfirmation,
    /** Whose sheet a confirmation belongs to, for the permission table. */
    ownerOfConfirmation(id: string): string {
      const found = store.confirmation(id);
      if (!found) throw new AppError('NOT_FOUND', 'That confirmation does not exist or was already undone.');
      return found.ambassadorId;
    },
    setLogo: logos.setLogo,
    removeLogo: logos.removeLogo,
    logo: logos.logo,
    /** Stops the printer (Chromium) if one was started. */
    async close(): Promise<void> {
      const current = printer;
      printer = null;
      await current?.close();
    },
  };
}

export type SheetService = ReturnType<typeof createSheetService>;
