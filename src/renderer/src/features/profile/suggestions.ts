import type { PrivateDetail } from '../../../../shared/features/ambassadors/schemas';

/** Topics people often welcome (Scottish Refugee Council exercise, DOMAIN.md). */
export const WELCOME_TOPIC_SUGGESTIONS = [
  'My dreams and plans',
  'What I have achieved',
  'Life in the UK',
  'What makes me happy',
  'My work or studies',
  'My community',
  'Volunteering',
  'Food, music and culture',
];

/** Topics people often decline; saying no to them is normal and respected. */
export const DECLINED_TOPIC_SUGGESTIONS = [
  'Trauma',
  'Family left behind',
  '“Why not go back?”',
  'Religion',
  'Politics',
  'Mental health',
  'My immigration case',
  'My journey here',
];

export const LANGUAGE_SUGGESTIONS = [
  'English',
  'Arabic',
  'Amharic',
  'Bengali',
  'Cantonese',
  'Dari',
  'Farsi',
  'French',
  'Kurdish',
  'Mandarin',
  'Pashto',
  'Polish',
  'Portuguese',
  'Punjabi',
  'Romanian',
  'Russian',
  'Somali',
  'Spanish',
  'Swahili',
  'Tigrinya',
  'Turkish',
  'Ukrainian',
  'Urdu',
];

export const PRIVATE_DETAIL_LABELS: Record<PrivateDetail['kind'], string> = {
  home_town: 'Home town',
  current_location: 'Where I live now',
  immigration_status: 'Immigration status',
  employer: 'Employer',
  family_name: 'Family names',
  other: 'Something else',
};
