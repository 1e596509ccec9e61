/**
 * The writing half of the mock client: Message Houses, quotes and their status machine, comments, the review
 * queue, revisions, search and trainer mode with a PIN. It follows the backend's rules (src/main/services) so a
 * component test sees the same refusals the app would give: locked approved text, trainer-only approval, the
 * PIN, consent that stays editable, one primary house.
 */
import type { RoleState } from '../../../shared/contract';
import { displayName, type Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { Comment, CommentTarget, NewComment } from '../../../shared/features/comments/schemas';
import {
  emptyHouseFields,
  houseFieldsSchema,
  houseTexts,
  type HouseFields,
  type HousePatch,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import {
  emptyQuoteFields,
  nextStatus,
  QUOTE_TRANSITIONS,
  quoteFieldsSchema,
  quoteTexts,
  STATUS_LABELS,
  type Quote,
  type QuoteAction,
  type QuoteFields,
  type QuotePatch,
  type QuoteStatus,
} from '../../../shared/features/quotes/schemas';
import type { ReviewQueue, SearchResult } from '../../../shared/features/review/schemas';
import type { Revision, RevisionEntityType, RevisionReason, RevisionSummary } from '../../../shared/features/history/schemas';
import type { AppSettings, Role } from '../../../shared/features/settings/schemas';
import type { ErrorCode } from '../../../shared/result';

const REVISION_WINDOW_MS = 10 * 60 * 1000;

export interface WritingState {
  houses: MessageHouse[];
  quotes: Quote[];
  comments: Comment[];
  revisions: Revision[];
  /** The trainer PIN in plain text (a fake: the backend keeps a salted scrypt hash). */
  trainerPin: string | null;
  trainerUnlocked: boolean;
}

type Seed<T> = Partial<T> & { id?: string; ambassadorId: string };

export interface WritingOptions {
  houses?: Array<Seed<HouseFields> & { isPrimary?: boolean }>;
  quotes?: Array<
    Seed<QuoteFields> & { status?: QuoteStatus; approvedBy?: string | null; approvedAt?: string | null; parentId?: string | null }
  >;
  comments?: Array<Partial<Comment> & { targetType: CommentTarget; targetId: string; field: string; body: string }>;
  revisions?: Array<{ id?: string; entityType: RevisionEntityType; entityId: string; reason?: RevisionReason; createdAt?: string; snapshot: unknown }>;
  trainerPin?: string;
}

export interface WritingDeps {
  now(): string;
  id(): string;
  fail(code: ErrorCode, message: string): never;
  parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } }, value: unknown): T;
  ambassadors(): Ambassador[];
  settings(): AppSettings;
  setSettings(next: AppSettings): void;
}

export function createWritingState(options: WritingOptions, deps: Pick<WritingDeps, 'now' | 'id'>): WritingState {
  const at = deps.now();
  const primaries = new Set<string>();
  const houses = (options.houses ?? []).map(({ id, ambassadorId, isPrimary, ...fields }): MessageHouse => {
    const primary = isPrimary ?? !primaries.has(ambassadorId);
    if (primary) primaries.add(ambassadorId);
    return { ...emptyHouseFields(), ...fields, id: id ?? deps.id(), ambassadorId, isPrimary: primary, createdAt: at, updatedAt: at };
  });
  const quotes = (options.quotes ?? []).map(
    ({ id, ambassadorId, status, approvedBy, approvedAt, parentId, ...fields }): Quote => ({
      ...emptyQuoteFields(),
      ...fields,
      variants: { ...emptyQuoteFields().variants, ...fields.variants },
      id: id ?? deps.id(),
      ambassadorId,
      status: status ?? 'draft',
      approvedBy: approvedBy ?? null,
      approvedAt: approvedAt ?? null,
      parentId: parentId ?? null,
      createdAt: at,
      updatedAt: at,
    }),
  );
  const ownerOf = (type: CommentTarget, id: string) =>
    (type === 'house' ? houses.find((h) => h.id === id) : quotes.find((q) => q.id === id))?.ambassadorId ?? '';
  const comments = (options.comments ?? []).map(
    (c): Comment => ({
      id: c.id ?? deps.id(),
      targetType: c.targetType,
      targetId: c.targetId,
      ambassadorId: c.ambassadorId ?? ownerOf(c.targetType, c.targetId),
      field: c.field,
      authorRole: c.authorRole ?? 'trainer',
      authorName: c.authorName ?? 'Trainer',
      body: c.body,
      resolvedAt: c.resolvedAt ?? null,
      createdAt: c.createdAt ?? at,
      updatedAt: c.updatedAt ?? at,
    }),
  );
  const revisions = (options.revisions ?? []).map(
    (r): Revision => ({
      id: r.id ?? deps.id(),
      entityType: r.entityType,
      entityId: r.entityId,
      reason: r.reason ?? 'edit',
      createdAt: r.createdAt ?? at,
      snapshot: r.snapshot,
    }),
  );
  return { houses, quotes, comments, revisions, trainerPin: options.trainerPin ?? null, trainerUnlocked: false };
}

function houseFieldsOf(h: MessageHouse): HouseFields {
  const { id: _i, ambassadorId: _a, isPrimary: _p, createdAt: _c, updatedAt: _u, ...fields } = h;
  return fields;
}

function quoteFieldsOf(q: Quote): QuoteFields {
  const { id: _i, ambassadorId: _a, status: _s, approvedBy: _b, approvedAt: _t, parentId: _p, createdAt: _c, updatedAt: _u, ...fields } = q;
  return fields;
}

const ALWAYS_EDITABLE = new Set(['consentNotes', 'consentWithdrawn']);

/** A plain substring search standing in for FTS5: every word must appear; the first match is bracketed. */
function matchSnippet(body: string, words: string[]): string | null {
  const lower = body.toLowerCase();
  if (!words.every((w) => lower.includes(w))) return null;
  const first = words[0] ?? '';
  const at = lower.indexOf(first);
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${body.slice(start, at)}[${body.slice(at, at + first.length)}]${body.slice(at + first.length, at + first.length + 40)}`;
}

export function createWritingHandlers(state: WritingState, deps: WritingDeps) {
  const { now, fail } = deps;

  const role = (): Role => (state.trainerPin ? (state.trainerUnlocked ? 'trainer' : 'ambassador') : deps.settings().role);
  const roleState = (): RoleState => ({ role: role(), pinSet: state.trainerPin !== null });
  const requireTrainer = (action: string) => {
    if (role() !== 'trainer') fail('FORBIDDEN', `Only a trainer can ${action}. Switch to Trainer mode first.`);
  };
  const switchTo = (next: Role, pin?: string): RoleState => {
    if (next === 'trainer' && state.trainerPin) {
      if (pin !== state.trainerPin) fail('FORBIDDEN', 'That PIN is not right. Trainer mode stays locked.');
      state.trainerUnlocked = true;
    }
    if (next === 'ambassador') state.trainerUnlocked = false;
    deps.setSettings({ ...deps.settings(), role: next });
    return roleState();
  };

  const ambassador = (id: string): Ambassador => {
    const found = deps.ambassadors().find((a) => a.id === id);
    return found ?? fail('NOT_FOUND', 'That ambassador does not exist or was deleted.');
  };
  const house = (id: string): MessageHouse =>
    state.houses.find((h) => h.id === id) ?? fail('NOT_FOUND', 'That message house does not exist or was deleted.');
  const quote = (id: string): Quote => state.quotes.find((q) => q.id === id) ?? fail('NOT_FOUND', 'That quote does not exist or was deleted.');
  const comment = (id: string): Comment =>
    state.comments.find((c) => c.id === id) ?? fail('NOT_FOUND', 'That comment does not exist or was deleted.');

  const recordBefore = (entityType: RevisionEntityType, entityId: string, snapshot: unknown, reason: RevisionReason) => {
    const at = now();
    if (reason === 'edit') {
      const last = state.revisions.filter((r) => r.entityType === entityType && r.entityId === entityId).at(-1);
      if (last && Date.parse(at) - Date.parse(last.createdAt) < REVISION_WINDOW_MS) return;
    }
    state.revisions = [...state.revisions, { id: deps.id(), entityType, entityId, reason, createdAt: at, snapshot }];
  };

  const putHouse = (next: MessageHouse) => {
    state.houses = state.houses.map((h) => (h.id === next.id ? next : h));
    return next;
  };
  const putQuote = (next: Quote) => {
    state.quotes = state.quotes.map((q) => (q.id === next.id ? next : q));
    return next;
  };
  const makePrimary = (id: string, ambassadorId: string) => {
    state.houses = state.houses.map((h) => (h.ambassadorId === ambassadorId ? { ...h, isPrimary: h.id === id } : h));
  };
  const assertLinks = (ambassadorId: string, fields: QuoteFields) => {
    if (fields.houseId === null) return;
    const linked = state.houses.find((h) => h.id === fields.houseId && h.ambassadorId === ambassadorId);
    if (!linked) return fail('NOT_FOUND', 'The linked message house does not exist.');
    if (fields.pillarId !== null && !linked.pillars.some((p) => p.id === fields.pillarId)) {
      fail('NOT_FOUND', 'The linked key message is no longer in that message house.');
    }
  };
  const insertQuote = (ambassadorId: string, fields: QuoteFields, parentId: string | null): Quote => {
    const at = now();
    const created: Quote = {
      ...fields,
      id: deps.id(),
      ambassadorId,
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
      parentId,
      createdAt: at,
      updatedAt: at,
    };
    state.quotes = [created, ...state.quotes];
    return created;
  };
  const ownerOf = (type: CommentTarget, id: string): string => {
    const target = type === 'house' ? state.houses.find((h) => h.id === id) : state.quotes.find((q) => q.id === id);
    return target?.ambassadorId ?? fail('NOT_FOUND', `That ${type === 'house' ? 'message house' : 'quote'} was deleted, so it cannot take comments.`);
  };
  const nameOf = (ambassadorId: string) => {
    const a = deps.ambassadors().find((x) => x.id === ambassadorId);
    return a ? displayName(a) : 'Unknown ambassador';
  };
  const byUpdatedDesc = (a: Quote, b: Quote) => b.updatedAt.localeCompare(a.updatedAt);

  return {
    /** settings:update's mode change goes through the same rule as role:switch (no PIN there). */
    switchRoleFromSettings: (next: Role) => switchTo(next),

    'role:state': () => roleState(),
    'role:switch': ({ role: next, pin }: { role: Role; pin?: string }) => switchTo(next, pin),
    'role:setPin': ({ pin }: { pin: string }) => {
      if (state.trainerPin) requireTrainer('change the trainer PIN');
      state.trainerPin = pin;
      state.trainerUnlocked = true;
      return roleState();
    },
    'role:clearPin': ({ pin }: { pin: string }) => {
      if (!state.trainerPin) return roleState();
      if (pin !== state.trainerPin) fail('FORBIDDEN', 'That PIN is not right, so it was not removed.');
      state.trainerPin = null;
      return roleState();
    },

    'house:list': ({ ambassadorId }: { ambassadorId: string }) =>
      state.houses
        .filter((h) => h.ambassadorId === ambassadorId)
        .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.createdAt.localeCompare(b.createdAt)),
    'house:get': ({ id }: { id: string }) => house(id),
    'house:create': ({ ambassadorId, fields }: { ambassadorId: string; fields: Partial<HouseFields> }) => {
      ambassador(ambassadorId);
      const full = deps.parse(houseFieldsSchema, { ...emptyHouseFields(), ...fields });
      const at = now();
      const isFirst = !state.houses.some((h) => h.ambassadorId === ambassadorId);
      const created: MessageHouse = { ...full, id: deps.id(), ambassadorId, isPrimary: isFirst, createdAt: at, updatedAt: at };
      state.houses = [...state.houses, created];
      return created;
    },
    'house:update': ({ id, patch }: { id: string; patch: HousePatch }) => {
      const current = house(id);
      const next = deps.parse(houseFieldsSchema, { ...houseFieldsOf(current), ...patch });
      recordBefore('house', id, houseFieldsOf(current), 'edit');
      return putHouse({ ...current, ...next, updatedAt: now() });
    },
    'house:setPrimary': ({ id }: { id: string }) => {
      const current = house(id);
      makePrimary(id, current.ambassadorId);
      return house(id);
    },
    'house:delete': ({ id }: { id: string }) => {
      const current = house(id);
      recordBefore('house', id, houseFieldsOf(current), 'archive');
      state.houses = state.houses.filter((h) => h.id !== id);
      state.comments = state.comments.filter((c) => !(c.targetType === 'house' && c.targetId === id));
      const rest = state.houses.filter((h) => h.ambassadorId === current.ambassadorId);
      if (current.isPrimary && rest[0]) makePrimary(rest[0].id, current.ambassadorId);
      return null;
    },

    'quote:list': ({ ambassadorId }: { ambassadorId: string }) =>
      state.quotes.filter((q) => q.ambassadorId === ambassadorId).sort(byUpdatedDesc),
    'quote:get': ({ id }: { id: string }) => quote(id),
    'quote:create': ({ ambassadorId, fields }: { ambassadorId: string; fields: Partial<QuoteFields> }) => {
      ambassador(ambassadorId);
      const full = deps.parse(quoteFieldsSchema, { ...emptyQuoteFields(), ...fields });
      assertLinks(ambassadorId, full);
      return insertQuote(ambassadorId, full, null);
    },
    'quote:update': ({ id, patch }: { id: string; patch: QuotePatch }) => {
      const current = quote(id);
      const locked = Object.keys(patch).filter((k) => !ALWAYS_EDITABLE.has(k));
      if (current.status !== 'draft' && locked.length > 0) {
        fail(
          'CONFLICT',
          current.status === 'approved'
            ? 'This quote is approved, so its text is locked. Use "Edit as new draft" to change it.'
            : `This quote is ${STATUS_LABELS[current.status].toLowerCase()}, so its text cannot be changed.`,
        );
      }
      const next = deps.parse(quoteFieldsSchema, { ...quoteFieldsOf(current), ...patch });
      assertLinks(current.ambassadorId, next);
      recordBefore('quote', id, quoteFieldsOf(current), 'edit');
      return putQuote({ ...current, ...next, updatedAt: now() });
    },
    'quote:transition': ({ id, action }: { id: string; action: QuoteAction }) => {
      const current = quote(id);
      if (QUOTE_TRANSITIONS[action].trainerOnly) requireTrainer(action === 'approve' ? 'approve a quote' : 'send a quote back');
      const target = nextStatus(current.status, action);
      if (!target) return fail('CONFLICT', `A quote that is ${STATUS_LABELS[current.status].toLowerCase()} cannot be changed that way.`);
      if (action === 'submit' && current.text.trim() === '') fail('VALIDATION', 'Write the quote before sending it for review.');
      if (action === 'approve' && current.consentWithdrawn) {
        fail('CONFLICT', 'The ambassador has withdrawn consent for this quote, so it cannot be approved.');
      }
      recordBefore('quote', id, { ...quoteFieldsOf(current), status: current.status }, 'status');
      const at = now();
      const approval =
        target === 'approved'
          ? { approvedBy: deps.settings().trainerName.trim() || 'Trainer', approvedAt: at }
          : target === 'retired'
            ? { approvedBy: current.approvedBy, approvedAt: current.approvedAt }
            : { approvedBy: null, approvedAt: null };
      return putQuote({ ...current, status: target, ...approval, updatedAt: at });
    },
    'quote:reviseApproved': ({ id }: { id: string }) => {
      const current = quote(id);
      if (current.status !== 'approved') fail('CONFLICT', 'Only an approved quote is edited as a new draft.');
      return insertQuote(current.ambassadorId, quoteFieldsOf(current), current.id);
    },
    'quote:delete': ({ id }: { id: string }) => {
      const current = quote(id);
      if (current.status === 'approved') fail('CONFLICT', 'Retire an approved quote instead of deleting it.');
      state.quotes = state.quotes.filter((q) => q.id !== id);
      state.comments = state.comments.filter((c) => !(c.targetType === 'quote' && c.targetId === id));
      return null;
    },

    'comment:list': ({ targetType, targetId }: { targetType: CommentTarget; targetId: string }) =>
      state.comments.filter((c) => c.targetType === targetType && c.targetId === targetId),
    'comment:add': (input: NewComment) => {
      const ambassadorId = ownerOf(input.targetType, input.targetId);
      const author = role();
      const at = now();
      const created: Comment = {
        id: deps.id(),
        ...input,
        body: input.body.trim(),
        ambassadorId,
        authorRole: author,
        authorName: author === 'trainer' ? deps.settings().trainerName.trim() || 'Trainer' : nameOf(ambassadorId),
        resolvedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      state.comments = [...state.comments, created];
      return created;
    },
    'comment:resolve': ({ id, resolved }: { id: string; resolved: boolean }) => {
      const current = comment(id);
      ownerOf(current.targetType, current.targetId);
      const at = now();
      const next = { ...current, resolvedAt: resolved ? at : null, updatedAt: at };
      state.comments = state.comments.map((c) => (c.id === id ? next : c));
      return next;
    },

    'review:queue': ({ cohortId }: { cohortId?: string }): ReviewQueue => {
      const inCohort = (ambassadorId: string) =>
        cohortId === undefined || deps.ambassadors().find((a) => a.id === ambassadorId)?.cohortId === cohortId;
      return {
        quotes: state.quotes
          .filter((q) => q.status === 'in_review' && inCohort(q.ambassadorId))
          .map((q) => ({ quote: q, ambassadorName: nameOf(q.ambassadorId) })),
        comments: state.comments
          .filter((c) => c.resolvedAt === null && inCohort(c.ambassadorId))
          .map((c) => ({ comment: c, ambassadorName: nameOf(c.ambassadorId) })),
      };
    },

    'search:query': ({ text }: { text: string }): SearchResult[] => {
      const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (words.length === 0) return [];
      const docs = [
        ...state.houses.map((h) => ({
          entityType: 'house' as const,
          entityId: h.id,
          ambassadorId: h.ambassadorId,
          title: h.title || h.umbrella || (h.template === 'box' ? 'Message Box' : 'Message House'),
          body: houseTexts(h).map((t) => t.text).join('\n'),
        })),
        ...state.quotes.map((q) => ({
          entityType: 'quote' as const,
          entityId: q.id,
          ambassadorId: q.ambassadorId,
          title: q.text.slice(0, 80) || 'Quote',
          body: quoteTexts(q).map((t) => t.text).join('\n'),
        })),
        ...state.comments.map((c) => ({
          entityType: 'comment' as const,
          entityId: c.id,
          ambassadorId: c.ambassadorId,
          title: `Comment by ${c.authorName}`,
          body: c.body,
        })),
      ];
      return docs.flatMap(({ body, ...doc }) => {
        const snippet = matchSnippet(body, words);
        return snippet ? [{ ...doc, ambassadorName: nameOf(doc.ambassadorId), snippet }] : [];
      });
    },

    'revision:list': ({ entityType, entityId }: { entityType: RevisionEntityType; entityId: string }): RevisionSummary[] =>
      state.revisions
        .filter((r) => r.entityType === entityType && r.entityId === entityId)
        .map(({ snapshot: _s, ...summary }) => summary)
        .reverse(),
    'revision:get': ({ id }: { id: string }) =>
      state.revisions.find((r) => r.id === id) ?? fail('NOT_FOUND', 'That version is no longer in the history.'),
    'revision:restore': ({ id }: { id: string }) => {
      const revision = state.revisions.find((r) => r.id === id) ?? fail('NOT_FOUND', 'That version is no longer in the history.');
      if (revision.entityType === 'house') {
        const fields = houseFieldsSchema.safeParse(revision.snapshot);
        if (!fields.success) fail('CONFLICT', 'That version cannot be restored: it is from an older format.');
        const current = house(revision.entityId);
        recordBefore('house', current.id, houseFieldsOf(current), 'restore');
        putHouse({ ...current, ...fields.data, updatedAt: now() });
      } else if (revision.entityType === 'quote') {
        const { status: _s, ...rest } = (revision.snapshot ?? {}) as Record<string, unknown>;
        const fields = quoteFieldsSchema.safeParse(rest);
        if (!fields.success) fail('CONFLICT', 'That version cannot be restored: it is from an older format.');
        const current = quote(revision.entityId);
        if (current.status !== 'draft') {
          fail('CONFLICT', 'Only a draft can be restored from history. Edit an approved quote as a new draft first.');
        }
        recordBefore('quote', current.id, quoteFieldsOf(current), 'restore');
        putQuote({ ...current, ...fields.data, updatedAt: now() });
      } else {
        fail('UNSUPPORTED', 'Profiles and cohorts are restored by editing them; this history is for reference.');
      }
      return { entityType: revision.entityType as 'house' | 'quote', entityId: revision.entityId };
    },
  };
}
