/**
 * The one contract between renderer and backend. Each channel (`domain:verb`) names its zod input schema and
 * its output type. The preload, the HTTP transport, the renderer client and the handler map are all derived
 * from this object, so a channel added here without a handler fails to compile.
 */
import { z } from 'zod';
import { bytesSchema } from './binary';
import { LIMITS } from './limits';
import { idSchema } from './domain/common';
import {
  ambassadorFieldsSchema,
  ambassadorPatchSchema,
  type Ambassador,
  type AmbassadorSummary,
} from './domain/ambassador';
import { cohortFieldsSchema, cohortPatchSchema, type Cohort } from './domain/cohort';
import { settingsPatchSchema, type AppSettings } from './domain/settings';
import { revisionEntityTypeSchema, type Revision, type RevisionSummary } from './domain/revision';
import type { Result } from './result';
import { CHANNEL_NAMES, type ChannelNameFromList } from './channels';

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

  'sample:load': channel<SampleResult>()(none),
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
