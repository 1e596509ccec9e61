/**
 * For the "delete for good" tests: a person whose every trace carries one marker string, and a scanner that
 * looks for it in the raw bytes of files (the way someone with the laptop's disk would).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { StudioApi } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { InterviewFields } from '../../../shared/features/interviews/schemas';

/** Letters and digits only, so the search index keeps it as one word. */
export function newMarker(): string {
  return `Qzv${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}Wyk`;
}

async function must<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 1×1 PNG with the marker in a text chunk (a photo that is re-encoded loses it; one stored as is keeps it). */
export function markedPng(marker: string): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const pixels = deflateSync(Buffer.from([0, 200, 40, 90]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('tEXt', Buffer.from(`Comment\0${marker}`, 'latin1')),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

export interface MarkedPerson {
  id: string;
  name: string;
  houseId: string;
  quoteId: string;
  takeId: string;
}

/**
 * Through the real channels, as an unlocked trainer window (filling in `existingId` when given): a profile (name, bios, private detail, topics), a
 * later edit (so the history holds a copy), a house, a quote, a comment, a rehearsal with a rated take, its notes
 * and a recording, a photo and a speaking pace. Every text holds the marker.
 */
export async function seedMarkedPerson(api: StudioApi, marker: string, existingId?: string): Promise<MarkedPerson> {
  const name = `Amal ${marker}`;
  const fields = {
    fullName: name,
    nameMode: 'full' as const,
    shortBio: `Works at ${marker} Imaging on weekdays.`,
    longBio: `Grew up in ${marker} town.`,
    topicsDeclined: [`${marker} family`],
    privateDetails: [{ kind: 'employer' as const, value: `${marker} Imaging` }],
  };
  const id = existingId
    ? (await must(api['ambassador:update']({ id: existingId, patch: fields }))).id
    : (await must(api['ambassador:create']({ fields }))).id;
  await must(api['ambassador:update']({ id, patch: { role: `Nurse at ${marker}` } }));
  const house = await must(
    api['house:create']({ ambassadorId: id, fields: { umbrella: `Home is ${marker} for all of us` } }),
  );
  const quote = await must(api['quote:create']({ ambassadorId: id, fields: { text: `I said ${marker} once.` } }));
  await must(
    api['quote:update']({ id: quote.id, baseVersion: quote.version, patch: { text: `I said ${marker} twice.` } }),
  );
  await must(api['comment:add']({ targetType: 'quote', targetId: quote.id, field: 'text', body: `Keep ${marker}?` }));
  const session = await must(
    api['rehearsal:start']({ ambassadorId: id, interviewType: 'live-radio', mode: 'random', count: 2, categories: [] }),
  );
  const recording = new Uint8Array(Buffer.concat([Buffer.from([26, 69, 223, 163]), Buffer.from(`audio-${marker}`)]));
  const take = await must(
    api['rehearsal:saveTake']({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 9000,
      recording: { mime: 'audio/webm;codecs=opus', bytes: recording },
      notes: `Mention ${marker} earlier`,
    }),
  );
  await must(
    api['rehearsal:rateTake']({
      takeId: take.id,
      rating: { bridged: true, usedStory: true, withinTime: true, confidence: 3, grade: 'good' },
    }),
  );
  await must(api['ambassador:setPhoto']({ id, bytes: markedPng(marker) }));
  await must(api['settings:setPace']({ ambassadorId: id, wordsPerSecond: 2.6 }));
  const interview = await must(api['interview:create']({ ambassadorId: id, fields: markedInterview(marker) }));
  await must(
    api['interview:saveDebrief']({
      id: interview.id,
      debrief: {
        wentWell: `Named ${marker}`,
        wasHard: '',
        feeling: 'good',
        wantsFollowUp: true,
        shareWithTrainer: true,
      },
    }),
  );
  return { id, name, houseId: house.id, quoteId: quote.id, takeId: take.id };
}

/** A past interview request whose words carry the marker (outlet, angle, a topic off limits). */
function markedInterview(marker: string): InterviewFields {
  return {
    outlet: `${marker} Gazette`,
    journalist: '',
    angle: `Nurses of ${marker}`,
    othersInterviewed: '',
    deadline: '',
    broadcast: 'recorded',
    format: 'print',
    lengthMinutes: 20,
    interviewDate: '2020-01-10',
    runsOn: '',
    nameMode: 'full',
    photo: 'no',
    offLimits: [`${marker} street`],
    legalCheck: 'done',
    notes: '',
  };
}

/** A sheet confirmation needs an approved quote (seed one first): the bio names the private employer. */
export async function confirmSheetItem(api: StudioApi, ambassadorId: string): Promise<void> {
  await must(api['sheet:confirmPrivateItem']({ ambassadorId, options: {}, findingId: 'bio:employer:0' }));
}

/** How often each needle occurs in a file's raw bytes. */
export function countIn(path: string, needles: Buffer[]): number {
  if (!existsSync(path)) return 0;
  const bytes = readFileSync(path);
  let count = 0;
  for (const needle of needles) {
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count += 1;
  }
  return count;
}

/**
 * The forms a text can take on disk: UTF-8 as stored, lower case as the search index keeps its words, and UTF-16
 * in either byte order (an SQLite file may use it).
 */
export function textNeedles(text: string): Buffer[] {
  const swapped = Buffer.from(text, 'utf16le');
  swapped.swap16();
  return [Buffer.from(text, 'utf8'), Buffer.from(text.toLowerCase(), 'utf8'), Buffer.from(text, 'utf16le'), swapped];
}

/** The data file, its WAL (if any) and every file in the backups folder. */
export function filesToScan(dbPath: string, backupDir: string): string[] {
  const backups = existsSync(backupDir) ? readdirSync(backupDir).map((name) => join(backupDir, name)) : [];
  return [dbPath, `${dbPath}-wal`, ...backups];
}
