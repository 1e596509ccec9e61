/**
 * The sample's press quotes, one story per person: Amira's cover every status (an approval reached after the
 * trainer sent the first wording back, an approved quote being reworded as a new draft, one in review, one
 * sent back with changes requested, one retired, one draft); Olena's wait for review or came back, so she has
 * no approved quote; Lin's approved quote uses only his public name.
 */
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { SampleStep } from './env';
import { placeQuote, type SampleQuotePlan } from './quote-walk';

const PRESS_AND_SOCIAL = 'Press release and social media for International Migrants Day, and the cohort press pack.';

function primaryOf(houses: readonly MessageHouse[]): { houseId: string | null; pillarIds: string[] } {
  const house = houses.find((h) => h.isPrimary);
  return { houseId: house?.id ?? null, pillarIds: house?.pillars.map((p) => p.id) ?? [] };
}

function amiraPlans(houseId: string | null, pillarIds: readonly string[]): SampleQuotePlan[] {
  const link = (i: number) => ({ houseId, pillarId: pillarIds[i] ?? null });
  return [
    {
      end: 'approved',
      firstDraft:
        'When you are lying in a hospital bed, nobody asks where the nurse was born. They ask whether she is kind. ' +
        'Our hospital runs on people who came from everywhere and chose to stay and care for us.',
      comment: 'Lovely picture. It is long for radio: can you make it two sentences and end on the strongest words?',
      reply: 'Done: two sentences now, ending on “kind”.',
      fields: {
        ...link(0),
        text: 'In a hospital bed, nobody asks where the nurse was born. They ask whether she is kind.',
        outlet: 'Evening paper',
        occasion: 'International Migrants Day',
        consentNotes: PRESS_AND_SOCIAL,
        variants: {
          pressRelease: '',
          soundbite: 'Nobody in a hospital bed asks where the nurse was born.',
          social: 'In a hospital bed, nobody asks where the nurse was born. They ask whether she is kind. #WeBuildHome',
          socialPlatform: 'bluesky',
        },
      },
    },
    {
      end: 'approved',
      fields: {
        ...link(2),
        text: 'Every girl on my Saturday team knows she could build the machines that save lives.',
        consentNotes: PRESS_AND_SOCIAL,
      },
    },
    {
      end: 'in_review',
      fields: {
        ...link(1),
        text: 'Finding an illness early is teamwork: the engineer, the radiographer and the nurse all play a part.',
        outlet: 'Breakfast radio',
        consentNotes: 'Local radio interviews in December.',
      },
    },
    {
      end: 'changes_requested',
      comment:
        'This sounds like a slogan and may start an argument. Could you tell it through one patient or one colleague instead?',
      fields: {
        text: 'Migrants are the backbone of the health service and without us everything would collapse.',
        consentNotes: 'Local radio interviews in December.',
      },
    },
    { end: 'retired', fields: { text: 'Science has no borders.', consentNotes: PRESS_AND_SOCIAL } },
    { end: 'draft', fields: { text: 'On Saturdays I am not an engineer: I am the coach who shouts too loudly.' } },
  ];
}

const OLENA_PLANS: readonly SampleQuotePlan[] = [
  {
    end: 'in_review',
    fields: {
      text: 'A song is the quickest way to feel at home. On Thursday nights forty neighbours prove it.',
      consentNotes: 'Community newsletter and local radio.',
    },
  },
  {
    end: 'changes_requested',
    comment: 'Warm! Could you add one detail about who comes, so a listener can picture the room?',
    fields: {
      text: 'Everyone is welcome in our choir, even people who cannot sing at all!',
      consentNotes: 'Community newsletter and local radio.',
    },
  },
  { end: 'draft', fields: { text: 'Welcome is something neighbours do, not something they are told to do.' } },
];

function linPlans(houseId: string | null, pillarIds: readonly string[]): SampleQuotePlan[] {
  return [
    {
      end: 'approved',
      fields: {
        houseId,
        pillarId: pillarIds[1] ?? null,
        text: 'Nobody should be afraid to ask about their own rights. One phone call can change a working life.',
        consentNotes: 'Press pack, community radio and the campaign website, with the name Lin only.',
      },
    },
    {
      end: 'in_review',
      fields: {
        houseId,
        pillarId: pillarIds[0] ?? null,
        text: 'A home is also a workplace, and the people who work there deserve rest and respect.',
        consentNotes: 'Community radio, with the name Lin only.',
      },
    },
  ];
}

export const addSampleQuotes: SampleStep = ({ services, people }) => {
  const amira = primaryOf(services.houses.list(people.amira.id));
  const lin = primaryOf(services.houses.list(people.lin.id));
  const plans: Array<[string, readonly SampleQuotePlan[]]> = [
    [people.amira.id, amiraPlans(amira.houseId, amira.pillarIds)],
    [people.olena.id, OLENA_PLANS],
    [people.lin.id, linPlans(lin.houseId, lin.pillarIds)],
  ];
  const placed = plans.map(([id, list]) => list.map((plan) => placeQuote(services, id, plan)));
  // Amira is rewording her second approved quote: a new draft linked to it, while the approved text stays usable.
  const second = placed[0]?.[1];
  if (second) {
    const draft = services.quotes.reviseApproved(second.id);
    services.quotes.update(draft.id, draft.version, {
      text: 'Every girl on my Saturday team knows she could design the machines that save lives.',
    });
  }
};
