import { Anchor, Button, Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { useNavigation } from '../../app/navigation';
import { AmbassadorCreateForm } from '../../components/AmbassadorCreateForm';
import { CohortCreateForm } from '../../components/CohortCreateForm';
import { Note } from '../../components/Note';
import { notifyError } from '../../components/notify';
import { useSettings } from '../settings/queries';
import { useApi } from '../../api/ApiProvider';
import { TrainerSetupStep } from './TrainerSetupStep';

type Step = 'welcome' | 'ambassador' | 'trainer' | 'cohort';

const CHOICE_BUTTON_STYLES = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 'var(--mantine-spacing-xs)' },
  label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', lineHeight: 1.3 },
} as const;

function Choice({
  label,
  description,
  onClick,
  loading,
}: {
  label: string;
  description: string;
  onClick(): void;
  loading?: boolean;
}) {
  const descriptionId = useId();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm" h="100%" justify="space-between">
        <Text id={descriptionId}>{description}</Text>
        {/* The label wraps rather than being cut off: three cards side by side leave little room at 1024 px. */}
        <Button
          size="lg"
          fullWidth
          onClick={onClick}
          loading={loading}
          aria-describedby={descriptionId}
          styles={CHOICE_BUTTON_STYLES}
        >
          {label}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The first thing a new laptop shows: what the app is, then who is using it. */
export function FirstRun() {
  const { update } = useSettings();
  const { navigate } = useNavigation();
  const [step, setStep] = useState<Step>('welcome');
  const sample = useChannelMutation('sample:load');

  const api = useApi();
  const finish = async (patch: Parameters<typeof update>[0], screen: 'home' | 'trainer') => {
    const result = await update({ ...patch, onboarded: true });
    if (!result.ok) {
      notifyError(result.error, 'Your choice was not saved');
      return;
    }
    navigate(screen);
  };

  // The profile made here opens in this window (the backend does that); the laptop becomes its owner's.
  const onAmbassadorCreated = async () => {
    const own = await api['access:setLaptopKind']({ kind: 'own' });
    if (!own.ok) notifyError(own.error, 'This laptop was not set up as yours');
    await finish({}, 'home');
  };

  const onCohortCreated = (cohort: Cohort) => finish({ currentCohortId: cohort.id }, 'trainer');

  // The button is busy only while the sample loads: finishing marks the laptop onboarded at once (an optimistic
  // settings update), so this screen is gone before the browser paints or takes another click.
  const loadSample = async () => {
    const result = await sample.run({});
    if (!result.ok) {
      notifyError(result.error, 'The sample data was not loaded');
      return;
    }
    await finish({}, 'home');
  };

  const back = (
    <Anchor component="button" type="button" onClick={() => setStep('welcome')} underline="hover">
      <IconArrowLeft size={16} aria-hidden style={{ verticalAlign: 'middle' }} /> Back
    </Anchor>
  );

  return (
    <Container size="md" py="xl" component="main">
      {step === 'welcome' ? (
        <Stack gap="xl">
          <Stack gap="sm">
            <Title order={1}>Welcome to Ambassador Studio</Title>
            <Text size="lg">
              Ambassador Studio helps you get ready to speak to the media: choose your key messages, write short quotes
              and practise answering interview questions.
            </Text>
            <Text size="lg">It works without the internet, and your work stays on this laptop.</Text>
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h3">
              Who is using Ambassador Studio?
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Choice
                label="I'm an ambassador"
                description="This is your own laptop and you will speak to the media. Start with a short profile about you."
                onClick={() => setStep('ambassador')}
              />
              <Choice
                label="I'm a trainer"
                description="You are running a workshop on laptops the ambassadors share. Protect trainer mode, then set up your group."
                onClick={() => setStep('trainer')}
              />
              <Choice
                label="Explore with sample data"
                description="Look around with a made-up group of ambassadors. You can add your own later."
                onClick={() => void loadSample()}
                loading={sample.busy}
              />
            </SimpleGrid>
          </Stack>
        </Stack>
      ) : null}

      {step === 'ambassador' ? (
        <Stack gap="lg">
          {back}
          <Stack gap="sm">
            <Title order={1}>Create your profile</Title>
            <Text size="lg">Just a few things to start. You can change all of them later.</Text>
            <Note icon={<IconLock aria-hidden />}>Nothing leaves this laptop unless you export it.</Note>
          </Stack>
          <AmbassadorCreateForm submitLabel="Create my profile" onCreated={onAmbassadorCreated} />
        </Stack>
      ) : null}

      {step === 'trainer' ? (
        <Stack gap="lg">
          {back}
          <Stack gap="sm">
            <Title order={1}>Protect trainer mode</Title>
            <Text size="lg">
              Ambassadors will share this laptop. Trainer mode (approving quotes, cohort details, the press pack) opens
              only with your PIN or passphrase, in each window, and locks again after a few minutes without use.
            </Text>
          </Stack>
          <TrainerSetupStep onDone={() => setStep('cohort')} />
        </Stack>
      ) : null}

      {step === 'cohort' ? (
        <Stack gap="lg">
          <Stack gap="sm">
            <Title order={1}>Set up your cohort</Title>
            <Text size="lg">
              A cohort is the group of ambassadors you are training together. Only the name is needed now.
            </Text>
          </Stack>
          <CohortCreateForm submitLabel="Create cohort" onCreated={onCohortCreated} />
        </Stack>
      ) : null}
    </Container>
  );
}
