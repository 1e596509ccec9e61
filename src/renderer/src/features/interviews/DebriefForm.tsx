import { Button, Group, Paper, Radio, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  FEELINGS,
  INTERVIEW_LIMITS,
  type DebriefFields,
  type InterviewRequest,
} from '../../../../shared/features/interviews/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { Note } from '../../components/Note';
import { notifySuccess } from '../../components/notify';
import { FEELING_LABELS, formatDay } from './labels';

const EMPTY: DebriefFields = {
  wentWell: '',
  wasHard: '',
  feeling: 'okay',
  wantsFollowUp: false,
  shareWithTrainer: false,
};

/** What a trainer window shows of a debrief the ambassador kept to herself: the follow-up flag, and why no more. */
function Withheld({ request }: { request: InterviewRequest }) {
  const wants = request.debrief?.wantsFollowUp ?? false;
  return (
    <Note title="Debrief not shared">
      <Stack gap={4}>
        <Text>{wants ? 'They asked for a follow-up conversation.' : 'They did not ask for a follow-up.'}</Text>
        <Text>
          The rest of the debrief is private to the ambassador. If this is your own debrief, lock trainer mode to read
          it.
        </Text>
      </Stack>
    </Note>
  );
}

/**
 * The debrief and wellbeing check after the interview. Private by default: a trainer sees only whether a
 * follow-up is wanted, unless the ambassador switches on sharing. The backend enforces that, not this form.
 */
export function DebriefForm({ request }: { request: InterviewRequest }) {
  const save = useChannelMutation('interview:saveDebrief');
  const { debrief } = request;
  const form = useForm<DebriefFields>({
    mode: 'controlled',
    initialValues: debrief && !debrief.withheld ? { ...debrief } : EMPTY,
  });
  const submit = async (values: DebriefFields) => {
    const result = await save.run({ id: request.id, debrief: values });
    if (!result.ok) {
      form.setErrors({ wentWell: result.error.message });
      return;
    }
    form.resetDirty(values);
    notifySuccess('Your debrief is saved. Thank you for taking the time.');
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="debrief-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="debrief-heading">
          Debrief
        </Title>
        {debrief?.withheld ? (
          <Withheld request={request} />
        ) : (
          <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label="Debrief">
            <Stack gap="md">
              <Text>
                How did it go? A few words now help the next interview, and tell your trainer whether to check in.
                {debrief ? ` Filed on ${formatDay(debrief.filedAt.slice(0, 10))}.` : ''}
              </Text>
              <Textarea
                label="What went well"
                autosize
                minRows={2}
                maxLength={INTERVIEW_LIMITS.debrief}
                {...form.getInputProps('wentWell')}
              />
              <Textarea
                label="What was hard"
                autosize
                minRows={2}
                maxLength={INTERVIEW_LIMITS.debrief}
                {...form.getInputProps('wasHard')}
              />
              <Radio.Group
                label="How do you feel now?"
                value={form.values.feeling}
                onChange={(v) => form.setFieldValue('feeling', v as DebriefFields['feeling'])}
              >
                <Group gap="md" mt={6}>
                  {FEELINGS.map((f) => (
                    <Radio key={f} value={f} label={FEELING_LABELS[f]} />
                  ))}
                </Group>
              </Radio.Group>
              <Switch
                label="I would like a follow-up conversation with my trainer"
                {...form.getInputProps('wantsFollowUp', { type: 'checkbox' })}
              />
              <Switch
                label="Share this debrief with my trainer"
                {...form.getInputProps('shareWithTrainer', { type: 'checkbox' })}
              />
              <Text size="sm">
                Who sees what: your trainer sees only whether you want a follow-up. What went well, what was hard and
                how you feel stay on this laptop, in your workspace, unless you switch on sharing.
              </Text>
              {form.values.feeling === 'low' || form.values.feeling === 'upset' ? (
                <Note title="You do not have to carry this alone">
                  Interviews can stir things up. Ask for a follow-up, or talk to someone you trust today.
                </Note>
              ) : null}
              <Group>
                <Button type="submit" loading={save.busy}>
                  {debrief ? 'Save debrief' : 'File debrief'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
