import type { Database } from 'better-sqlite3';
import { damageQuoteFields } from '../test-support/damage';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Endpoints } from './permissions';
import { dispatch } from './dispatch';
import { tinyPng } from '../test-support/images';
import type { Quote } from '../../shared/features/quotes/schemas';
import { quoteTextHash } from '../../shared/features/quotes/text-hash';

export interface FixtureIds {
  cohortId: string;
  ambassadorId: string;
  revisionId: string;
  houseId: string;
  pillarId: string;
  quoteId: string;
  approvedQuoteId: string;
  commentId: string;
  houseToDelete: string;
  quoteToDelete: string;
  questionId: string;
  setToDelete: string;
  /** One of the cohort's own questions, in no set, so it may be deleted. */
  questionToDelete: string;
  /** Two quotes already in the Trash: one to put back, one to delete for good. */
  trashToRestore: string;
  trashToDelete: string;
  /** Two quotes whose stored fields were hand-damaged (an unknown platform), and the text that repairs them. */
  damaged: { applyTo: string; salvage: string; repairText: string };
  sessionId: string;
  sessionQuestionId: string;
  takeId: string;
  takeToDelete: string;
  sessionToDelete: string;
  /** A hot-seat interview (run by the fixture trainer) with one answer, and the question it asked. */
  hotSeat: { sessionId: string; questionId: string; takeId: string };
  sheetAmbassadorId: string;
  sheetConfirmationId: string;
  /** Two blocks of the sample cohort's agenda (made from the template by the first agenda:get). */
  agendaBlockIds: [string, string];
  /** A past interview request of the fixture ambassador, one to delete, and a debrief kept private (not shared). */
  interview: { id: string; toDelete: string; withDebrief: string };
  /** A spare person for "delete for good", so erasing them leaves every other fixture in place. */
  ambassadorToErase: string;
  /** A backup of everything above (restoring it brings the same fixtures back), and a spare one to delete. */
  backupId: string;
  backupToDelete: string;
  /** A real work bundle of the fixture ambassador (under FIXTURE_PASSPHRASE), to inspect and import. */
  bundle: { name: string; bytes: Uint8Array };
}

export const SAMPLE_METRICS = {
  durationSeconds: 14.2,
  speakingSeconds: 11.9,
  speakingShare: 0.84,
  pauseCount: 1,
  longestPauseSeconds: 0.9,
  syllableCount: 52,
  wordsPerMinute: 148,
  articulationRate: 4.4,
  loudnessSpreadDb: 4.1,
};

/**
 * The window the fixtures are made from: trainer mode unlocked (set up as the laptop's first trainer), so it may
 * call every channel. The permission matrix test covers the other kinds of caller.
 */
export const FIXTURE_CLIENT = 'fixture-trainer';
export const FIXTURE_SECRET = '246810';

async function must<T>(handlers: Endpoints, channel: ChannelName, input: unknown): Promise<T> {
  const result = (await dispatch(handlers, channel, input, {
    transport: 'direct',
    clientId: FIXTURE_CLIENT,
  })) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** An ambassador whose bio names their employer (kept private), with a house and an approved quote: the sheet gate flags it. */
async function seedSheetFixtures(
  handlers: Endpoints,
): Promise<{ sheetAmbassadorId: string; sheetConfirmationId: string }> {
  const person = await must<{ id: string }>(handlers, 'ambassador:create', {
    fields: {
      fullName: 'Sheet Person',
      nameMode: 'full',
      shortBio: 'Works at Northgate Imaging on weekdays.',
      privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
    },
  });
  await must(handlers, 'house:create', {
    ambassadorId: person.id,
    fields: {
      umbrella: 'We build this town together',
      pillars: [{ id: crypto.randomUUID(), message: 'Care', proofs: [] }],
    },
  });
  const quote = await must<Quote>(handlers, 'quote:create', {
    ambassadorId: person.id,
    // Approval needs consent notes that say where the quote may be used.
    fields: { text: 'Our street is our home.', consentNotes: 'Harbour Voices press pack' },
  });
  await must(handlers, 'quote:transition', { id: quote.id, action: 'submit' });
  await must(handlers, 'quote:transition', { id: quote.id, action: 'approve', textHash: quoteTextHash(quote) });
  const confirmation = await must<{ id: string }>(handlers, 'sheet:confirmPrivateItem', {
    ambassadorId: person.id,
    options: {},
    findingId: 'bio:employer:0',
  });
  return { sheetAmbassadorId: person.id, sheetConfirmationId: confirmation.id };
}

const ERASED_NAME = 'Spare Person';
const FIXTURE_PASSPHRASE = 'fixture bundle passphrase';

/**
 * Two quotes damaged the way a hand edit or a later schema change damages them (the database is changed
 * directly: no channel writes a value its own schema refuses). Answers their ids and the repairing text.
 */
async function seedDamagedQuotes(handlers: Endpoints, db: Database): Promise<FixtureIds['damaged']> {
  const ids: string[] = [];
  let repairText = '';
  for (const text of ['Damaged, to repair', 'Damaged, to salvage']) {
    const quote = await must<Quote>(handlers, 'quote:create', {
      ambassadorId: await firstAmbassador(handlers),
      fields: { text },
    });
    const stored = db.prepare('SELECT fields FROM quote WHERE id = ?').pluck().get(quote.id) as string;
    damageQuoteFields(db, quote.id);
    if (!repairText) repairText = stored;
    ids.push(quote.id);
  }
  return { applyTo: ids[0]!, salvage: ids[1]!, repairText };
}

async function firstAmbassador(handlers: Endpoints): Promise<string> {
  const people = await must<Array<{ id: string }>>(handlers, 'ambassador:list', { includeArchived: false });
  return people[0]!.id;
}

/** Seeds the sample cohort plus a house, quotes, a comment and a revision, for contract-wide tests. */
export async function seedFixtures(handlers: Endpoints, db: Database): Promise<FixtureIds> {
  await must(handlers, 'access:addTrainer', { name: 'Sam', secret: FIXTURE_SECRET });
  const sample = await must<{ cohortId: string; ambassadorIds: string[] }>(handlers, 'sample:load', {});
  const ambassadorId = sample.ambassadorIds[0]!;
  const pillarId = crypto.randomUUID();
  const house = await must<{ id: string }>(handlers, 'house:create', {
    ambassadorId,
    fields: {
      umbrella: 'Migrants build the places we all call home',
      pillars: [{ id: pillarId, message: 'Care', proofs: [] }],
    },
  });
  await must(handlers, 'house:update', { id: house.id, baseVersion: 1, patch: { goal: 'Change one mind' } });
  const revisions = await must<Array<{ id: string }>>(handlers, 'revision:list', {
    entityType: 'house',
    entityId: house.id,
  });
  const quote = await must<{ id: string }>(handlers, 'quote:create', {
    ambassadorId,
    fields: { text: 'We build this town together.' },
  });
  const approved = await must<Quote>(handlers, 'quote:create', {
    ambassadorId,
    fields: { text: 'Home is what we make.', consentUnrestricted: true },
  });
  await must(handlers, 'quote:transition', { id: approved.id, action: 'submit' });
  await must(handlers, 'quote:transition', { id: approved.id, action: 'approve', textHash: quoteTextHash(approved) });
  const comment = await must<{ id: string }>(handlers, 'comment:add', {
    targetType: 'house',
    targetId: house.id,
    field: 'umbrella',
    body: 'Shorter?',
  });
  const houseToDelete = await must<{ id: string }>(handlers, 'house:create', {
    ambassadorId,
    fields: { title: 'Spare' },
  });
  const quoteToDelete = await must<{ id: string }>(handlers, 'quote:create', {
    ambassadorId,
    fields: { text: 'Spare' },
  });
  const content = { category: 'work', difficulty: 2, text: 'What does your team do?', bridgeHint: 'Name one result.' };
  const question = await must<{ id: string }>(handlers, 'question:add', { cohortId: sample.cohortId, content });
  const set = await must<{ id: string }>(handlers, 'questionSet:save', {
    cohortId: sample.cohortId,
    name: 'Spare',
    questionIds: [question.id],
  });
  const start = { ambassadorId, interviewType: 'live-radio', mode: 'random', count: 3, categories: [] };
  const session = await must<{ id: string; questionIds: string[] }>(handlers, 'rehearsal:start', start);
  const take = await must<{ id: string }>(handlers, 'rehearsal:saveTake', {
    sessionId: session.id,
    questionId: session.questionIds[0],
    position: 0,
    durationMs: 14_200,
    metrics: SAMPLE_METRICS,
    notes: '',
  });
  const spareTake = await must<{ id: string }>(handlers, 'rehearsal:saveTake', {
    sessionId: session.id,
    questionId: session.questionIds[1],
    position: 1,
    durationMs: 1000,
    notes: '',
  });
  const spareSession = await must<{ id: string }>(handlers, 'rehearsal:start', start);
  const hotSeatSession = await must<{ id: string }>(handlers, 'hotSeat:start', {
    ambassadorId,
    interviewType: 'doorstep',
    deck: [{ questionId: question.id, seconds: 20 }],
  });
  const hotSeatTake = await must<{ id: string }>(handlers, 'hotSeat:saveTake', {
    sessionId: hotSeatSession.id,
    questionId: question.id,
    position: 0,
    targetSeconds: 20,
    durationMs: 9000,
  });
  const questionToDelete = await must<{ id: string }>(handlers, 'question:add', {
    cohortId: sample.cohortId,
    content: { ...content, text: 'A question nobody needs?' },
  });
  const trashed: string[] = [];
  for (const text of ['Kept in the trash', 'Deleted for good']) {
    const spare = await must<{ id: string }>(handlers, 'quote:create', { ambassadorId, fields: { text } });
    trashed.push((await must<{ trashId: string }>(handlers, 'quote:delete', { id: spare.id })).trashId);
  }
  const interview = await seedInterviews(handlers, ambassadorId);
  const toErase = await must<{ id: string }>(handlers, 'ambassador:create', { fields: { fullName: ERASED_NAME } });
  const sheet = await seedSheetFixtures(handlers);
  const exported = await must<{ files: Array<{ fileName: string; bytes: Uint8Array }> }>(
    handlers,
    'bundle:exportWork',
    {
      ambassadorId,
      includeRecordings: false,
      passphrase: FIXTURE_PASSPHRASE,
    },
  );
  const bundle = { name: exported.files[0]!.fileName, bytes: exported.files[0]!.bytes };
  const agenda = await must<{ blocks: Array<{ id: string }> }>(handlers, 'agenda:get', { cohortId: sample.cohortId });
  const backup = await must<{ id: string }>(handlers, 'backup:create', {});
  const spareBackup = await must<{ id: string }>(handlers, 'backup:create', {});
  // After the bundle and the backups, which refuse or keep a damaged row as it is.
  const damaged = await seedDamagedQuotes(handlers, db);
  return {
    ...sheet,
    bundle,
    backupId: backup.id,
    backupToDelete: spareBackup.id,
    ambassadorToErase: toErase.id,
    interview,
    agendaBlockIds: [agenda.blocks[0]!.id, agenda.blocks[1]!.id],
    questionId: question.id,
    setToDelete: set.id,
    questionToDelete: questionToDelete.id,
    trashToRestore: trashed[0]!,
    trashToDelete: trashed[1]!,
    damaged,
    sessionId: session.id,
    sessionQuestionId: session.questionIds[0]!,
    takeId: take.id,
    takeToDelete: spareTake.id,
    sessionToDelete: spareSession.id,
    hotSeat: { sessionId: hotSeatSession.id, questionId: question.id, takeId: hotSeatTake.id },
    cohortId: sample.cohortId,
    ambassadorId,
    revisionId: revisions[0]!.id,
    houseId: house.id,
    pillarId,
    quoteId: quote.id,
    approvedQuoteId: approved.id,
    commentId: comment.id,
    houseToDelete: houseToDelete.id,
    quoteToDelete: quoteToDelete.id,
  };
}

export const FIXTURE_INTERVIEW = {
  outlet: 'Harbour FM',
  journalist: 'Dana Reed',
  angle: 'Nurses who came as refugees',
  othersInterviewed: 'A hospital manager',
  deadline: '',
  broadcast: 'live',
  format: 'live-radio',
  lengthMinutes: 10,
  interviewDate: '2025-06-02',
  runsOn: '2025-06-02',
  nameMode: 'first',
  photo: 'no',
  offLimits: ['my family'],
  legalCheck: 'done',
  notes: '',
} as const;
/** The words of the fixture's private debrief: no trainer window may receive them. */
export const PRIVATE_DEBRIEF_TEXT = 'I froze when he asked about my cousin.';

async function seedInterviews(handlers: Endpoints, ambassadorId: string): Promise<FixtureIds['interview']> {
  const create = () => must<{ id: string }>(handlers, 'interview:create', { ambassadorId, fields: FIXTURE_INTERVIEW });
  const [main, toDelete, withDebrief] = [await create(), await create(), await create()];
  // From the fixture's trainer window, which may file a first debrief with the ambassador (not overwrite one).
  await must(handlers, 'interview:saveDebrief', {
    id: withDebrief.id,
    debrief: {
      wentWell: '',
      wasHard: PRIVATE_DEBRIEF_TEXT,
      feeling: 'mixed',
      wantsFollowUp: true,
      shareWithTrainer: false,
    },
  });
  return { id: main.id, toDelete: toDelete.id, withDebrief: withDebrief.id };
}

/** One valid input per channel. A channel added to the contract without an entry here fails to compile. */
export function validInputs(ids: FixtureIds): Record<ChannelName, unknown> {
  const { ambassadorId } = ids;
  return {
    'app:status': {},
    'app:retry': {},
    'app:recoveryCopy': {},
    'settings:get': {},
    'settings:update': { patch: { theme: 'dark', onboarded: true } },
    'settings:pace': { ambassadorId: ids.ambassadorId },
    'settings:setPace': { ambassadorId: ids.ambassadorId, wordsPerSecond: 2.8 },
    'cohort:list': { includeArchived: false },
    'cohort:get': { id: ids.cohortId },
    'cohort:create': {
      fields: {
        name: 'New cohort',
        organisation: 'Org',
        campaign: 'Campaign',
        hashtag: '#Tag',
        mediaDate: '2026-12-18',
        pressContact: { name: 'Desk', email: 'desk@example.org', phone: '0' },
      },
    },
    'cohort:update': { id: ids.cohortId, patch: { campaign: 'Changed', pressContact: { phone: '1' } } },
    'cohort:archive': { id: ids.cohortId, archived: false },
    'cohort:overview': { cohortId: ids.cohortId },
    'ambassador:list': { cohortId: ids.cohortId, includeArchived: true },
    'ambassador:get': { id: ambassadorId },
    'ambassador:create': { fields: { fullName: 'New Person', languages: ['English'], photoConsent: false } },
    'ambassador:update': {
      id: ambassadorId,
      patch: { shortBio: 'Updated', topicsDeclined: ['Religion'], privateDetails: [{ kind: 'other', value: 'x' }] },
    },
    'ambassador:archive': { id: ambassadorId, archived: false },
    // A real picture, so an allowed call really writes (the backend re-encodes images and refuses fakes).
    'ambassador:setPhoto': { id: ambassadorId, bytes: tinyPng(4) },
    'ambassador:removePhoto': { id: ambassadorId },
    'ambassador:photo': { id: ambassadorId },
    'ambassador:erase': { id: ids.ambassadorToErase, confirmName: ERASED_NAME },
    'revision:list': { entityType: 'house', entityId: ids.houseId },
    'revision:get': { id: ids.revisionId },
    'revision:restore': { id: ids.revisionId },
    'access:state': {},
    'access:workspaces': {},
    'access:enter': { ambassadorId },
    'access:unlockTrainer': { secret: FIXTURE_SECRET },
    'access:lock': {},
    'access:leaveTrainer': {},
    'access:addTrainer': { name: 'Second trainer', secret: 'a long passphrase' },
    'access:updateTrainer': { name: 'Sam Taylor' },
    'access:setWorkspacePin': { pin: '135790' },
    'access:setLaptopKind': { kind: 'shared' },
    'access:setIdleMinutes': { minutes: 15 },
    // Trainer mode from here on, so the trainer-only channels below are accepted.
    'house:list': { ambassadorId },
    'house:get': { id: ids.houseId },
    'house:create': { ambassadorId, fields: { template: 'box', title: 'For councillors' } },
    'house:update': {
      id: ids.houseId,
      baseVersion: 1,
      patch: { callToAction: 'Come to the open day', pillarPatches: [{ id: ids.pillarId, message: 'Care' }] },
    },
    'house:setPrimary': { id: ids.houseId },
    'house:delete': { id: ids.houseToDelete },
    'quote:list': { ambassadorId },
    'quote:summaries': { ambassadorId, offset: 0, limit: 50 },
    'quote:get': { id: ids.quoteId },
    'quote:create': { ambassadorId, fields: { text: 'New quote', houseId: ids.houseId, pillarId: ids.pillarId } },
    'quote:update': {
      id: ids.quoteId,
      baseVersion: 1,
      patch: {
        outlet: 'Local radio',
        variants: { pressRelease: 'a', soundbite: 'b', social: 'c', socialPlatform: 'bluesky' },
      },
    },
    // With the approval's list of read findings (ignored on submit), so the fuzzer tries malformed lists too.
    'quote:transition': { id: ids.quoteId, action: 'submit', acknowledgedFindings: [], textHash: '0'.repeat(64) },
    'quote:reviseApproved': { id: ids.approvedQuoteId },
    'quote:delete': { id: ids.quoteToDelete },
    'comment:list': { targetType: 'house', targetId: ids.houseId },
    'comment:add': { targetType: 'quote', targetId: ids.quoteId, field: 'text', body: 'Lovely line.' },
    'comment:resolve': { id: ids.commentId, resolved: true },
    'review:queue': { cohortId: ids.cohortId },
    'search:query': { text: 'home' },
    'question:list': { cohortId: ids.cohortId },
    'question:add': {
      cohortId: ids.cohortId,
      content: { category: 'hostile', difficulty: 3, text: 'Why you?', bridgeHint: '' },
    },
    'question:edit': {
      id: ids.questionId,
      content: { category: 'work', difficulty: 1, text: 'What do you do?', bridgeHint: 'Be brief.' },
    },
    'question:retire': { cohortId: ids.cohortId, questionId: ids.questionId, retired: false },
    'question:exportFile': { cohortId: ids.cohortId },
    'question:importFile': {
      cohortId: ids.cohortId,
      fileText: JSON.stringify({
        format: 'ambassador-studio/question-pack',
        version: 1,
        name: 'Imported',
        questions: [
          { id: crypto.randomUUID(), category: 'curveball', difficulty: 2, text: 'Tea or coffee?', bridgeHint: '' },
        ],
      }),
    },
    'questionSet:list': { cohortId: ids.cohortId },
    'questionSet:save': { cohortId: ids.cohortId, name: 'Day one', questionIds: [ids.questionId] },
    'questionSet:delete': { id: ids.setToDelete },
    'question:delete': { id: ids.questionToDelete },
    'rehearsal:start': {
      ambassadorId,
      interviewType: 'tv-soundbite',
      mode: 'due',
      count: 3,
      categories: ['hostile', 'work'],
    },
    'rehearsal:get': { id: ids.sessionId },
    'rehearsal:list': { ambassadorId },
    'rehearsal:saveTake': {
      sessionId: ids.sessionId,
      questionId: ids.sessionQuestionId,
      position: 0,
      durationMs: 12_000,
      recording: { mime: 'audio/webm;codecs=opus', bytes: new Uint8Array([26, 69, 223, 163, 1, 2]) },
      metrics: SAMPLE_METRICS,
      notes: 'Second try',
    },
    'rehearsal:rateTake': {
      takeId: ids.takeId,
      rating: { bridged: true, usedStory: false, withinTime: true, confidence: 4, grade: 'good' },
    },
    'rehearsal:noteTake': { takeId: ids.takeId, notes: 'Slow down at the start' },
    'rehearsal:finish': { id: ids.sessionId },
    'rehearsal:recording': { takeId: ids.takeId },
    'rehearsal:deleteTake': { takeId: ids.takeToDelete },
    'rehearsal:deleteSession': { id: ids.sessionToDelete },
    'rehearsal:dueCount': { ambassadorId },
    'plan:get': { ambassadorId },
    'plan:rehearseToday': { ambassadorId, interviewType: 'phone' },
    'hotSeat:start': {
      ambassadorId,
      interviewType: 'press-conference',
      deck: [{ questionId: ids.questionId, seconds: 45 }],
    },
    'hotSeat:saveTake': {
      sessionId: ids.hotSeat.sessionId,
      questionId: ids.hotSeat.questionId,
      position: 1,
      targetSeconds: 20,
      durationMs: 15_000,
      followUp: 'And what about the cost?',
      metrics: SAMPLE_METRICS,
    },
    'hotSeat:rateTake': { takeId: ids.hotSeat.takeId, rating: { score: 4, comment: 'Calm and clear.' } },
    'sample:load': {},
    'sheet:options': { ambassadorId },
    'sheet:preview': {
      ambassadorId,
      options: {
        houseId: ids.houseId,
        quoteIds: [ids.approvedQuoteId],
        includePhoto: false,
        nameMode: 'first',
        topicsWelcome: [],
        topicsDeclined: ['Religion'],
        paper: 'Letter',
      },
    },
    'sheet:text': { ambassadorId, options: { paper: 'A4' } },
    'sheet:export': { ambassadorId, options: { paper: 'A4', includePhoto: false } },
    'sheet:confirmPrivateItem': { ambassadorId: ids.sheetAmbassadorId, options: {}, findingId: 'bio:employer:0' },
    'sheet:revokeConfirmation': { id: ids.sheetConfirmationId },
    'sheet:setLogo': { cohortId: ids.cohortId, bytes: tinyPng(4) },
    'sheet:removeLogo': { cohortId: ids.cohortId },
    'sheet:logo': { cohortId: ids.cohortId },
    'sheet:housePicture': { houseId: ids.houseId, paper: 'A4' },
    'pack:export': { cohortId: ids.cohortId, options: { paper: 'A4' } },
    'pack:progress': {},
    'backup:list': {},
    'backup:create': {},
    'backup:preview': { id: ids.backupId },
    // Replaces the data file and closes every session: the permission and fuzz tests run it with the channels that lock.
    'backup:restore': { id: ids.backupId, confirm: true },
    'backup:delete': { id: ids.backupToDelete },
    'backup:settings': {},
    'backup:setKeep': { keep: 12 },
    // Bundles: exports really write encrypted files; importing the fixture's own work changes nothing.
    'bundle:exportWork': { ambassadorId, includeRecordings: false, passphrase: FIXTURE_PASSPHRASE },
    'bundle:exportFeedback': { cohortId: ids.cohortId, ambassadorId, passphrase: FIXTURE_PASSPHRASE },
    'bundle:exportCohort': { cohortId: ids.cohortId, includeRecordings: false, passphrase: FIXTURE_PASSPHRASE },
    'bundle:exportEverything': { passphrase: FIXTURE_PASSPHRASE },
    'bundle:inspect': { file: ids.bundle, passphrase: FIXTURE_PASSPHRASE },
    'bundle:import': { file: ids.bundle, passphrase: FIXTURE_PASSPHRASE, acceptOtherCohort: false },
    'bundle:conflicts': {},
    'bundle:resolveConflict': { id: '3f1c1f9e-6a39-4a47-9d4c-1f3f7f3b1a01', choice: 'mine' },
    'trash:list': {},
    'trash:restore': { id: ids.trashToRestore },
    'trash:delete': { id: ids.trashToDelete },
    'trash:empty': {},
    'repair:list': {},
    'repair:apply': { kind: 'quote', id: ids.damaged.applyTo, column: 'fields', text: ids.damaged.repairText },
    'repair:salvage': { kind: 'quote', id: ids.damaged.salvage },
    // Versions in contract order, so that each edit really runs for a trainer in the permission matrix.
    'interview:list': { ambassadorId },
    'interview:get': { id: ids.interview.withDebrief },
    'interview:create': { ambassadorId, fields: FIXTURE_INTERVIEW },
    'interview:update': { id: ids.interview.id, fields: { ...FIXTURE_INTERVIEW, journalist: 'Dana Reed-Okafor' } },
    'interview:delete': { id: ids.interview.toDelete },
    'interview:suggest': { id: ids.interview.id, count: 6 },
    // A built-in hostile question: the matrix retires and deletes cohort questions on the way.
    'interview:rehearse': { id: ids.interview.id, questionIds: ['364bea1f-0ef3-55a1-a1ce-a95185e4cd50'] },
    'interview:prepCard': { id: ids.interview.id, paper: 'A4' },
    'interview:saveDebrief': {
      id: ids.interview.id,
      debrief: { wentWell: 'Calm start', wasHard: '', feeling: 'good', wantsFollowUp: false, shareWithTrainer: false },
    },
    'interview:followUps': { cohortId: ids.cohortId },
    'agenda:get': { cohortId: ids.cohortId },
    'agenda:addBlock': {
      cohortId: ids.cohortId,
      baseVersion: 1,
      fields: {
        day: 2,
        startMinute: 1020,
        durationMinutes: 30,
        title: 'Farewell',
        exercise: 'press-quotes',
        notes: 'Cake',
      },
    },
    'agenda:updateBlock': {
      cohortId: ids.cohortId,
      baseVersion: 2,
      id: ids.agendaBlockIds[0],
      patch: { title: 'Welcome', exercise: 'key-messages' },
    },
    'agenda:removeBlock': { cohortId: ids.cohortId, baseVersion: 3, id: ids.agendaBlockIds[1] },
    'agenda:moveBlock': { cohortId: ids.cohortId, baseVersion: 4, id: ids.agendaBlockIds[0], direction: 'later' },
    'agenda:setStartDate': { cohortId: ids.cohortId, baseVersion: 5, startDate: '2026-10-13' },
    'agenda:reset': { cohortId: ids.cohortId, baseVersion: 6 },
    'agenda:exportPdf': { cohortId: ids.cohortId, paper: 'A4', includeNotes: true },
    'languageRules:get': { cohortId: ids.cohortId },
    'languageRules:set': {
      cohortId: ids.cohortId,
      rules: [
        {
          id: 'cohort-scrounger',
          terms: ['scrounger'],
          why: 'Dehumanising',
          alternatives: ['person'],
          source: 'Cohort agreement',
        },
      ],
    },
  };
}
