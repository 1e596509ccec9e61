/**
 * Test data for message sheets: the sample cohort (three fictional ambassadors) made ready for sheets, with
 * bios in Arabic, Ukrainian and Chinese, a primary Message House, approved quotes, and things that must never
 * reach a sheet (a draft, a quote in review, a retired one, one with consent withdrawn, a comment).
 */
import { deflateSync } from 'node:zlib';
import type { Services } from '../../backend/services';
import { seen } from '../../test-support/seen';

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A real PNG (solid colour, `size` x `size`), made here so tests need no image files. */
export function tinyPng(size = 8, rgb: [number, number, number] = [42, 157, 143]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) rows.set(rgb, y * (1 + size * 3) + 1 + x * 3);
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

export const SCRIPT_BIOS = {
  arabic: 'أميرة مهندسة طبية حيوية تساعد المستشفيات على اكتشاف السرطان مبكرا',
  ukrainian: 'Олена — музикантка й керівниця хору, яка збирає сусідів щочетверга.',
  chinese: '林帮助家政工人了解自己的权利，并开通了三种语言的热线。',
} as const;

/** Text that must never appear on any sheet. */
export const NEVER_ON_A_SHEET = {
  draft: 'DRAFT-QUOTE-never-on-a-sheet',
  inReview: 'IN-REVIEW-QUOTE-never-on-a-sheet',
  retired: 'RETIRED-QUOTE-never-on-a-sheet',
  withdrawn: 'WITHDRAWN-CONSENT-QUOTE-never-on-a-sheet',
  comment: 'COMMENT-never-on-a-sheet',
  otherHouse: 'SECOND-HOUSE-never-on-a-sheet',
} as const;

export interface ReadyAmbassador {
  id: string;
  houseId: string;
  approvedQuoteIds: string[];
  /** Quotes that exist for this ambassador but may not be printed. */
  unusableQuoteIds: string[];
}

export function approveQuote(
  services: Services,
  ambassadorId: string,
  text: string,
  houseId: string | null = null,
): string {
  // Approval needs consent that says where the quote may be used, and a trainer who has read its findings.
  const q = services.quotes.create(ambassadorId, { text, houseId, consentNotes: 'Press pack and message sheet' });
  services.quotes.transition(q.id, 'submit', '');
  const read = services.quotes.findings(q.id).map((f) => f.id);
  services.quotes.transition(q.id, 'approve', 'Sam Trainer', read, seen(services, q.id));
  return q.id;
}

/** A primary house with an umbrella and three key messages, each with a proof point. */
export function readyHouse(services: Services, ambassadorId: string, tag: string): string {
  const pillar = (n: number, message: string, proof: string) => ({
    id: crypto.randomUUID(),
    message,
    proofs: [{ id: crypto.randomUUID(), kind: 'fact' as const, text: proof, source: 'Fictional source' }],
  });
  const house = services.houses.create(ambassadorId, {
    title: `Main house ${tag}`,
    audience: 'Local newspaper readers',
    goal: 'PRIVATE-GOAL-not-on-a-sheet',
    umbrella: `People who came here help build the places we all call home (${tag}).`,
    pillars: [
      pillar(
        1,
        `Care is everyone's work (${tag}).`,
        `One in seven hospital staff in the region was born abroad (${tag}).`,
      ),
      pillar(2, `Welcome is something neighbours do (${tag}).`, `Forty people sing in the Thursday choir (${tag}).`),
      pillar(
        3,
        `Everyone deserves to know their rights (${tag}).`,
        `The helpline answered 300 calls last year (${tag}).`,
      ),
    ],
    criticism: 'PRIVATE-CRITICISM-not-on-a-sheet',
    response: 'PRIVATE-RESPONSE-not-on-a-sheet',
  });
  if (!house.isPrimary) services.houses.setPrimary(house.id);
  return house.id;
}

/** Makes one ambassador ready: primary house, two approved quotes, and one of each kind of unusable quote. */
export function makeReady(services: Services, ambassadorId: string, tag: string): ReadyAmbassador {
  const houseId = readyHouse(services, ambassadorId, tag);
  const approvedQuoteIds = [
    approveQuote(services, ambassadorId, `Nobody asks where the team was born; they ask who scored (${tag}).`, houseId),
    approveQuote(services, ambassadorId, `A town is made by the people who turn up (${tag}).`),
  ];
  const draft = services.quotes.create(ambassadorId, { text: `${NEVER_ON_A_SHEET.draft} ${tag}` }).id;
  const inReview = services.quotes.create(ambassadorId, { text: `${NEVER_ON_A_SHEET.inReview} ${tag}` }).id;
  services.quotes.transition(inReview, 'submit', '');
  const retired = approveQuote(services, ambassadorId, `${NEVER_ON_A_SHEET.retired} ${tag}`);
  services.quotes.transition(retired, 'retire', '');
  const withdrawn = approveQuote(services, ambassadorId, `${NEVER_ON_A_SHEET.withdrawn} ${tag}`);
  services.quotes.update(withdrawn, services.quotes.get(withdrawn).version, { consentWithdrawn: true });
  services.comments.add(
    {
      targetType: 'house',
      targetId: houseId,
      field: 'umbrella',
      body: `${NEVER_ON_A_SHEET.comment} ${tag}`,
    },
    'Sam Trainer',
  );
  // A second, non-primary house: its text must not be used by default.
  services.houses.create(ambassadorId, { umbrella: `${NEVER_ON_A_SHEET.otherHouse} ${tag}` });
  return { id: ambassadorId, houseId, approvedQuoteIds, unusableQuoteIds: [draft, inReview, retired, withdrawn] };
}

export interface SampleSheets {
  cohortId: string;
  amira: ReadyAmbassador;
  olena: ReadyAmbassador;
  wei: ReadyAmbassador;
}

/**
 * The sample cohort with all three ambassadors ready and a bio in their script: Amira (full name, Arabic,
 * photo consent), Olena (first name only, Ukrainian), Wei (pseudonym "Lin", Chinese).
 */
export function seedSampleSheets(services: Services): SampleSheets {
  const sample = services.sample.load();
  const [amiraId, olenaId, weiId] = sample.ambassadorIds;
  if (!amiraId || !olenaId || !weiId) throw new Error('The sample cohort has three ambassadors');
  services.ambassadors.update(amiraId, { shortBio: SCRIPT_BIOS.arabic });
  services.ambassadors.update(olenaId, { shortBio: SCRIPT_BIOS.ukrainian });
  services.ambassadors.update(weiId, { shortBio: SCRIPT_BIOS.chinese });
  return {
    cohortId: sample.cohortId,
    amira: makeReady(services, amiraId, 'tag-a'),
    olena: makeReady(services, olenaId, 'tag-o'),
    wei: makeReady(services, weiId, 'tag-l'),
  };
}
