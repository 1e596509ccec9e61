import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigation } from '../../app/navigation';
import { PageHeader } from '../../components/PageHeader';

interface ExercisePageProps {
  title: string;
  intro: ReactNode;
  coming: string[];
  extra?: ReactNode;
  nowText: ReactNode;
  nowAction: string;
}

function ExercisePage({ title, intro, coming, extra, nowText, nowAction }: ExercisePageProps) {
  const { navigate } = useNavigation();
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <Stack gap="xl" maw={820}>
        {extra}
        <Stack gap="xs" component="section" aria-labelledby="coming-heading">
          <Title order={2} size="h3" id="coming-heading">
            What will be here
          </Title>
          <Text>This exercise is still being built. When it is ready, you will be able to:</Text>
          <List spacing={4}>
            {coming.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Stack>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="now-heading">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3" id="now-heading">
              What you can do now
            </Title>
            <Text>{nowText}</Text>
            <Group>
              <Button onClick={() => navigate('profile')}>{nowAction}</Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}

export function KeyMessagesScreen() {
  return (
    <ExercisePage
      title="Key messages"
      intro="Key messages are the few things you most want people to remember after they hear you. You build them like a house: one short main message as the roof, up to three key messages as pillars, and a story, fact or example holding up each one."
      extra={
        <Stack gap="xs" component="section" aria-labelledby="framing-heading">
          <Title order={2} size="h3" id="framing-heading">
            A good message
          </Title>
          <List spacing={4}>
            <List.Item>Starts from values people share, then gives the facts.</List.Item>
            <List.Item>Talks about hope rather than fear, and what you are for rather than against.</List.Item>
            <List.Item>Offers solutions, and shows people as having rights, not as victims.</List.Item>
            <List.Item>Avoids splitting people into “good” and “bad” migrants.</List.Item>
          </List>
        </Stack>
      }
      coming={[
        'fill in a message house with helpful questions: the big picture, what is in it for your audience, the criticism you are most likely to hear and how to answer it, and what you want people to do',
        'try a message box instead (issue, problems, so what, solutions, benefits)',
        'get comments from your trainer on each part',
      ]}
      nowText="Your best messages often come from the topics you are happy to talk about. Add them to your profile now."
      nowAction="Add topics you welcome"
    />
  );
}

export function PressQuotesScreen() {
  return (
    <ExercisePage
      title="Press quotes"
      intro="A press quote adds feeling, an opinion or a human detail to a story; it does not repeat the facts. The best ones are 20 words or fewer, in one to three sentences. A quote is only used after you approve it, knowing where it will appear, and you can take it back until it is published."
      coming={[
        'draft quotes and see the word count and how long they take to say at your own pace (a TV soundbite is about 15 seconds, around 45 words)',
        'send a quote for review, and approve it yourself before anyone uses it',
        'get a gentle check on words that are often used unfairly about migrants, with better ones to use',
        'be warned if a quote contains one of your private details',
      ]}
      nowText="List your private details on your profile, so the app can warn you if one slips into a quote."
      nowAction="List private details"
    />
  );
}

export function InterviewPracticeScreen() {
  return (
    <ExercisePage
      title="Interview practice"
      intro="Practise answering questions out loud before the real thing. When a question pulls you off course, acknowledge it, use a short bridge such as “What matters most here is…”, then give one of your key messages. Practice makes hard questions feel much smaller."
      extra={
        <Stack gap="xs" component="section" aria-labelledby="types-heading">
          <Title order={2} size="h3" id="types-heading">
            Every interview is a little different
          </Title>
          <List spacing={4}>
            <List.Item>Live radio or TV cannot be edited: keep answers short.</List.Item>
            <List.Item>On the phone, stand up; your voice carries everything.</List.Item>
            <List.Item>On TV, a pause looks better than “um”.</List.Item>
            <List.Item>For newspapers, give your messages early and sum up at the end.</List.Item>
          </List>
        </Stack>
      }
      coming={[
        'answer questions from a question bank, including hard ones like “Why don’t you go back?”, with hints for bridging',
        'record yourself on this laptop and see talking time, pauses and pace (100 to 165 words a minute is comfortable)',
        'get a short report after each try, and rate yourself',
        'practise the questions you find hardest more often, in time for your media date',
      ]}
      nowText="Decide which topics you will not discuss. In practice you will rehearse saying no to them kindly and calmly."
      nowAction="Choose topics you decline"
    />
  );
}

export function MessageSheetScreen() {
  return (
    <ExercisePage
      title="Message sheet"
      intro="A message sheet is one printed page for journalists: who you are, what you want to say and what not to ask you. Your trainer can put the sheets of the whole group into one press pack."
      extra={
        <Stack gap="xs" component="section" aria-labelledby="sheet-heading">
          <Title order={2} size="h3" id="sheet-heading">
            What goes on it
          </Title>
          <List spacing={4}>
            <List.Item>Your public name, as you chose it, and your pronouns</List.Item>
            <List.Item>Your photo, only if you consent</List.Item>
            <List.Item>Your role, a short bio and the languages you can be interviewed in</List.Item>
            <List.Item>Your main message, three key messages and up to three approved quotes</List.Item>
            <List.Item>Topics you welcome, and “please don’t ask about” for the ones you decline</List.Item>
            <List.Item>Your organisation’s press contact (never your own details), the campaign and hashtag</List.Item>
          </List>
          <Text fw={600}>Never on it: your private details, comments or drafts.</Text>
        </Stack>
      }
      coming={['see your sheet as it will look', 'save it as a PDF to send to a press contact', 'make a press pack for a whole cohort']}
      nowText="Most of the sheet comes from your profile: your public name, short bio, languages and photo choice."
      nowAction="Check your profile"
    />
  );
}
