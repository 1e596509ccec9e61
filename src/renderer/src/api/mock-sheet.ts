/**
 * The message-sheet part of the in-memory mock client. It builds the sheet with the same pure code as the
 * backend (src/shared/sheet: model, safeguarding gate, HTML template, text copy), so a component test sees the
 * same choices, findings and refusals. Only printing is faked: the "PDF" is a few bytes that start like one.
 * Tests replace a channel on the client (e.g. `api['sheet:export'] = vi.fn()`) to act out printer failures.
 */
import { sheetPreview } from '../../../main/features/message-sheet/preview';
import { sheetChoices } from '../../../main/features/message-sheet/choices';
import type { ChannelName, ChannelOutput, Photo } from '../../../shared/contract';
import { publicName, sniffImageType, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { Quote } from '../../../shared/features/quotes/schemas';
import { formatBytes, LIMITS } from '../../../shared/limits';
import type { ErrorCode, FieldIssue } from '../../../shared/result';
import type {
  PackExport,
  PackProgress,
  SheetChoices,
  SheetConfirmation,
  SheetPreview,
} from '../../../shared/features/message-sheet/api';
import { blockingFindings, checkSheetPrivacy, gateRefusalMessage, type GateFinding } from '../../../shared/features/message-sheet/gate';
import { embedImage, NOT_AN_IMAGE_LOGO } from '../../../shared/features/message-sheet/images';
import { buildSheetModel, safeFileName, type SheetModel } from '../../../shared/features/message-sheet/model';
import type { PackOptions, SheetOptions } from '../../../shared/features/message-sheet/options';
import { sheetAsText } from '../../../main/features/message-sheet/text';

/** The parts of the mock's state the sheet reads (the mock client's own state has all of them). */
export interface SheetMockSource {
  ambassadors: Ambassador[];
  cohorts: Cohort[];
  houses: MessageHouse[];
  quotes: Quote[];
  photos: Map<string, Photo>;
}

interface SheetMockContext {
  state: SheetMockSource;
  id(): string;
  fail(code: ErrorCode, message: string, issues?: FieldIssue[]): never;
}

interface StoredConfirmation extends SheetConfirmation {
  /** The backend keeps hashes of these; the mock keeps them as they are. */
  value: string;
  text: string;
  revoked: boolean;
}

type Handlers = { [C in ChannelName]?: (input: never) => ChannelOutput<C> };

const te = new TextEncoder();

export function sheetHandlers(ctx: SheetMockContext): Handlers {
  const { state } = ctx;
  const confirmations: StoredConfirmation[] = [];
  const logos = new Map<string, Photo>();
  let progress: PackProgress = { running: false, stage: 'idle', done: 0, total: 0, message: '' };

  const ambassador = (id: string): Ambassador =>
    state.ambassadors.find((a) => a.id === id) ??
    ctx.fail('NOT_FOUND', 'That ambassador does not exist or was deleted.');
  const cohort = (id: string): Cohort =>
    state.cohorts.find((c) => c.id === id) ?? ctx.fail('NOT_FOUND', 'That cohort does not exist or was deleted.');
  const active = (ambassadorId: string) => confirmations.filter((c) => c.ambassadorId === ambassadorId && !c.revoked);
  const shown = ({ value: _v, text: _t, revoked: _r, ...c }: StoredConfirmation): SheetConfirmation => c;

  const prepare = (
    a: Ambassador,
    options: SheetOptions,
    onQuery?: (id: string, value: string, text: string) => void,
  ) => {
    const c = a.cohortId ? (state.cohorts.find((x) => x.id === a.cohortId) ?? null) : null;
    const built = buildSheetModel({
      ambassador: a,
      cohort: c,
      houses: state.houses,
      quotes: state.quotes,
      photo: state.photos.get(a.id)?.bytes ?? null,
      logo: c ? (logos.get(c.id)?.bytes ?? null) : null,
      options,
      now: new Date().toISOString(),
    });
    if (!built.ok) {
      const code: ErrorCode =
        built.refusal.code === 'HOUSE_NOT_FOUND' || built.refusal.code === 'NO_PHOTO' ? 'NOT_FOUND' : 'CONFLICT';
      return ctx.fail(code, built.refusal.message);
    }
    const honoured = active(a.id).filter(
      (x) => options.confirmedPrivateItems === undefined || options.confirmedPrivateItems.includes(x.id),
    );
    const findings = checkSheetPrivacy(built.model, a, (q) => {
      onQuery?.(q.id, q.value, q.text);
      return honoured.some((x) => x.field === q.field && x.kind === q.kind && x.value === q.value && x.text === q.text);
    });
    return { model: built.model, findings };
  };

  const assertGate = (findings: GateFinding[]) => {
    const blocking = blockingFindings(findings);
    if (blocking.length > 0) {
      ctx.fail(
        'CONFLICT',
        gateRefusalMessage(blocking),
        blocking.map((f) => ({ path: f.id, message: f.message })),
      );
    }
  };

  // Copied into this realm's Uint8Array (jsdom's TextEncoder answers with another realm's).
  const fakePdf = (title: string, pages: number) =>
    Uint8Array.from(te.encode(`%PDF-1.7\n% mock: ${title}, ${pages} page(s)\n%%EOF\n`));

  const choices = (ambassadorId: string): SheetChoices => {
    const a = ambassador(ambassadorId);
    return sheetChoices({
      ambassador: a,
      houses: state.houses,
      quotes: state.quotes,
      hasPhoto: state.photos.has(a.id),
      hasLogo: a.cohortId !== null && logos.has(a.cohortId),
      confirmations: active(a.id).map(shown),
    });
  };

  const preview = (ambassadorId: string, options: SheetOptions): SheetPreview => {
    const { model, findings } = prepare(ambassador(ambassadorId), options);
    return sheetPreview(model, findings);
  };

  const exportPack = (cohortId: string, options: PackOptions): PackExport => {
    const c = cohort(cohortId);
    const paper = options.paper ?? 'A4';
    const members = state.ambassadors
      .filter((a) => a.archivedAt === null && a.cohortId === c.id)
      .sort((x, y) => publicName(x).localeCompare(publicName(y)));
    const included: Array<{ entry: { ambassadorId: string; publicName: string }; model: SheetModel }> = [];
    const skipped: PackExport['skipped'] = [];
    for (const a of members) {
      const entry = { ambassadorId: a.id, publicName: publicName(a) };
      try {
        const { model, findings } = prepare(a, { paper });
        const blocking = blockingFindings(findings);
        if (blocking.length > 0)
          skipped.push({
            ...entry,
            reason: `Safeguarding check: ${blocking[0]!.message} Check it on their Message sheet screen.`,
          });
        else included.push({ entry, model });
      } catch (error) {
        skipped.push({ ...entry, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (included.length === 0) {
      progress = { running: false, stage: 'failed', done: 0, total: members.length, message: 'Nothing to print.' };
      return ctx.fail(
        'CONFLICT',
        'No ambassador in this cohort is ready for the press pack: each needs a primary Message House and at least one approved quote.',
        skipped.map((s) => ({ path: s.publicName, message: s.reason })),
      );
    }
    const title = `Press pack - ${c.campaign.trim() || c.name.trim()}`;
    const pages = included.length + 1;
    progress = {
      running: false,
      stage: 'done',
      done: members.length,
      total: members.length,
      message: `Press pack ready: ${pages} pages.`,
    };
    return {
      bytes: fakePdf(title, pages),
      fileName: safeFileName(title),
      title,
      paper,
      pages,
      included: included.map((i) => i.entry),
      skipped,
    };
  };

  return {
    'sheet:options': ({ ambassadorId }: { ambassadorId: string }) => choices(ambassadorId),
    'sheet:preview': ({ ambassadorId, options }: { ambassadorId: string; options: SheetOptions }) =>
      preview(ambassadorId, options),
    'sheet:text': ({ ambassadorId, options }: { ambassadorId: string; options: SheetOptions }) => {
      const { model, findings } = prepare(ambassador(ambassadorId), options);
      assertGate(findings);
      return sheetAsText(model);
    },
    'sheet:export': ({ ambassadorId, options }: { ambassadorId: string; options: SheetOptions }) => {
      const { model, findings } = prepare(ambassador(ambassadorId), options);
      assertGate(findings);
      return {
        bytes: fakePdf(model.title, 1),
        fileName: safeFileName(model.title),
        title: model.title,
        paper: model.paper,
        pages: 1,
      };
    },
    'sheet:confirmPrivateItem': ({
      ambassadorId,
      options,
      findingId,
    }: {
      ambassadorId: string;
      options: SheetOptions;
      findingId: string;
    }) => {
      const a = ambassador(ambassadorId);
      const queries = new Map<string, { value: string; text: string }>();
      const { findings } = prepare(a, { ...options, confirmedPrivateItems: undefined }, (id, value, text) =>
        queries.set(id, { value, text }),
      );
      const finding =
        findings.find((f) => f.id === findingId) ??
        ctx.fail('NOT_FOUND', 'That item is no longer flagged on this sheet. Refresh the preview.');
      if (!finding.confirmable) ctx.fail('CONFLICT', `This cannot be confirmed: ${finding.message}`);
      const query =
        queries.get(findingId) ?? ctx.fail('INTERNAL', 'The flagged item could not be recorded. Please try again.');
      const existing = active(a.id).find(
        (c) => c.field === finding.field && c.kind === finding.kind && c.value === query.value && c.text === query.text,
      );
      if (existing) return shown(existing);
      const stored: StoredConfirmation = {
        id: ctx.id(),
        ambassadorId: a.id,
        findingId,
        field: finding.field,
        label: finding.label,
        kind: finding.kind,
        confirmedBy: 'Ambassador',
        confirmedAt: new Date().toISOString(),
        value: query.value,
        text: query.text,
        revoked: false,
      };
      confirmations.push(stored);
      return shown(stored);
    },
    'sheet:revokeConfirmation': ({ id }: { id: string }) => {
      const found =
        confirmations.find((c) => c.id === id && !c.revoked) ??
        ctx.fail('NOT_FOUND', 'That confirmation does not exist or was already withdrawn.');
      found.revoked = true;
      return null;
    },
    'sheet:setLogo': ({ cohortId, bytes }: { cohortId: string; bytes: Uint8Array }) => {
      if (bytes.byteLength > LIMITS.photoBytes) {
        ctx.fail(
          'TOO_LARGE',
          `This logo is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(LIMITS.photoBytes)}. Choose a smaller image.`,
        );
      }
      const mime = sniffImageType(bytes);
      if (!mime || !embedImage(bytes)) return ctx.fail('UNSUPPORTED', NOT_AN_IMAGE_LOGO);
      cohort(cohortId);
      logos.set(cohortId, { mime, bytes });
      return { cohortId, hasLogo: true, mime };
    },
    'sheet:removeLogo': ({ cohortId }: { cohortId: string }) => {
      cohort(cohortId);
      logos.delete(cohortId);
      return { cohortId, hasLogo: false, mime: null };
    },
    'sheet:logo': ({ cohortId }: { cohortId: string }) => {
      cohort(cohortId);
      return logos.get(cohortId) ?? null;
    },
    'pack:export': ({ cohortId, options }: { cohortId: string; options: PackOptions }) => exportPack(cohortId, options),
    'pack:progress': () => progress,
    // Browser mode's answer: the renderer downloads the file itself.
    'file:savePdf': () => ({ mode: 'download' as const }),
  };
}
