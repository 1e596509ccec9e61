/**
 * The guidance shown on each step, written for a reading age of about 12: short sentences, warm and direct.
 * It follows DOMAIN.md: values before facts, the five shifts (fear to hope, against to for, problem to solution,
 * threat to opportunity, victims to rights-holders) and no "good migrant / bad migrant" split.
 * The examples are made up for this app.
 */
export interface StepGuidance {
  title: string;
  intro: string;
  tips: string[];
  example: { label: string; text: string }[];
}

export const HOUSE_STEPS = ['audience', 'umbrella', 'pillars', 'proofs', 'criticism', 'action', 'review'] as const;
export type HouseStep = (typeof HOUSE_STEPS)[number];

export const HOUSE_GUIDANCE: Record<HouseStep, StepGuidance> = {
  audience: {
    title: 'Audience and goal',
    intro:
      'Start with who you want to reach and what you hope will change. A message made for everyone often moves no one.',
    tips: [
      'Choose one audience for this house, like listeners of local radio, parents at your child’s school or your MP. You can make another house for another audience.',
      'Think about what they already care about: their family, their town, fairness, a good day’s work.',
      'Your goal is what you want them to think, feel or do after they hear you.',
    ],
    example: [
      {
        label: 'Audience',
        text: 'People who listen to our local radio station in the morning, many of them older and born here.',
      },
      {
        label: 'Goal',
        text: 'They see people who moved here as neighbours, and they come to our open day on 18 December.',
      },
    ],
  },
  umbrella: {
    title: 'Umbrella message',
    intro:
      'This is the one thing you most want people to remember. It covers everything else, like a roof. Keep it short enough to say in one breath, and use it as your first line.',
    tips: [
      'Start with a value you share with your audience, like family, fairness or hard work. The facts come after.',
      'Talk about hope and what you are for, not fear or what you are against.',
      'Show people as neighbours with rights and plans, not as victims or as a problem.',
    ],
    example: [
      {
        label: 'Umbrella message',
        text: 'Everyone deserves a safe home and the chance to give back to the place that welcomed them.',
      },
    ],
  },
  pillars: {
    title: 'Key messages',
    intro:
      'Key messages hold up your roof. Each one is a reason to believe your umbrella message. Three is the most; one or two is fine.',
    tips: [
      'Make each one a short, whole sentence that still works if it is the only thing a journalist uses.',
      'Offer a way forward, not only a problem: what would make things better?',
      'Do not split people into “good” and “bad” migrants. Everyone has rights, whatever their job or their story.',
    ],
    example: [
      { label: 'Key message 1', text: 'People who move here bring skills our town needs.' },
      { label: 'Key message 2', text: 'When people can learn and take part, the whole community does better.' },
      { label: 'Key message 3', text: 'Welcome is something we build together, street by street.' },
    ],
  },
  proofs: {
    title: 'Proof points',
    intro:
      'Proof points help people believe your key messages. Give each key message at least one: a short story from your life, a fact with where it comes from, or an example.',
    tips: [
      'A story is one small, true moment: what you did, what you saw, how it felt. Share only what you are happy to see in a newspaper.',
      'A fact needs a source people trust. Write the source down so you can say it in an interview.',
      'An example shows your message working somewhere real: a project, a team, a class.',
    ],
    example: [
      {
        label: 'Story',
        text: 'On my first day at the food bank, an older volunteer taught me the name of everything on the shelves. Now I teach the new volunteers.',
      },
      {
        label: 'Fact, with its source',
        text: 'Our community choir has singers from 14 countries. Source: the choir’s own register, 2025.',
      },
      {
        label: 'Example',
        text: 'Three families started a garden behind the library. It now grows vegetables for 40 households.',
      },
    ],
  },
  criticism: {
    title: 'Likely criticism and answer',
    intro:
      'Think of the hardest thing someone might say back to you, and plan a calm, short answer. If you plan it now, it will not knock you off course later.',
    tips: [
      'Say you understand the worry (without agreeing), then bridge back to your message: “What matters most here is…”.',
      'Do not repeat unfair words. Say what is true, name the myth without its wording, then say what is true again.',
      'You never have to talk about your own case or your family. “I’d rather not talk about that” is a full answer.',
    ],
    example: [
      { label: 'Criticism', text: 'Won’t more people coming here put pressure on local services?' },
      {
        label: 'Your answer',
        text: 'Lots of us care about our doctors and schools, me too. What matters most is that people who moved here also work as the nurses, carers and teachers who keep those services going.',
      },
    ],
  },
  action: {
    title: 'Call to action',
    intro: 'End with one clear thing your audience can do. Make it small, specific and easy to say yes to.',
    tips: [
      'Use a doing word: come, join, ask, listen, sign.',
      'Say when and where, if you can.',
      'Keep it warm: invite people in rather than telling them off.',
    ],
    example: [
      {
        label: 'Call to action',
        text: 'Come to the welcome supper at the community centre on 18 December, and bring a neighbour.',
      },
    ],
  },
  review: {
    title: 'Review',
    intro:
      'Here is your house. Read it out loud. Does the roof cover every pillar? Is each pillar held up by a story, a fact or an example?',
    tips: [
      'If a part is empty, choose its step above to fill it in.',
      'Your trainer can leave comments on any part. You will see them beside the field.',
    ],
    example: [],
  },
};

export const BOX_FIELDS = ['issue', 'problems', 'soWhat', 'solutions', 'benefits'] as const;
export type BoxField = (typeof BOX_FIELDS)[number];

export const BOX_GUIDANCE: Record<BoxField, { label: string; help: string; example: string }> = {
  issue: {
    label: 'Issue',
    help: 'The big topic, in a few words.',
    example: 'Learning English when you first arrive.',
  },
  problems: {
    label: 'Problems',
    help: 'What is going wrong, and for whom? Be specific.',
    example: 'Classes have long waiting lists, so people wait months before they can start.',
  },
  soWhat: {
    label: 'So what',
    help: 'Why should this audience care? Link it to something they value.',
    example: 'When neighbours can talk to each other, streets feel friendlier and safer for everyone.',
  },
  solutions: {
    label: 'Solutions',
    help: 'What would help? Name things that could really happen.',
    example: 'More funded classes, and conversation clubs run by volunteers in libraries.',
  },
  benefits: {
    label: 'Benefits',
    help: 'What gets better if the solutions happen, for your audience and for everyone?',
    example: 'People make friends sooner, find their feet and give back to the town that welcomed them.',
  },
};

export const BOX_INTRO =
  'The Message Box is another way to plan what you will say. It starts from a problem and ends with what gets better. Fill the five boxes in any order.';
