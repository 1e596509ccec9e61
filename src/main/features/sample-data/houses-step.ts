/**
 * The sample's Message Houses: Amira's primary house and a Message Box for a radio phone-in, and Lin's primary
 * house. Olena has none yet, which is what keeps her out of the press pack (with that reason). No text names a
 * private detail or a name the person does not use in public: the sheets print these texts.
 */
import type { HouseFields, ProofPoint } from '../../../shared/features/key-messages/schemas';
import type { SampleStep } from './env';
import { SAMPLE_TRAINER } from './env';

/** A fact is printed with its source; the sample says plainly that its figures are made up. */
const SAMPLE_SOURCE = 'Made-up figure for the sample cohort';

function pillar(message: string, proof: Omit<ProofPoint, 'id'>) {
  return { id: crypto.randomUUID(), message, proofs: [{ id: crypto.randomUUID(), ...proof }] };
}

const AMIRA_HOUSE = (): Partial<HouseFields> => ({
  title: 'Hospitals and home',
  audience: 'Readers of the local evening paper and listeners to breakfast radio',
  goal: 'People see hospital staff who came from abroad as neighbours who care for them',
  umbrella:
    'The people who care for us in hospital came from many places, and they are part of what makes this town home.',
  pillars: [
    pillar('Our hospitals work because people from everywhere choose to work in them.', {
      kind: 'fact',
      text: 'About one in seven staff at the city hospital was born abroad.',
      source: SAMPLE_SOURCE,
    }),
    pillar('Finding illness early saves lives, and it takes a team.', {
      kind: 'story',
      text: 'Amira’s team built a tool that helps radiographers spot cancers weeks earlier.',
      source: '',
    }),
    pillar('Girls who meet women engineers believe they can become one.', {
      kind: 'example',
      text: 'Three players from her Saturday football team went to an engineering summer school this year.',
      source: '',
    }),
  ],
  criticism: 'Hospitals should hire local people first.',
  response:
    'They do, and there are still thousands of empty posts. I train young engineers here, and I coach some of them on Saturdays.',
  callToAction: 'Thank a hospital worker this week, wherever they were born.',
});

const AMIRA_BOX = (): Partial<HouseFields> => ({
  template: 'box',
  title: 'Radio phone-in on waiting lists',
  audience: 'Callers and listeners of a regional radio phone-in',
  box: {
    issue: 'Long waits for hospital scans',
    problems: 'There are not enough trained staff, so scans wait for weeks.',
    soWhat: 'Every week of waiting lets an illness grow.',
    solutions: 'Welcome health workers from everywhere, and fund training for young people here.',
    benefits: 'Shorter waits for everyone, and careers for local young people.',
  },
});

const LIN_HOUSE = (): Partial<HouseFields> => ({
  title: 'Know your rights',
  audience: 'Community radio listeners, and families who employ a cleaner or a nanny',
  goal: 'Domestic workers know where to turn, and employers know the rules',
  umbrella: 'Everyone who works in a home deserves fair pay, rest and respect, and should know where to turn for help.',
  pillars: [
    pillar('Domestic work is real work, and the law protects it.', {
      kind: 'fact',
      text: 'Domestic workers have the same right to the minimum wage and paid holiday as other workers.',
      source: 'Sample text: check the current rules before using it',
    }),
    pillar('Help is one phone call away, in your own language.', {
      kind: 'example',
      text: 'Lin’s helpline answers in English, Mandarin and Cantonese every weekday evening.',
      source: '',
    }),
    pillar('When workers know their rights, families are better employers too.', {
      kind: 'story',
      text: 'A caller who learned she was owed holiday pay now answers the phone line herself.',
      source: '',
    }),
  ],
  criticism: 'What happens inside a family home is private business.',
  response: 'A home is also a workplace. Clear rules protect the family and the worker alike.',
  callToAction: 'Share the helpline number with anyone who works in a home.',
});

export const addSampleHouses: SampleStep = ({ services, people }) => {
  const amiraHouse = services.houses.create(people.amira.id, AMIRA_HOUSE());
  services.houses.create(people.amira.id, AMIRA_BOX());
  const linHouse = services.houses.create(people.lin.id, LIN_HOUSE());

  // A trainer's notes beside the work: one still open, one answered and resolved.
  const onAmira = { targetType: 'house' as const, targetId: amiraHouse.id };
  services.comments.add(
    { ...onAmira, field: 'umbrella', body: 'Strong umbrella. Say it out loud: can you get it out in one breath?' },
    SAMPLE_TRAINER,
  );
  const proof = services.comments.add(
    { ...onAmira, field: 'pillars.0.proofs.0', body: 'Where does this figure come from? Add the source.' },
    SAMPLE_TRAINER,
  );
  const answer = services.comments.add(
    { ...onAmira, field: 'pillars.0.proofs.0', body: 'Added: it is from the hospital’s staff report.' },
    null,
  );
  // The exchange is over, so both sides of it are resolved.
  for (const done of [proof, answer]) services.comments.setResolved(done.id, true);
  services.comments.add(
    {
      targetType: 'house',
      targetId: linHouse.id,
      field: 'callToAction',
      body: 'Good, concrete ask. Check the helpline hours are still right before the press day.',
    },
    SAMPLE_TRAINER,
  );
};
