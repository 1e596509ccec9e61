/** What every sample step is given: the services it goes through, the cohort and its three people. */
import type { Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { ServiceContext } from '../../backend/context';
import type { AmbassadorService } from '../ambassadors/service';
import type { CohortService } from '../cohorts/service';
import type { CommentService } from '../comments/service';
import type { HouseService } from '../key-messages/service';
import type { QuestionService } from '../question-bank/service';
import type { QuoteService } from '../quotes/service';
import type { SettingsService } from '../settings/service';

/** The services the sample goes through; rehearsals are made by a rehearsal service of the sample's own (dated clock). */
export interface SampleServices {
  cohorts: CohortService;
  ambassadors: AmbassadorService;
  settings: SettingsService;
  houses: HouseService;
  quotes: QuoteService;
  comments: CommentService;
  questions: QuestionService;
}

/** The three fictional people, by the story each one tells in the sample. */
export interface SamplePeople {
  /** Named in full; two houses, quotes in every status; ready for the press pack. */
  amira: Ambassador;
  /** First name only; quotes waiting for review and no Message House yet: deliberately not ready for the pack. */
  olena: Ambassador;
  /** Not publicly named (the pseudonym "Lin"), with declined topics; ready, and his sheet shows only "Lin". */
  lin: Ambassador;
}

export interface SampleStepEnv {
  ctx: ServiceContext;
  services: SampleServices;
  cohortId: string;
  people: SamplePeople;
}

export type SampleStep = (env: SampleStepEnv) => void;

/** Who approves, sends back and comments in the sample: a made-up trainer, named so the stamps read naturally. */
export const SAMPLE_TRAINER = 'Jo (sample trainer)';
