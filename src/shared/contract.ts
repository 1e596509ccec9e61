/**
 * The one contract between renderer and backend. Each channel (`domain:verb`) names its zod input schema and
 * its output type. The preload, the HTTP transport, the renderer client and the handler map are all derived
 * from this object, so a channel added here without a handler fails to compile.
 */
import { z } from 'zod';
import { bytesSchema } from './binary';
import { LIMITS } from './limits';
import { idSchema, isWellFormedText, text } from './domain/common';
import {
  ambassadorFieldsSchema,
  ambassadorPatchSchema,
  type Ambassador,
  type AmbassadorSummary,
} from './domain/ambassador';
import { cohortFieldsSchema, cohortPatchSchema, type Cohort } from './domain/cohort';
import { settingsPatchSchema, type AppSettings } from './domain/settings';
import { revisionEntityTypeSchema, type Revision, type RevisionSummary } from './domain/revision';
import { housePatchSchema, houseFieldsSchema, type MessageHouse } from './domain/message-house';
import { quoteFieldsSchema, quotePatchSchema, type Quote } from './domain/quote';
import { COMMENT_TARGETS, newCommentSchema, type Comment } from './domain/comment';
import type { ReviewQueue, SearchResult } from './domain/review';
import { languageRuleSchema, type LanguageRule } from './checks/language-guide-schema';
import {
  INTERVIEW_TYPE_IDS,
  QUESTION_CATEGORIES,
  REHEARSAL_MODES,
  questionContentSchema,
  recordingSchema,
  selfRatingSchema,
  takeMetricsSchema,
  type Question,
  type QuestionPack,
  type RehearsalSession,
  type Take,
} from './domain/rehearsal';
import { ROLES } from './domain/settings';
import type { Result } from './result';
import { CHANNEL_NAMES, type ChannelNameFromList } from './channels';
import { findingIdSchema, packOptionsSchema, sheetOptionsSchema } from './sheet/options';
import type {
  CohortLogo,
  PackExport,
  PackProgress,
  SheetChoices,
  SheetConfirmation,
  SheetExport,
  SheetPreview,
} from './sheet/api';

/** Phantom marker carrying a channel's output type; it has no runtime value. */
declare const outputBrand: unique symbol;
interface Channel<I extends z.ZodType, O> {
  input: I;
  readonly [outputBrand]?: O;
}
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

const none = z.strictObject({});
const byId = z.strictObject({ id: idSchema });

export type AppStatus =
  | { state: 'ready'; version: string; dataDir: string; dbPath: string; schemaVersion: number; transport: string }
  | {
      state: 'error';
      version: string;
      dataDir: string;
      dbPath: string;
      code: 'DB_NEWER' | 'DB_CORRUPT' | 'DB_UNAVAILABLE';
      message: string;
    };

export interface Photo {
  mime: string;
  bytes: Uint8Array;
}

export interface RoleState {
  role: 'ambassador' | 'trainer';
  /** True when trainer mode is protected by a PIN on this laptop. */
  pinSet: boolean;
}

/** A trainer PIN: 4 to 12 digits, so it is quick to type at a residential and hard to guess by looking. */
export const pinSchema = z.string().regex(/^\d{4,12}$/, { message: 'A PIN is 4 to 12 digits' });

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

export interface QuestionSet {
  id: string;
  cohortId: string;
  name: string;
  questionIds: string[];
  updatedAt: string;
}

/** Largest question-pack file accepted; a real pack of 2,000 questions is well under 2 MB. */
export const MAX_PACK_FILE_CHARS = 4 * 1024 * 1024;

/** How a PDF was saved: by the desktop app's save dialog, or left to the browser to download. */
export type SaveOutcome = { mode: 'dialog'; path: string | null } | { mode: 'download' };

/** Largest PDF the save channel accepts (a 12-page press pack with photos is a few MB). */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;

export interface SampleResult {
  cohortId: string;
  ambassadorIds: string[];
}

export const contract = {
  'app:status': channel<AppStatus>()(none),

  'settings:get': channel<AppSettings>()(none),
  'settings:update': channel<AppSettings>()(z.strictObject({ patch: settingsPatchSchema })),

  'cohort:list': channel<Cohort[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
  'cohort:get': channel<Cohort>()(byId),
  'cohort:create': channel<Cohort>()(z.strictObject({ fields: cohortFieldsSchema })),
  'cohort:update': channel<Cohort>()(z.strictObject({ id: idSchema, patch: cohortPatchSchema })),
  'cohort:archive': channel<Cohort>()(z.strictObject({ id: idSchema, archived: z.boolean() })),

  'ambassador:list': channel<AmbassadorSummary[]>()(
    z.strictObject({ cohortId: idSchema.optional(), includeArchived: z.boolean().optional() }),
  ),
  'ambassador:get': channel<Ambassador>()(byId),
  'ambassador:create': channel<Ambassador>()(z.strictObject({ fields: ambassadorFieldsSchema.partial() })),
  'ambassador:update': channel<Ambassador>()(z.strictObject({ id: idSchema, patch: ambassadorPatchSchema })),
  'ambassador:archive': channel<Ambassador>()(z.strictObject({ id: idSchema, archived: z.boolean() })),
  'ambassador:setPhoto': channel<Ambassador>()(
    z.strictObject({ id: idSchema, bytes: bytesSchema(LIMITS.photoBytes, 'Photo') }),
  ),
  'ambassador:removePhoto': channel<Ambassador>()(byId),
  'ambassador:photo': channel<Photo | null>()(byId),

  'revision:list': channel<RevisionSummary[]>()(
    z.strictObject({ entityType: revisionEntityTypeSchema, entityId: idSchema }),
  ),
  'revision:get': channel<Revision>()(byId),
  'revision:restore': channel<{ entityType: 'house' | 'quote'; entityId: string }>()(byId),

  'role:state': channel<RoleState>()(none),
  'role:switch': channel<RoleState>()(z.strictObject({ role: z.enum(ROLES), pin: pinSchema.optional() })),
  'role:setPin': channel<RoleState>()(z.strictObject({ pin: pinSchema })),
  'role:clearPin': channel<RoleState>()(z.strictObject({ pin: pinSchema })),

  'house:list': channel<MessageHouse[]>()(z.strictObject({ ambassadorId: idSchema })),
  'house:get': channel<MessageHouse>()(byId),
  'house:create': channel<MessageHouse>()(z.strictObject({ ambassadorId: idSchema, fields: houseFieldsSchema.partial() })),
  'house:update': channel<MessageHouse>()(z.strictObject({ id: idSchema, patch: housePatchSchema })),
  'house:setPrimary': channel<MessageHouse>()(byId),
  'house:delete': channel<null>()(byId),

  'quote:list': channel<Quote[]>()(z.strictObject({ ambassadorId: idSchema })),
  'quote:get': channel<Quote>()(byId),
  'quote:create': channel<Quote>()(z.strictObject({ ambassadorId: idSchema, fields: quoteFieldsSchema.partial() })),
  'quote:update': channel<Quote>()(z.strictObject({ id: idSchema, patch: quotePatchSchema })),
  'quote:transition': channel<Quote>()(
    z.strictObject({ id: idSchema, action: z.enum(['submit', 'approve', 'sendBack', 'retire']) }),
  ),
  'quote:reviseApproved': channel<Quote>()(byId),
  'quote:delete': channel<null>()(byId),

  'comment:list': channel<Comment[]>()(z.strictObject({ targetType: z.enum(COMMENT_TARGETS), targetId: idSchema })),
  'comment:add': channel<Comment>()(newCommentSchema),
  'comment:resolve': channel<Comment>()(z.strictObject({ id: idSchema, resolved: z.boolean() })),

  'review:queue': channel<ReviewQueue>()(z.strictObject({ cohortId: idSchema.optional() })),
  'search:query': channel<SearchResult[]>()(
    z.strictObject({ text: text(200, 'Search text') }),
  ),

  'question:list': channel<Question[]>()(z.strictObject({ cohortId: idSchema.nullable() })),
  'question:add': channel<Question>()(z.strictObject({ cohortId: idSchema, content: questionContentSchema })),
  'question:edit': channel<Question>()(z.strictObject({ id: idSchema, content: questionContentSchema })),
  'question:retire': channel<null>()(z.strictObject({ cohortId: idSchema, questionId: idSchema, retired: z.boolean() })),
  'question:exportPack': channel<QuestionPack>()(z.strictObject({ cohortId: idSchema })),
  'question:importPack': channel<ImportReport>()(
    z.strictObject({
      cohortId: idSchema,
      fileText: z
        .string()
        .max(MAX_PACK_FILE_CHARS, { message: 'That file is too large to be a question pack (over 4 MB)' })
        .refine(isWellFormedText, { message: 'That file is not valid text' }),
    }),
  ),
  'questionSet:list': channel<QuestionSet[]>()(z.strictObject({ cohortId: idSchema })),
  'questionSet:save': channel<QuestionSet>()(
    z.strictObject({
      id: idSchema.optional(),
      cohortId: idSchema,
      name: text(120, 'Set name').refine((v) => v.trim().length > 0, { message: 'Give the set a name' }),
      questionIds: z.array(idSchema).min(1, { message: 'Choose at least one question' }).max(200),
    }),
  ),
  'questionSet:delete': channel<null>()(byId),

  'rehearsal:start': channel<RehearsalSession>()(
    z.strictObject({
      ambassadorId: idSchema,
      interviewType: z.enum(INTERVIEW_TYPE_IDS),
      mode: z.enum(REHEARSAL_MODES),
      count: z.number().int().min(1).max(30),
      categories: z.array(z.enum(QUESTION_CATEGORIES)).max(QUESTION_CATEGORIES.length),
      setId: idSchema.optional(),
    }),
  ),
  'rehearsal:get': channel<RehearsalSession>()(byId),
  'rehearsal:list': channel<RehearsalSession[]>()(z.strictObject({ ambassadorId: idSchema })),
  'rehearsal:saveTake': channel<Take>()(
    z.strictObject({
      sessionId: idSchema,
      questionId: idSchema,
      position: z.number().int().min(0).max(100),
      durationMs: z.number().int().min(0).max(60 * 60 * 1000),
      recording: recordingSchema.optional(),
      metrics: takeMetricsSchema.optional(),
      notes: text(2000, 'Notes'),
    }),
  ),
  'rehearsal:rateTake': channel<Take>()(z.strictObject({ takeId: idSchema, rating: selfRatingSchema })),
  'rehearsal:noteTake': channel<Take>()(
    z.strictObject({ takeId: idSchema, notes: text(2000, 'Notes') }),
  ),
  'rehearsal:finish': channel<RehearsalSession>()(byId),
  'rehearsal:recording': channel<{ mime: string; bytes: Uint8Array } | null>()(z.strictObject({ takeId: idSchema })),
  'rehearsal:deleteTake': channel<null>()(z.strictObject({ takeId: idSchema })),
  'rehearsal:deleteSession': channel<null>()(byId),
  'rehearsal:dueCount': channel<number>()(z.strictObject({ ambassadorId: idSchema })),

  'languageRules:get': channel<LanguageRule[]>()(z.strictObject({ cohortId: idSchema })),
  'languageRules:set': channel<LanguageRule[]>()(
    z.strictObject({ cohortId: idSchema, rules: z.array(languageRuleSchema).max(100, { message: 'A cohort can have at most 100 rules' }) }),
  ),

  'file:savePdf': channel<SaveOutcome>()(
    z.strictObject({
      title: text(200, 'Title').refine((v) => v.trim().length > 0, { message: 'The file needs a title' }),
      bytes: bytesSchema(MAX_PDF_BYTES, 'PDF'),
    }),
  ),

  'sample:load': channel<SampleResult>()(none),

  'sheet:options': channel<SheetChoices>()(z.strictObject({ ambassadorId: idSchema })),
  'sheet:preview': channel<SheetPreview>()(z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema })),
  'sheet:text': channel<string>()(z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema })),
  'sheet:export': channel<SheetExport>()(z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema })),
  'sheet:confirmPrivateItem': channel<SheetConfirmation>()(
    z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema, findingId: findingIdSchema }),
  ),
  'sheet:revokeConfirmation': channel<null>()(byId),
  'sheet:setLogo': channel<CohortLogo>()(z.strictObject({ cohortId: idSchema, bytes: bytesSchema(LIMITS.photoBytes, 'Logo') })),
  'sheet:removeLogo': channel<CohortLogo>()(z.strictObject({ cohortId: idSchema })),
  'sheet:logo': channel<Photo | null>()(z.strictObject({ cohortId: idSchema })),
  'pack:export': channel<PackExport>()(z.strictObject({ cohortId: idSchema, options: packOptionsSchema })),
  'pack:progress': channel<PackProgress>()(none),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> =
  Contract[C] extends Channel<z.ZodType, infer O> ? O : never;

/** Compile-time proof that channels.ts lists exactly the contract's channels, no more and no fewer. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatches: SameKeys<ChannelName, ChannelNameFromList> = true;
void channelListMatches;

export const CHANNELS: readonly ChannelName[] = CHANNEL_NAMES;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The API the renderer sees, whichever transport carries it. */
export type StudioApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};
