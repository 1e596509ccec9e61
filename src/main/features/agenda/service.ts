/**
 * A cohort's residential agenda. The first time anyone opens it, it is made from the two-day template; from then
 * on only a trainer changes it (the permission table), one block at a time, each change checked against the
 * version it was based on so two windows cannot silently undo each other's edits.
 */
import { AGENDA_TEMPLATE } from '../../../shared/features/agenda/template';
import {
  AGENDA_LIMITS,
  blockEnd,
  blockFieldsSchema,
  compareBlocks,
  type Agenda,
  type AgendaBlock,
  type BlockFields,
  type BlockPatch,
} from '../../../shared/features/agenda/schemas';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createCohortRepository } from '../cohorts/repository';
import { createAgendaPrinter, type PrintedAgenda } from './pdf';
import { createAgendaRepository } from './repository';

const STALE =
  'The agenda was changed in another window since this one loaded it, so this change was not made. It now shows the latest agenda: make the change again.';

export function createAgendaService(ctx: ServiceContext) {
  const repo = ctx.repo(createAgendaRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const printer = createAgendaPrinter(ctx);

  const requireCohort = (cohortId: string) => {
    const cohort = cohorts.get(cohortId);
    if (!cohort) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return cohort;
  };

  const fillFromTemplate = (cohortId: string, now: string) => {
    for (const fields of AGENDA_TEMPLATE) repo.insertBlock(cohortId, ctx.ids(), fields, now);
  };

  /** The cohort's agenda, made from the template on first open. */
  const ensure = (cohortId: string) => {
    requireCohort(cohortId);
    if (repo.head(cohortId)) return;
    const now = ctx.clock.now();
    repo.insertHead(cohortId, now);
    fillFromTemplate(cohortId, now);
  };

  const read = (cohortId: string): Agenda => {
    const head = repo.head(cohortId);
    if (!head) throw new AppError('NOT_FOUND', 'That cohort has no agenda yet.');
    return { ...head, notesHidden: false, blocks: repo.blocks(cohortId) };
  };

  /** One change, in one transaction: refused if the agenda moved on since `baseVersion`, else version + 1. */
  const edit = (cohortId: string, baseVersion: number, change: (blocks: AgendaBlock[], now: string) => void) =>
    ctx.db.transaction((): Agenda => {
      ensure(cohortId);
      const head = repo.head(cohortId);
      if (!head || head.version !== baseVersion) throw new AppError('CONFLICT', STALE);
      const now = ctx.clock.now();
      change(repo.blocks(cohortId), now);
      repo.bumpVersion(cohortId, now);
      return read(cohortId);
    })();

  const findBlock = (blocks: AgendaBlock[], id: string): AgendaBlock => {
    const found = blocks.find((b) => b.id === id);
    if (!found) throw new AppError('NOT_FOUND', 'That agenda block does not exist or was removed.');
    return found;
  };

  const checked = ({ id, ...fields }: AgendaBlock): AgendaBlock => {
    const parsed = blockFieldsSchema.safeParse(fields);
    if (parsed.success) return { ...parsed.data, id };
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION', issues[0]?.message ?? 'That block is not valid.', issues);
  };

  const get = (cohortId: string): Agenda =>
    ctx.db.transaction(() => {
      ensure(cohortId);
      return read(cohortId);
    })();

  return {
    get,

    addBlock(cohortId: string, baseVersion: number, fields: BlockFields): Agenda {
      return edit(cohortId, baseVersion, (blocks, now) => {
        if (blocks.length >= AGENDA_LIMITS.blocks)
          throw new AppError('TOO_LARGE', `An agenda has at most ${AGENDA_LIMITS.blocks} blocks. Remove one first.`);
        repo.insertBlock(cohortId, ctx.ids(), checked({ ...fields, id: '' }), now);
      });
    },

    updateBlock(cohortId: string, baseVersion: number, id: string, patch: BlockPatch): Agenda {
      return edit(cohortId, baseVersion, (blocks, now) => {
        repo.updateBlock(cohortId, checked({ ...findBlock(blocks, id), ...patch }), now);
      });
    },

    removeBlock(cohortId: string, baseVersion: number, id: string): Agenda {
      return edit(cohortId, baseVersion, (blocks) => {
        repo.deleteBlock(cohortId, findBlock(blocks, id).id);
      });
    },

    /** Swaps places with the neighbour on the same day: the pair keeps its first start time, one after the other. */
    moveBlock(cohortId: string, baseVersion: number, id: string, direction: 'earlier' | 'later'): Agenda {
      return edit(cohortId, baseVersion, (blocks, now) => {
        const block = findBlock(blocks, id);
        const day = blocks.filter((b) => b.day === block.day).sort(compareBlocks);
        const index = day.indexOf(block);
        const neighbour = day[direction === 'earlier' ? index - 1 : index + 1];
        if (!neighbour) {
          const where = direction === 'earlier' ? 'first' : 'last';
          throw new AppError('CONFLICT', `“${block.title}” is already the ${where} block of day ${block.day}.`);
        }
        const [first, second] = direction === 'earlier' ? [neighbour, block] : [block, neighbour];
        const movedFirst = { ...second, startMinute: first.startMinute };
        const movedSecond = { ...first, startMinute: blockEnd(movedFirst) };
        repo.updateBlock(cohortId, checked(movedFirst), now);
        repo.updateBlock(cohortId, checked(movedSecond), now);
      });
    },

    setStartDate(cohortId: string, baseVersion: number, startDate: string): Agenda {
      return edit(cohortId, baseVersion, () => repo.setStartDate(cohortId, startDate));
    },

    reset(cohortId: string, baseVersion: number): Agenda {
      return edit(cohortId, baseVersion, (_blocks, now) => {
        repo.deleteAllBlocks(cohortId);
        fillFromTemplate(cohortId, now);
      });
    },

    /** One printed page of the agenda; facilitator notes only when asked (the permission table: trainers only). */
    async exportPdf(cohortId: string, options: { paper: Paper; includeNotes: boolean }): Promise<PrintedAgenda> {
      const cohort = requireCohort(cohortId);
      return printer.print(cohort, get(cohortId), options);
    },

    /** Stops the printer (Chromium) if an agenda was printed. */
    close: () => printer.close(),
  };
}

export type AgendaService = ReturnType<typeof createAgendaService>;
