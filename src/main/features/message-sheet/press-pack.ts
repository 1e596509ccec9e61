/**
 * The cohort press pack: a contents cover (as many pages as the list needs) plus one page per ambassador who is ready (a primary Message House and
 * at least one approved quote, nothing blocked by the safeguarding gate). Everyone else is listed with the
 * reason they were skipped. Progress is kept so the screen can show it while Chromium prints.
 */
import type { Ambassador } from '../../../shared/features/ambassadors/schemas';
import { publicName } from '../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import { AppError, type FieldIssue } from '../../../shared/result';
import type { PackEntry, PackExport, PackProgress, PrintedPdf } from '../../../shared/features/message-sheet/api';

/** A printed press pack: the PDF and what went into it. */
export type PrintedPack = Omit<PackExport, 'delivery'> & PrintedPdf;
import { blockingFindings, type CohortPrint, type GateFinding } from '../../../shared/features/message-sheet/gate';
import type { PackCoverModel } from './pack-html';
import { printPack } from './pack-pages';
import { sheetScale } from './layout';
import { normaliseHashtag } from '../../../shared/features/cohorts/hashtag';
import { embedImage, NOT_AN_IMAGE_LOGO } from '../../../shared/features/message-sheet/images';
import { safeFileName, type SheetModel } from '../../../shared/features/message-sheet/model';
import type { PackOptions, SheetOptions } from '../../../shared/features/message-sheet/options';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import type { SheetSources } from './sources';

export type PackProgressListener = (progress: PackProgress) => void;

/** What the pack needs from the sheet service: the same preparation, printing and checks as one sheet. */
export interface PackDeps {
  repos: SheetSources;
  now(): string;
  requireCohort(id: string): Cohort;
  logoBytes(cohortId: string | null): Uint8Array | null;
  prepare(
    a: Ambassador,
    options: SheetOptions,
    extra: { logo?: Uint8Array | null },
  ): { model: SheetModel; findings: GateFinding[] };
  /** The gate on the cohort's printed details alone, for one member (with their confirmations). */
  cohortFindings(a: Ambassador, cohort: CohortPrint): GateFinding[];
  print(html: string, paper: Paper): Promise<Uint8Array>;
  /** One sheet alone, at the largest type that fits one page (`scale`), or its page count at the standard size. */
  printOne(model: SheetModel): Promise<{ html: string; raw: Uint8Array; pages: number; scale: number }>;
  pageCount(bytes: Uint8Array): number;
  withInfo(bytes: Uint8Array, title: string, author: string): Uint8Array;
  overflowAdvice(model: SheetModel, html: string, pages: number): Promise<{ message: string; issues: FieldIssue[] }>;
}

function idle(): PackProgress {
  return { running: false, stage: 'idle', done: 0, total: 0, message: '' };
}

/**
 * The cover and every page print the cohort's campaign, hashtag, organisation and press contact. Leaving one
 * ambassador out cannot hide a private detail of theirs written there, so the whole pack stops until a trainer
 * changes it or the ambassador confirms it may be printed. The message names the ambassador (by public name),
 * the field and the kind of detail, never the detail.
 */
function assertCoverSafe(deps: PackDeps, cohort: Cohort, members: readonly Ambassador[]): void {
  const print: CohortPrint = {
    campaign: cohort.campaign.trim(),
    hashtag: normaliseHashtag(cohort.hashtag),
    organisation: cohort.organisation.trim(),
    pressContact: cohort.pressContact,
  };
  const issues: FieldIssue[] = members.flatMap((a) =>
    blockingFindings(deps.cohortFindings(a, print)).map((f) => ({
      path: `${publicName(a)}: ${f.id}`,
      message: `${publicName(a)}: ${f.message}`,
    })),
  );
  const first = issues[0];
  if (!first) return;
  throw new AppError(
    'CONFLICT',
    `The press pack was not exported: the cohort’s details, printed on every page, hold something an ambassador keeps private. ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
    issues,
  );
}

export function createPackExporter(deps: PackDeps) {
  let progress: PackProgress = idle();

  const setProgress = (next: PackProgress, listener?: PackProgressListener) => {
    progress = next;
    listener?.(next);
  };

  const exportPack = async (
    cohortId: string,
    options: PackOptions,
    extra: { logo?: Uint8Array | null; onProgress?: PackProgressListener } = {},
  ): Promise<PrintedPack> => {
    if (progress.running) throw new AppError('CONFLICT', 'A press pack is already being made. Wait for it to finish.');
    const listener = extra.onProgress;
    const cohort = deps.requireCohort(cohortId);
    const paper = options.paper ?? 'A4';
    const members = deps.repos.ambassadors
      .list(false)
      .filter((a) => a.cohortId === cohort.id)
      .sort((x, y) => publicName(x).localeCompare(publicName(y)));
    const total = members.length;
    setProgress({ running: true, stage: 'preparing', done: 0, total, message: `Preparing ${total} sheets…` }, listener);
    try {
      const logo = extra.logo !== undefined ? extra.logo : deps.logoBytes(cohort.id);
      if (logo && !embedImage(logo)) throw new AppError('UNSUPPORTED', NOT_AN_IMAGE_LOGO);
      assertCoverSafe(deps, cohort, members);
      let included: Array<{ entry: PackEntry; model: SheetModel; scale: number }> = [];
      const skipped: PackExport['skipped'] = [];
      members.forEach((a, i) => {
        const entry = { ambassadorId: a.id, publicName: publicName(a) };
        try {
          const { model, findings } = deps.prepare(a, { paper }, { logo });
          const blocking = blockingFindings(findings);
          if (blocking.length > 0) {
            skipped.push({
              ...entry,
              reason: `Safeguarding check: ${blocking[0]!.message} Check it on their Message sheet screen.`,
            });
          } else {
            included.push({ entry, model, scale: sheetScale(model) });
          }
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          skipped.push({ ...entry, reason: error.message });
        }
        setProgress(
          { running: true, stage: 'preparing', done: i + 1, total, message: `Prepared ${i + 1} of ${total}` },
          listener,
        );
      });
      if (included.length === 0) {
        throw new AppError(
          'CONFLICT',
          'No ambassador in this cohort is ready for the press pack: each needs a primary Message House and at least one approved quote.',
          skipped.map((s) => ({ path: s.publicName, message: s.reason })),
        );
      }

      const cover = (): PackCoverModel => ({
        paper,
        organisation: cohort.organisation.trim(),
        campaign: cohort.campaign.trim(),
        hashtag: normaliseHashtag(cohort.hashtag),
        logo: logo ? embedImage(logo) : null,
        pressContact: cohort.pressContact,
        mediaDate: cohort.mediaDate,
        preparedOn: deps.now().slice(0, 10),
        ambassadors: included.map(({ model }) => ({
          publicName: model.publicName,
          pronouns: model.pronouns,
          role: model.role,
        })),
      });
      const title = `Press pack - ${cohort.campaign.trim() || cohort.name.trim()}`;

      let bytes: Uint8Array | null = null;
      let pagesWanted = 0;
      let coverPages: number | undefined;
      for (let attempt = 0; attempt < 2 && bytes === null; attempt += 1) {
        const printed = await printPack(
          { print: deps.print, pageCount: deps.pageCount, progress: (p) => setProgress(p, listener) },
          { cover: cover(), sheets: included, paper, ...(coverPages !== undefined ? { coverPages } : {}) },
        );
        ({ coverPages, wanted: pagesWanted } = printed);
        if (printed.pages === printed.wanted) {
          bytes = deps.withInfo(printed.raw, title, cohort.organisation.trim());
          break;
        }
        // Someone's sheet spilled onto a second page: find whose (each printed alone, at the type size that
        // fits), leave out the ones that fit at no size with what to shorten, and print the pack again.
        if (attempt > 0) break;
        const tooLong: number[] = [];
        let smallerType = false;
        for (const [i, member] of included.entries()) {
          const alone = await deps.printOne(member.model);
          smallerType ||= alone.scale !== member.scale;
          member.scale = alone.scale;
          if (alone.pages !== 1) {
            tooLong.push(i);
            skipped.push({
              ...member.entry,
              reason: (await deps.overflowAdvice(member.model, alone.html, alone.pages)).message,
            });
          }
        }
        if (tooLong.length === 0 && !smallerType) break;
        included = included.filter((_, i) => !tooLong.includes(i));
        if (included.length === 0) {
          throw new AppError(
            'TOO_LARGE',
            'No sheet in this cohort fits on one page, so the press pack was not exported.',
            skipped.map((s) => ({ path: s.publicName, message: s.reason })),
          );
        }
      }
      if (!bytes) {
        throw new AppError(
          'TOO_LARGE',
          'The press pack did not print one page per ambassador, so it was not exported. Shorten the longest sheets and try again.',
        );
      }
      const result: PrintedPack = {
        bytes,
        fileName: safeFileName(title),
        title,
        paper,
        pages: pagesWanted,
        included: included.map((s) => s.entry),
        skipped,
      };
      setProgress(
        { running: false, stage: 'done', done: total, total, message: `Press pack ready: ${result.pages} pages.` },
        listener,
      );
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProgress({ running: false, stage: 'failed', done: 0, total, message }, listener);
      throw error;
    }
  };

  return { exportPack, progress: (): PackProgress => progress };
}
