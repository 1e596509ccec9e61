import {
  emptyQuoteFields,
  quoteFieldsOf,
  nextStatus,
  quoteFieldsSchema,
  quoteTexts,
  STATUS_LABELS,
  type Quote,
  type QuoteAction,
  type QuoteFields,
  type QuotePatch,
  type QuoteStatus,
} from '../../../shared/features/quotes/schemas';
import { requireIntact } from '../../db/intact';
import { AppError } from '../../../shared/result';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCommentRepository } from '../comments/repository';
import { createHouseRepository } from '../key-messages/repository';
import { createSearchRepository } from '../search/repository';
import type { ServiceContext } from '../../backend/context';
import { flushWal } from '../../db/scrub';
import { putInTrash } from '../trash/put';
import type { RevisionService } from '../history/service';
import type { LanguageRuleService } from '../language-rules/service';
import { afterWrite } from '../../db/field-versions';
import { quoteFieldsChanged } from '../../../shared/features/quotes/patch';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';
import { assertApprovable, assertTextSeen } from './approval';
import { updateQuote } from './update';
import { createQuoteFindings } from './findings';
import { createQuoteRepository } from './repository';
import { createQuoteSummaryRepository } from './summaries';

export function createQuoteService(
  ctx: ServiceContext,
  revisions: RevisionService,
  languageRules: LanguageRuleService,
) {
  const quotes = ctx.repo(createQuoteRepository);
  const summaries = ctx.repo(createQuoteSummaryRepository);
  const findings = createQuoteFindings(ctx, languageRules);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const houses = ctx.repo(createHouseRepository);
  const search = ctx.repo(createSearchRepository);
  const comments = ctx.repo(createCommentRepository);

  const require = (id: string): Quote => {
    const quote = quotes.get(id);
    if (!quote) throw new AppError('NOT_FOUND', 'That quote does not exist or was deleted.');
    return quote;
  };
  /** A quote that may be changed: one marked "needs repair" keeps its stored text until it is repaired. */
  const intact = (id: string): Quote => requireIntact(require(id));

  const index = (q: Quote) => {
    search.upsert(
      'quote',
      q.id,
      q.ambassadorId,
      q.text.slice(0, 80) || 'Quote',
      quoteTexts(q)
        .map((t) => t.text)
        .join('\n'),
    );
  };

  const assertLinks = (ambassadorId: string, fields: QuoteFields) => {
    if (fields.houseId === null) return;
    const house = houses.get(fields.houseId);
    if (!house || house.ambassadorId !== ambassadorId)
      throw new AppError('NOT_FOUND', 'The linked message house does not exist.');
    if (fields.pillarId !== null && !house.pillars.some((p) => p.id === fields.pillarId)) {
      throw new AppError('NOT_FOUND', 'The linked key message is no longer in that message house.');
    }
  };

  const insertDraft = (ambassadorId: string, fields: QuoteFields, parentId: string | null): Quote => {
    const id = ctx.ids();
    quotes.insert(id, ambassadorId, fields, parentId, ctx.clock.now());
    const quote = require(id);
    index(quote);
    return quote;
  };

  return {
    list(ambassadorId: string): Quote[] {
      return quotes.listByAmbassador(ambassadorId);
    },
    /** One window of the list, as light summaries (the Press quotes screen). */
    page: (ambassadorId: string, offset: number, limit: number) => summaries.page(ambassadorId, offset, limit),
    inReview(): Quote[] {
      return quotes.listByStatus('in_review');
    },
    /** Every quote on the laptop with this status, oldest change first (the review queue's order). */
    withStatus: (status: QuoteStatus): Quote[] => quotes.listByStatus(status),
    get: require,
    /** Each quote's open safeguarding and language findings, by quote id (what approval waits on). */
    findingsOf: (list: readonly Quote[]) => findings.of(list),
    findings: (id: string) => findings.of([require(id)]).get(id) ?? [],
    create(ambassadorId: string, fields: Partial<QuoteFields>): Quote {
      if (!ambassadors.get(ambassadorId))
        throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
      const full = quoteFieldsSchema.parse({ ...emptyQuoteFields(), ...fields });
      assertLinks(ambassadorId, full);
      return ctx.db.transaction(() => insertDraft(ambassadorId, full, null))();
    },
    update(id: string, baseVersion: number, patch: QuotePatch, keepReplaced = false): Quote {
      return ctx.db.transaction(() => {
        const deps = { quotes, revisions, require: intact, assertLinks, now: () => ctx.clock.now() };
        const quote = updateQuote(deps, id, baseVersion, patch, keepReplaced);
        index(quote);
        return quote;
      })();
    },
    /** Editing an approved quote makes a new draft linked to it; the approved text stays as approved. */
    reviseApproved(id: string): Quote {
      return ctx.db.transaction(() => {
        const current = intact(id);
        if (current.status !== 'approved')
          throw new AppError('CONFLICT', 'Only an approved quote is edited as a new draft.');
        return insertDraft(current.ambassadorId, quoteFieldsOf(current), current.id);
      })();
    },
    /**
     * `approverName`: the unlocked trainer's name (the permission table has already checked who may act).
     * `acknowledged`: for an approval, the ids of the findings the trainer has read.
     * `textHash`: for approving and sending back, `quoteTextHash` of the text the trainer saw; another text is
     * refused (another window may have sent it back, edited and resubmitted it since).
     */
    transition(
      id: string,
      action: QuoteAction,
      approverName: string,
      acknowledged: readonly string[] = [],
      textHash?: string,
    ): Quote {
      return ctx.db.transaction(() => {
        const current = intact(id);
        if (action === 'approve' || action === 'sendBack') assertTextSeen(current, action, textHash);
        const target = nextStatus(current.status, action);
        if (!target) {
          throw new AppError(
            'CONFLICT',
            `A quote that is ${STATUS_LABELS[current.status].toLowerCase()} cannot be ${actionPastTense(action)}.`,
          );
        }
        if (action === 'submit' && current.text.trim() === '')
          throw new AppError('VALIDATION', 'Write the quote before sending it for review.');
        if (action === 'approve') assertApprovable(current, findings.of([current]).get(id) ?? [], acknowledged);
        revisions.recordBefore('quote', id, { ...quoteFieldsOf(current), status: current.status }, 'status');
        const now = ctx.clock.now();
        const approval =
          target === 'approved'
            ? { by: approverName.trim() || 'Trainer', at: now, hash: quoteTextHash(current) }
            : target === 'retired'
              ? currentApproval(current)
              : null;
        quotes.setStatus(id, target, approval, now);
        return require(id);
      })();
    },
    /** Moves the quote to the Trash; answers the Trash entry's id, for "Undo". */
    remove(id: string, deletedBy: string): string {
      const trashId = ctx.db.transaction(() => {
        const current = require(id);
        if (current.status === 'approved')
          throw new AppError('CONFLICT', 'Retire an approved quote instead of deleting it.');
        const now = ctx.clock.now();
        const kept = putInTrash(ctx, {
          kind: 'quote',
          id,
          ambassadorId: current.ambassadorId,
          cohortId: ambassadors.get(current.ambassadorId)?.cohortId ?? null,
          label: current.text || 'Untitled quote',
          deletedBy,
        });
        // The Trash holds the only copy: the row (blanked by the repository), its history, its comments and the
        // search index keep no text of a deleted quote.
        quotes.remove(id, now);
        for (const commentId of comments.removeForTarget('quote', id, now)) search.remove(commentId);
        search.remove(id);
        search.purgeRemoved();
        revisions.forget('quote', id);
        return kept;
      })();
      flushWal(ctx.db);
      return trashId;
    },
    restore(id: string, snapshot: unknown): Quote {
      const fields = quoteFieldsSchema.safeParse(stripStatus(snapshot));
      if (!fields.success)
        throw new AppError('CONFLICT', 'That version cannot be restored: it is from an older format.');
      return ctx.db.transaction(() => {
        const current = intact(id);
        if (current.status !== 'draft') {
          throw new AppError(
            'CONFLICT',
            'Only a draft can be restored from history. Edit an approved quote as a new draft first.',
          );
        }
        const before = quoteFieldsOf(current);
        revisions.recordBefore('quote', id, before, 'restore');
        const changed = quoteFieldsChanged(before, fields.data);
        const record = afterWrite(quotes.fieldVersions(id), current.version, changed);
        quotes.update(id, current.version, fields.data, record, ctx.clock.now());
        const quote = require(id);
        index(quote);
        return quote;
      })();
    },
  };
}

function currentApproval(q: Quote): { by: string; at: string; hash: string | null } | null {
  return q.approvedBy && q.approvedAt ? { by: q.approvedBy, at: q.approvedAt, hash: q.approvedHash } : null;
}

function stripStatus(snapshot: unknown): unknown {
  if (snapshot === null || typeof snapshot !== 'object') return snapshot;
  const { status: _s, ...rest } = snapshot as Record<string, unknown>;
  return rest;
}

function actionPastTense(action: QuoteAction): string {
  return { submit: 'sent for review', approve: 'approved', sendBack: 'sent back', retire: 'retired' }[action];
}

export type QuoteService = ReturnType<typeof createQuoteService>;
