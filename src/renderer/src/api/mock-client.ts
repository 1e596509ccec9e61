/**
 * An in-memory StudioApi for component tests and stories. It parses every input with the contract's own
 * schemas and answers with the same Result shapes as the backend, so the UI is exercised as it is in the app.
 * It records every call in `calls`, and any channel can be replaced (e.g. with a vi.fn) on the object.
 */
import { CHANNEL_NAMES } from '../../../shared/channels';
import { contract, type AppStatus, type ChannelName, type ChannelOutput, type Photo, type StudioApi } from '../../../shared/contract';
import {
  ambassadorFieldsSchema,
  displayName,
  emptyAmbassadorFields,
  publicName,
  sniffImageType,
  type Ambassador,
  type AmbassadorFields,
  type AmbassadorSummary,
} from '../../../shared/features/ambassadors/schemas';
import { cohortFieldsSchema, emptyCohortFields, type Cohort, type CohortFields } from '../../../shared/features/cohorts/schemas';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../shared/features/settings/schemas';
import { formatBytes, LIMITS } from '../../../shared/limits';
import type { ErrorCode, FieldIssue, Result } from '../../../shared/result';
import { createWritingHandlers, createWritingState, type WritingOptions, type WritingState } from './mock-writing';
import { createRehearsalState, rehearsalHandlers, type RehearsalMockOptions, type RehearsalMockState } from './mock-rehearsal';
import { sheetHandlers } from './mock-sheet';

export interface MockState extends WritingState {
  status: AppStatus;
  settings: AppSettings;
  cohorts: Cohort[];
  ambassadors: Ambassador[];
  photos: Map<string, Photo>;
  rehearsal: RehearsalMockState;
}

export interface MockCall {
  channel: ChannelName;
  input: unknown;
}

export type MockStudioApi = StudioApi & {
  readonly state: MockState;
  readonly calls: MockCall[];
  /** Calls made to one channel, in order. */
  callsTo(channel: ChannelName): unknown[];
};

export interface MockOptions extends WritingOptions {
  status?: AppStatus;
  settings?: Partial<AppSettings>;
  cohorts?: Array<Partial<CohortFields> & { id?: string; archivedAt?: string | null }>;
  ambassadors?: Array<Partial<AmbassadorFields> & { id?: string; archivedAt?: string | null; hasPhoto?: boolean }>;
  rehearsal?: RehearsalMockOptions;
}

class MockError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

const READY: AppStatus = {
  state: 'ready',
  version: '0.1.0',
  dataDir: '/home/trainer/.local/share/ambassador-studio',
  dbPath: '/home/trainer/.local/share/ambassador-studio/ambassador-studio.sqlite',
  schemaVersion: 10,
  transport: 'mock',
};

let idCounter = 0;
/** Deterministic, valid UUID v4 strings. */
export function mockId(): string {
  idCounter += 1;
  return `00000000-0000-4000-8000-${idCounter.toString(16).padStart(12, '0')}`;
}

/** Copies answers so callers never share state with the mock (structuredClone would change the realm of typed arrays in jsdom). */
function clone<T>(value: T): T {
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)])) as T;
  }
  return value;
}

function timestamp(): string {
  return new Date().toISOString();
}

function toSummary(a: Ambassador): AmbassadorSummary {
  return {
    id: a.id,
    cohortId: a.cohortId,
    displayName: displayName(a),
    publicName: publicName(a),
    nameMode: a.nameMode,
    role: a.role,
    hasPhoto: a.hasPhoto,
    archivedAt: a.archivedAt,
    updatedAt: a.updatedAt,
  };
}

function zodFailure(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): MockError {
  const list = issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
  const first = list[0];
  const message = first ? `${first.message}${first.path === '(input)' ? '' : ` [${first.path}]`}` : 'The request was not valid.';
  return new MockError('VALIDATION', message, list);
}

function parseWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodFailure(parsed.error.issues);
  return parsed.data;
}

export const SAMPLE_FIELDS: ReadonlyArray<Partial<AmbassadorFields>> = [
  {
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'full',
    pronouns: 'she/her',
    role: 'Biomedical engineer and football coach',
    languages: ['English', 'Arabic'],
    shortBio: 'Amira designs software that helps hospitals spot illness earlier.',
    photoConsent: true,
    topicsWelcome: ['Science and health'],
    topicsDeclined: ['Religion'],
    privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
  },
  {
    fullName: 'Olena Kovalenko',
    firstName: 'Olena',
    nameMode: 'first',
    pronouns: 'she/her',
    role: 'Community choir leader',
    languages: ['English', 'Ukrainian'],
  },
];

export function createMockClient(options: MockOptions = {}): MockStudioApi {
  const now = timestamp();
  const state: MockState = {
    status: options.status ?? READY,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    cohorts: (options.cohorts ?? []).map(({ id, archivedAt, ...fields }) => ({
      ...emptyCohortFields(),
      ...fields,
      id: id ?? mockId(),
      archivedAt: archivedAt ?? null,
      createdAt: now,
      updatedAt: now,
    })),
    ambassadors: (options.ambassadors ?? []).map(({ id, archivedAt, hasPhoto, ...fields }) => ({
      ...emptyAmbassadorFields(),
      ...fields,
      id: id ?? mockId(),
      hasPhoto: hasPhoto ?? false,
      archivedAt: archivedAt ?? null,
      createdAt: now,
      updatedAt: now,
    })),
    photos: new Map(),
    rehearsal: createRehearsalState(options.rehearsal),
    ...createWritingState(options, { now: timestamp, id: mockId }),
  };
  const calls: MockCall[] = [];
  const { switchRoleFromSettings, ...writingHandlers } = createWritingHandlers(state, {
    now: timestamp,
    id: mockId,
    fail: (code, message) => {
      throw new MockError(code, message);
    },
    parse: parseWith,
    ambassadors: () => state.ambassadors,
    settings: () => state.settings,
    setSettings: (next) => {
      state.settings = next;
    },
  });

  const ambassador = (id: string): Ambassador => {
    const found = state.ambassadors.find((a) => a.id === id);
    if (!found) throw new MockError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return found;
  };
  const cohort = (id: string): Cohort => {
    const found = state.cohorts.find((c) => c.id === id);
    if (!found) throw new MockError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return found;
  };
  const replaceAmbassador = (next: Ambassador): Ambassador => {
    state.ambassadors = state.ambassadors.map((a) => (a.id === next.id ? next : a));
    return next;
  };
  const replaceCohort = (next: Cohort): Cohort => {
    state.cohorts = state.cohorts.map((c) => (c.id === next.id ? next : c));
    return next;
  };
  const fieldsOf = (a: Ambassador): AmbassadorFields => {
    const { id: _i, hasPhoto: _h, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = a;
    return fields;
  };
  const createAmbassador = (fields: Partial<AmbassadorFields>): Ambassador => {
    const full = parseWith(ambassadorFieldsSchema, { ...emptyAmbassadorFields(), ...fields });
    if (full.cohortId) cohort(full.cohortId);
    const at = timestamp();
    const created: Ambassador = { ...full, id: mockId(), hasPhoto: false, archivedAt: null, createdAt: at, updatedAt: at };
    state.ambassadors = [...state.ambassadors, created];
    return created;
  };
  const createCohort = (fields: CohortFields): Cohort => {
    const at = timestamp();
    const created: Cohort = { ...fields, id: mockId(), archivedAt: null, createdAt: at, updatedAt: at };
    state.cohorts = [...state.cohorts, created];
    return created;
  };

  // Only the channels the UI uses so far; the others answer UNSUPPORTED (the contract grows faster than the UI).
  type Handlers = { [C in ChannelName]?: (input: never) => ChannelOutput<C> };
  const handlers: Handlers = {
    ...sheetHandlers({
      state,
      id: mockId,
      fail: (code, message, issues) => {
        throw new MockError(code, message, issues);
      },
    }),
    ...rehearsalHandlers({
      state: state.rehearsal,
      // Same rule as the writing mock: with a PIN set, trainer mode must be unlocked.
      role: () => (state.trainerPin ? (state.trainerUnlocked ? 'trainer' : 'ambassador') : state.settings.role),
      requireCohort: (id) => void cohort(id),
      cohortOf: (id) => ambassador(id).cohortId,
      fail: (code, message, issues) => {
        throw new MockError(code, message, issues);
      },
      id: mockId,
    }),
    'app:status': () => state.status,
    'settings:get': () => state.settings,
    'settings:update': ({ patch }: { patch: Partial<AppSettings> }) => {
      // As in the backend, a mode change goes through the role rules (a PIN blocks switching to trainer here).
      const { role, ...rest } = patch;
      if (role !== undefined) switchRoleFromSettings(role);
      const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      state.settings = { ...state.settings, ...defined };
      return state.settings;
    },
    'cohort:list': ({ includeArchived }: { includeArchived?: boolean }) =>
      state.cohorts.filter((c) => includeArchived || c.archivedAt === null),
    'cohort:get': ({ id }: { id: string }) => cohort(id),
    'cohort:create': ({ fields }: { fields: CohortFields }) => createCohort(fields),
    'cohort:update': ({ id, patch }: { id: string; patch: Partial<Omit<CohortFields, 'pressContact'>> & { pressContact?: Partial<CohortFields['pressContact']> } }) => {
      const current = cohort(id);
      const { id: _i, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = current;
      const next = parseWith(cohortFieldsSchema, {
        ...fields,
        ...patch,
        pressContact: { ...fields.pressContact, ...patch.pressContact },
      });
      return replaceCohort({ ...current, ...next, updatedAt: timestamp() });
    },
    'cohort:archive': ({ id, archived }: { id: string; archived: boolean }) =>
      replaceCohort({ ...cohort(id), archivedAt: archived ? timestamp() : null, updatedAt: timestamp() }),
    'ambassador:list': ({ cohortId, includeArchived }: { cohortId?: string; includeArchived?: boolean }) =>
      state.ambassadors
        .filter((a) => includeArchived || a.archivedAt === null)
        .filter((a) => cohortId === undefined || a.cohortId === cohortId)
        .map(toSummary),
    'ambassador:get': ({ id }: { id: string }) => ambassador(id),
    'ambassador:create': ({ fields }: { fields: Partial<AmbassadorFields> }) => createAmbassador(fields),
    'ambassador:update': ({ id, patch }: { id: string; patch: Partial<AmbassadorFields> }) => {
      const current = ambassador(id);
      const next = parseWith(ambassadorFieldsSchema, { ...fieldsOf(current), ...patch });
      if (patch.cohortId) cohort(patch.cohortId);
      return replaceAmbassador({ ...current, ...next, updatedAt: timestamp() });
    },
    'ambassador:archive': ({ id, archived }: { id: string; archived: boolean }) =>
      replaceAmbassador({ ...ambassador(id), archivedAt: archived ? timestamp() : null, updatedAt: timestamp() }),
    'ambassador:setPhoto': ({ id, bytes }: { id: string; bytes: Uint8Array }) => {
      ambassador(id);
      if (bytes.byteLength > LIMITS.photoBytes) {
        throw new MockError(
          'TOO_LARGE',
          `This photo is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(LIMITS.photoBytes)}. Choose a smaller image.`,
        );
      }
      const mime = sniffImageType(bytes);
      if (!mime) throw new MockError('UNSUPPORTED', 'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.');
      state.photos.set(id, { mime, bytes });
      return replaceAmbassador({ ...ambassador(id), hasPhoto: true, updatedAt: timestamp() });
    },
    'ambassador:removePhoto': ({ id }: { id: string }) => {
      ambassador(id);
      state.photos.delete(id);
      return replaceAmbassador({ ...ambassador(id), hasPhoto: false, updatedAt: timestamp() });
    },
    'ambassador:photo': ({ id }: { id: string }) => {
      ambassador(id);
      return state.photos.get(id) ?? null;
    },
    ...writingHandlers,
    'sample:load': () => {
      const created = createCohort({
        ...emptyCohortFields(),
        name: 'Demo cohort (fictional)',
        organisation: 'Harbour Voices (demo organisation)',
        hashtag: '#WeBuildHome',
        mediaDate: '2026-12-18',
      });
      const ambassadorIds = SAMPLE_FIELDS.map((fields) => createAmbassador({ ...fields, cohortId: created.id }).id);
      state.settings = {
        ...state.settings,
        onboarded: true,
        currentCohortId: created.id,
        currentAmbassadorId: ambassadorIds[0] ?? null,
      };
      return { cohortId: created.id, ambassadorIds };
    },
  };

  const dispatch = async (channel: ChannelName, rawInput: unknown): Promise<Result<unknown>> => {
    calls.push({ channel, input: rawInput });
    await Promise.resolve();
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const error = zodFailure(parsed.error.issues);
      return { ok: false, error: { code: error.code, message: error.message, issues: error.issues ?? [] } };
    }
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'UNSUPPORTED', message: `The mock client does not implement ${channel}.` } };
    try {
      return { ok: true, value: clone(handler(parsed.data)) };
    } catch (error) {
      if (error instanceof MockError) {
        return { ok: false, error: error.issues ? { code: error.code, message: error.message, issues: error.issues } : { code: error.code, message: error.message } };
      }
      throw error;
    }
  };

  const api = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => dispatch(channel, input)]),
  ) as unknown as StudioApi;

  return Object.assign(api, {
    state,
    calls,
    callsTo: (channel: ChannelName) => calls.filter((c) => c.channel === channel).map((c) => c.input),
  });
}
