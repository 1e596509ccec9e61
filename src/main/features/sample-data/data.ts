import type { AmbassadorFields } from '../../../shared/features/ambassadors/schemas';
import type { CohortFields } from '../../../shared/features/cohorts/schemas';

/**
 * A clearly fictional demo cohort for "Explore with sample data". Every person, organisation and detail here
 * is invented; the names span several scripts so that layouts can be tried with real-looking text.
 */
export const SAMPLE_COHORT: CohortFields = {
  name: 'Demo cohort (fictional)',
  organisation: 'Harbour Voices (demo organisation)',
  campaign: 'Home Is Where We Build It',
  hashtag: '#WeBuildHome',
  mediaDate: '2026-12-18',
  pressContact: { name: 'Press desk (demo)', email: 'press@example.org', phone: '+44 20 0000 0000' },
};

export const SAMPLE_AMBASSADORS: ReadonlyArray<Omit<AmbassadorFields, 'cohortId'>> = [
  {
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    pseudonym: '',
    nameMode: 'full',
    pronouns: 'she/her',
    role: 'Biomedical engineer and weekend football coach',
    languages: ['English', 'Arabic (العربية)', 'French'],
    shortBio:
      'Amira designs software that helps hospitals spot cancer earlier. On Saturdays she coaches a girls’ football team.',
    longBio:
      'أميرة مهندسة طبية حيوية. Amira came to study, stayed to work, and now trains young engineers. ' +
      'She wants people to see that the people who care for them in hospital came from many places.',
    photoConsent: true,
    topicsWelcome: ['Science and health', 'Women in engineering', 'Coaching young people'],
    topicsDeclined: ['Family left behind', 'Religion'],
    privateDetails: [
      { kind: 'employer', value: 'Northgate Imaging Ltd' },
      { kind: 'home_town', value: 'Tartus' },
    ],
  },
  {
    fullName: 'Olena Kovalenko',
    firstName: 'Olena',
    pseudonym: '',
    nameMode: 'first',
    pronouns: 'she/her',
    role: 'Community choir leader',
    languages: ['English', 'Ukrainian (українська)', 'Polish'],
    shortBio:
      'Olena started a choir in a church hall with six singers. Now forty people of all ages sing together every Thursday.',
    longBio:
      'Олена — музикантка й керівниця хору. She believes a song is the quickest way to feel at home, and that welcome is something neighbours do, not something they are told to do.',
    photoConsent: false,
    topicsWelcome: ['Music and community', 'Volunteering', 'Life in the UK'],
    topicsDeclined: ['The war', 'Family left behind'],
    privateDetails: [
      { kind: 'current_location', value: 'Elm Street hostel' },
      { kind: 'family_name', value: 'Kovalenko' },
    ],
  },
  {
    fullName: 'Wei Zhang',
    firstName: 'Wei',
    pseudonym: 'Lin',
    nameMode: 'pseudonym',
    pronouns: 'he/him',
    role: 'Campaigner for domestic workers’ rights',
    languages: ['English', 'Mandarin (中文)', 'Cantonese'],
    shortBio:
      'Lin helps domestic workers learn their rights and find each other. He runs a phone line in three languages.',
    longBio:
      '林帮助家政工人了解自己的权利。 He survived exploitation and now makes sure others know where to turn. He speaks about what people did to survive, not about what was done to them.',
    photoConsent: false,
    topicsWelcome: ['Workers’ rights', 'How to get help', 'Plans and dreams'],
    topicsDeclined: ['Trauma', 'Immigration status', 'Mental health'],
    privateDetails: [
      { kind: 'immigration_status', value: 'awaiting decision' },
      { kind: 'family_name', value: 'Zhang' },
      { kind: 'current_location', value: 'Riverside' },
    ],
  },
];
