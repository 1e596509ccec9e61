import { Button, Card, Group, List, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircle, IconCircleCheck } from '@tabler/icons-react';
import { displayName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { useStudioActions } from '../../app/actions';
import { useNavigation } from '../../app/navigation';
import type { ScreenId } from '../../app/screens';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { profileChecklist } from '../profile/checklist';
import { DueToday } from '../rehearsal/DueToday';
import { PlanReminder } from '../plan/PlanReminder';
import { NextInterviewCard } from '../interviews/NextInterviewCard';
import { useAmbassador } from '../ambassadors/queries';
import { SendWorkCard } from '../bundles/SendWorkCard';
import { useAccess, useCurrentAmbassadorId, useWorkspaces } from '../access/queries';

const EXERCISES: Array<{ screen: ScreenId; title: string; text: string }> = [
  {
    screen: 'key-messages',
    title: 'Key messages',
    text: 'Build a message house: one main message and up to three key points, each backed by a story or a fact.',
  },
  {
    screen: 'press-quotes',
    title: 'Press quotes',
    text: 'Write short quotes, about 20 words, that add feeling or a human detail. You approve every quote before it is used.',
  },
  {
    screen: 'interview-practice',
    title: 'Interview practice',
    text: 'Answer real questions out loud, including hard ones, and learn to bridge back to your message.',
  },
  {
    screen: 'message-sheet',
    title: 'Message sheet',
    text: 'A one-page summary for journalists: your public name, bio, key messages, approved quotes and what not to ask.',
  },
];

function InterviewRequestChecklist() {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="interview-request-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="interview-request-heading">
          When a journalist asks for an interview
        </Title>
        <Text fw={600}>Ask them:</Text>
        <List spacing={4}>
          <List.Item>Which outlet they work for, and their name</List.Item>
          <List.Item>What the story is about (the angle), and who else they are talking to</List.Item>
          <List.Item>Their deadline, and whether it is live or recorded</List.Item>
          <List.Item>How long it will be, and when it will be published or broadcast</List.Item>
        </List>
        <Text fw={600}>Agree before the interview:</Text>
        <List spacing={4}>
          <List.Item>How you are named: full name, first name or a pseudonym</List.Item>
          <List.Item>Whether you are photographed or filmed</List.Item>
          <List.Item>Which topics are off limits</List.Item>
        </List>
        <Text fw={600}>Remember:</Text>
        <List spacing={4}>
          <List.Item>Everything you say is on the record, even small talk.</List.Item>
          <List.Item>You will rarely see the piece before it comes out.</List.Item>
          <List.Item>Afterwards, talk it through with your trainer and check how you are feeling.</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}

function Exercises() {
  const { navigate } = useNavigation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="exercises-heading">
      <Title order={2} size="h3" id="exercises-heading">
        Exercises
      </Title>
      <Text>Four exercises get you ready for an interview. Do them in any order: your work saves as you go.</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {EXERCISES.map((exercise) => (
          <Card key={exercise.screen} withBorder radius="md" padding="lg">
            <Stack gap="xs" h="100%" justify="space-between" align="flex-start">
              <Title order={3} size="h4">
                {exercise.title}
              </Title>
              <Text>{exercise.text}</Text>
              <Button variant="default" onClick={() => navigate(exercise.screen)}>
                Open {exercise.title}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProfileProgress({ ambassador }: { ambassador: Ambassador }) {
  const { navigate } = useNavigation();
  const items = profileChecklist(ambassador);
  const done = items.filter((item) => item.done).length;
  const percent = Math.round((done / items.length) * 100);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-progress-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="profile-progress-heading">
          Your profile
        </Title>
        <Text>
          {done} of {items.length} done. A complete profile keeps you safe and makes the exercises easier.
        </Text>
        <Progress value={percent} aria-label="Profile progress" size="lg" />
        <List spacing="xs" center>
          {items.map((item) => (
            <List.Item
              key={item.id}
              icon={
                <ThemeIcon variant="transparent" color={item.done ? 'teal.9' : 'gray.7'} size={24} aria-hidden>
                  {item.done ? <IconCircleCheck size={22} /> : <IconCircle size={22} />}
                </ThemeIcon>
              }
            >
              <Text span>
                <Text span fw={item.done ? 400 : 600}>
                  {item.label}
                </Text>
                <Text span c="dimmed">
                  {item.done ? ' (done)' : ' (to do)'}
                  {item.detail ? ` · ${item.detail}` : ''}
                </Text>
              </Text>
            </List.Item>
          ))}
        </List>
        <div>
          <Button onClick={() => navigate('profile')}>Open your profile</Button>
        </div>
      </Stack>
    </Paper>
  );
}

/** Home when this window has no workspace open: nobody on the laptop yet, or nobody chosen (or locked again). */
function NoWorkspace() {
  const { isTrainer } = useAccess();
  const { data: workspaces = [] } = useWorkspaces();
  const { createAmbassador } = useStudioActions();
  const { navigate } = useNavigation();
  const someone = workspaces.length > 0;
  return (
    <EmptyState
      title={someone ? 'Choose who you are' : 'No ambassador profile yet'}
      action={
        <Group>
          <Button variant={someone ? 'default' : 'filled'} onClick={() => createAmbassador()}>
            Create an ambassador profile
          </Button>
          {isTrainer ? (
            <Button variant="default" onClick={() => navigate('trainer')}>
              Go to Trainer
            </Button>
          ) : null}
        </Group>
      }
    >
      {someone
        ? 'Choose your name with “Current ambassador” at the top of the window to open your work. If you protected it with a PIN, it asks for it.'
        : 'Each ambassador has a profile: how they want to be named, what they will talk about and what stays private. Several people can share one laptop; switch between them at the top of the window.'}
    </EmptyState>
  );
}

export function HomeScreen() {
  const currentId = useCurrentAmbassadorId();
  const current = useAmbassador(currentId);
  const name = current.data ? displayName(current.data) : null;

  return (
    <>
      <PageHeader
        title={name ? `Hello, ${name}` : 'Home'}
        intro={
          currentId
            ? 'Here is where you are. Take it one step at a time; your work saves by itself.'
            : 'Ambassador Studio helps ambassadors get ready for the media, on this laptop, without the internet.'
        }
      />
      <Stack gap="xl" maw={960}>
        {currentId ? <DueToday ambassadorId={currentId} /> : null}
        {currentId ? <NextInterviewCard ambassadorId={currentId} /> : null}
        {currentId ? <PlanReminder ambassadorId={currentId} /> : null}
        {currentId ? (
          <QueryView query={current} loadingLabel="Loading your profile…" errorTitle="Your profile could not be loaded">
            {(ambassador) => <ProfileProgress ambassador={ambassador} />}
          </QueryView>
        ) : (
          <NoWorkspace />
        )}
        {currentId ? <SendWorkCard ambassadorId={currentId} /> : null}
        <Exercises />
        <InterviewRequestChecklist />
      </Stack>
    </>
  );
}
