/**
 * The two-day residential every cohort's agenda starts from, written from DOMAIN.md (the programme, the three
 * exercises, safeguarding, the preparation checklist). Each cohort gets its own copy on first open and the
 * trainer changes it from there; the template itself never changes underneath them.
 */
import type { BlockFields } from './schemas';

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

export const AGENDA_TEMPLATE: readonly BlockFields[] = [
  {
    day: 1,
    startMinute: at(9, 30),
    durationMinutes: 45,
    title: 'Welcome and safeguarding',
    exercise: null,
    notes:
      'Introductions and ground rules: anyone can pass or step out at any time, and what is shared in the room stays in the room. ' +
      'Consent is per use and can be withdrawn until publication; make "no" easy. Each person checks how they want to be named, ' +
      'photo consent, and the topics they welcome or decline. Anyone in the asylum process: check with a legal adviser before ' +
      'speaking to the media. Name the wellbeing contact for both days.',
  },
  {
    day: 1,
    startMinute: at(10, 15),
    durationMinutes: 75,
    title: 'Key messages: your Message House',
    exercise: 'key-messages',
    notes:
      'Roof first: one umbrella message, short enough to open an interview with. Then at most three pillars. Prompts: the big ' +
      'picture, what is in it for the audience, the most likely criticism, the call to action. Values before facts: hope not ' +
      'fear, for not against, rights-holders not victims. Avoid "good migrant / bad migrant".',
  },
  { day: 1, startMinute: at(11, 30), durationMinutes: 15, title: 'Break', exercise: null, notes: '' },
  {
    day: 1,
    startMinute: at(11, 45),
    durationMinutes: 60,
    title: 'Key messages: proof points',
    exercise: 'key-messages',
    notes:
      'One proof point under each pillar: a personal story, a fact with its source, or an example. Pairs read each other’s ' +
      'house aloud and say which line they remember. Check no proof point gives away a private detail (home town, employer, ' +
      'family names) or several that together identify someone.',
  },
  { day: 1, startMinute: at(12, 45), durationMinutes: 45, title: 'Lunch', exercise: null, notes: '' },
  {
    day: 1,
    startMinute: at(13, 30),
    durationMinutes: 90,
    title: 'Press quotes and soundbites',
    exercise: 'press-quotes',
    notes:
      'A quote adds feeling, opinion or a human detail; it does not repeat the facts. Aim for 20 words or fewer. A broadcast ' +
      'soundbite is about 15 seconds, two sentences. Run the language guide together. Each ambassador sends one quote for ' +
      'review; nothing is used before they approve it knowing where it will appear.',
  },
  { day: 1, startMinute: at(15, 0), durationMinutes: 15, title: 'Break', exercise: null, notes: '' },
  {
    day: 1,
    startMinute: at(15, 15),
    durationMinutes: 75,
    title: 'Interview skills: bridging',
    exercise: 'interview-practice',
    notes:
      'Acknowledge, Bridge, Communicate (and Dangle). Practise short bridges ("What matters most here is…"); weak ones sound ' +
      'evasive. Truth sandwich for a false claim: truth, name the falsehood without repeating it, truth again. Before any ' +
      'real interview ask: outlet, angle, deadline, live or recorded, who else they are talking to; agree naming and photos.',
  },
  {
    day: 1,
    startMinute: at(16, 30),
    durationMinutes: 30,
    title: 'Day 1 check-out',
    exercise: null,
    notes: 'One word each on how they feel. Wellbeing check: who would like a word one to one before they leave?',
  },
  {
    day: 2,
    startMinute: at(9, 30),
    durationMinutes: 15,
    title: 'Check-in',
    exercise: null,
    notes: 'What stayed with you from yesterday? Remind everyone they can pass on any exercise today.',
  },
  {
    day: 2,
    startMinute: at(9, 45),
    durationMinutes: 75,
    title: 'Digital storytelling',
    exercise: 'press-quotes',
    notes:
      'Turn a quote into a social post for each platform, with the campaign hashtag. Ask what they did to thrive, not about ' +
      'powerlessness. Photos only with consent; check backgrounds and captions for details that locate someone. Everything ' +
      'posted is on the record.',
  },
  { day: 2, startMinute: at(11, 0), durationMinutes: 15, title: 'Break', exercise: null, notes: '' },
  {
    day: 2,
    startMinute: at(11, 15),
    durationMinutes: 90,
    title: 'Mock interviews: radio and phone',
    exercise: 'interview-practice',
    notes:
      'Radio is one pass: no lists of figures. On the phone, stand up; the voice carries it. Use silence instead of "um". ' +
      'After each take a short debrief: what worked, one thing to try next. Rate gently; content and connection over speed.',
  },
  { day: 2, startMinute: at(12, 45), durationMinutes: 45, title: 'Lunch', exercise: null, notes: '' },
  {
    day: 2,
    startMinute: at(13, 30),
    durationMinutes: 90,
    title: 'Mock interviews: the hot seat',
    exercise: 'interview-practice',
    notes:
      'The trainer plays the journalist; questions on the projector, notes stay on the laptop. Include hostile questions with ' +
      'bridge hints ("Why don’t you go back?", "What does this cost taxpayers?") and each person’s declined topics, to ' +
      'practise saying no gracefully. Agree a pause word before starting.',
  },
  { day: 2, startMinute: at(15, 0), durationMinutes: 15, title: 'Break', exercise: null, notes: '' },
  {
    day: 2,
    startMinute: at(15, 15),
    durationMinutes: 45,
    title: 'Message sheets and the press pack',
    exercise: 'message-sheet',
    notes:
      'Each ambassador checks their one-page sheet: public name per consent, approved quotes only, declined topics listed ' +
      'as "please don’t ask about". Confirm any flagged private detail together, or take it out.',
  },
  {
    day: 2,
    startMinute: at(16, 0),
    durationMinutes: 45,
    title: 'Wrap-up and next steps',
    exercise: null,
    notes:
      'The plan to International Migrants Day: who is doing what, and the press contact for every request. Afterwards every ' +
      'interview gets a debrief and a wellbeing check. Remind everyone consent can still be withdrawn. Feedback forms.',
  },
];
