/**
 * What a prep card prints, and nothing else. Like the message sheet's model it copies fields one by one from
 * the request, the profile and the primary Message House (never spreads a profile), so private details, the
 * full name in another name mode, bios, notes and comments cannot reach the template even by accident.
 */
import { publicName, type Ambassador, type NameMode } from '../../../../shared/features/ambassadors/schemas';
import type {
  InterviewRequest,
  SuggestedQuestion,
  InterviewFields,
} from '../../../../shared/features/interviews/schemas';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { NAME_MODE_PRIVACY } from '../../../../shared/features/message-sheet/options';
import type { Paper } from '../../../../shared/features/message-sheet/paper';
import { interviewType } from '../../../../shared/features/rehearsal/interview-types';
import { hardQuestions, STANDARD_BRIDGES, type HardQuestion } from './bridges';

export interface PrepCardKeyMessage {
  message: string;
  /** The first proof point with text, or null; left off the page when the card needs the room. */
  proof: string | null;
}

export interface PrepCardLimits {
  /** The name the piece will use: the public name for the request's name mode. */
  namedAs: string;
  nameMode: NameMode;
  /** The request names them less privately than their profile does: the card says so. */
  lessPrivateThanProfile: boolean;
  photo: InterviewFields['photo'];
  /** The request's topics off limits, then the profile's declined topics, each once. */
  offLimits: string[];
  /** True while the legal check is still to do: the card reminds them to ask their legal adviser. */
  legalCheckDue: boolean;
}

export interface PrepCardModel {
  paper: Paper;
  /** PDF title and file name: "Prep card - <outlet>". */
  title: string;
  outlet: string;
  journalist: string;
  angle: string;
  othersInterviewed: string;
  /** YYYY-MM-DD or '' (formatted in the reader's locale by the template). */
  interviewDate: string;
  deadline: string;
  runsOn: string;
  broadcast: InterviewFields['broadcast'];
  lengthMinutes: number;
  format: { name: string; rules: string[] };
  /** False when there is no primary Message House to print (the card still prints the limits). */
  hasHouse: boolean;
  umbrella: string;
  keyMessages: PrepCardKeyMessage[];
  bridges: string[];
  hardQuestions: HardQuestion[];
  limits: PrepCardLimits;
  /** The day the card was made (YYYY-MM-DD). */
  preparedOn: string;
}

export interface PrepCardInputs {
  request: InterviewRequest;
  ambassador: Ambassador;
  /** The ambassador's primary house, or null when they have none (or it needs repair). */
  house: MessageHouse | null;
  /** The request's suggested questions: the hostile ones lend their bridge hints. */
  suggested: readonly SuggestedQuestion[];
  paper: Paper;
  /** ISO timestamp of now. */
  now: string;
}

const MAX_KEY_MESSAGES = 3;

/** Trimmed, empty ones dropped, each topic once however it is capitalised. */
export function mergeTopics(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const topic of lists.flat().map((t) => t.trim())) {
    const key = topic.toLocaleLowerCase();
    if (topic === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(topic);
  }
  return out;
}

function keyMessages(house: MessageHouse | null): PrepCardKeyMessage[] {
  if (!house) return [];
  return house.pillars
    .filter((p) => p.message.trim() !== '')
    .slice(0, MAX_KEY_MESSAGES)
    .map((p) => {
      const proof = p.proofs.find((pr) => pr.text.trim() !== '');
      return { message: p.message.trim(), proof: proof ? proof.text.trim() : null };
    });
}

export function prepCardModel({ request, ambassador, house, suggested, paper, now }: PrepCardInputs): PrepCardModel {
  const outlet = request.outlet.trim();
  const type = interviewType(request.format);
  const namedAs = publicName({ ...ambassador, nameMode: request.nameMode });
  return {
    paper,
    title: `Prep card - ${outlet || 'interview'}`,
    outlet,
    journalist: request.journalist.trim(),
    angle: request.angle.trim(),
    othersInterviewed: request.othersInterviewed.trim(),
    interviewDate: request.interviewDate,
    deadline: request.deadline,
    runsOn: request.runsOn,
    broadcast: request.broadcast,
    lengthMinutes: request.lengthMinutes,
    format: { name: type.name, rules: [...type.rules] },
    hasHouse: house !== null,
    umbrella: house ? house.umbrella.trim() : '',
    keyMessages: keyMessages(house),
    bridges: [...STANDARD_BRIDGES],
    hardQuestions: hardQuestions(suggested),
    limits: {
      namedAs,
      nameMode: request.nameMode,
      lessPrivateThanProfile: NAME_MODE_PRIVACY[request.nameMode] < NAME_MODE_PRIVACY[ambassador.nameMode],
      photo: request.photo,
      offLimits: mergeTopics(request.offLimits, ambassador.topicsDeclined),
      legalCheckDue: request.legalCheck === 'not-yet',
    },
    preparedOn: now.slice(0, 10),
  };
}
