import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  BROADCAST_KINDS,
  INTERVIEW_LIMITS,
  LEGAL_CHECK,
  PHOTO_ANSWERS,
  type InterviewFields,
  type InterviewRequest,
} from '../../../../shared/features/interviews/schemas';
import { NAME_MODES } from '../../../../shared/features/ambassadors/schemas';
import { useChannelMutation } from '../../api/channel-query';
import type { AppErrorShape } from '../../api/result';
import { Note } from '../../components/Note';
import { BROADCAST_LABELS, FORMAT_OPTIONS, LEGAL_LABELS, NAME_LABELS, PHOTO_LABELS } from './labels';

/** The backend's issues by field; its paths start with `fields.`, the form's do not. */
function fieldErrors(error: AppErrorShape): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) out[issue.path.replace(/^fields\./u, '')] ??= issue.message;
  return out;
}

/** One checklist answer as radio buttons; `inputProps` are the form's own for that field. */
function Choice<K extends string>({
  label,
  options,
  labels,
  inputProps,
}: {
  label: string;
  options: readonly K[];
  labels: Record<K, string>;
  inputProps: ReturnType<ReturnType<typeof useForm<InterviewFields>>['getInputProps']>;
}) {
  return (
    <Radio.Group label={label} {...inputProps}>
      <Group gap="md" mt={6}>
        {options.map((o) => (
          <Radio key={o} value={o} label={labels[o]} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * A real interview request as DOMAIN.md's preparation checklist: what to ask the journalist, then what to agree
 * before saying yes. Every item is a field, so nothing is left to a paragraph the ambassador might skip.
 */
export function RequestForm({
  ambassadorId,
  request,
  initial,
  onSaved,
}: {
  ambassadorId: string;
  request?: InterviewRequest;
  initial: InterviewFields;
  onSaved(request: InterviewRequest): void;
}) {
  const create = useChannelMutation('interview:create');
  const update = useChannelMutation('interview:update');
  const form = useForm<InterviewFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: { outlet: (v) => (v.trim() ? null : 'Write which outlet the journalist works for.') },
  });

  const save = async (fields: InterviewFields) => {
    const result = request ? await update.run({ id: request.id, fields }) : await create.run({ ambassadorId, fields });
    if (!result.ok) {
      const byField = fieldErrors(result.error);
      form.setErrors(Object.keys(byField).length > 0 ? byField : { runsOn: result.error.message });
      return;
    }
    form.resetDirty(fields);
    onSaved(result.value);
  };

  return (
    <form onSubmit={form.onSubmit((fields) => void save(fields))} noValidate aria-label="Interview request">
      <Stack gap="lg">
        <Fieldset legend="Ask the journalist">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Outlet"
                required
                maxLength={INTERVIEW_LIMITS.outlet}
                {...form.getInputProps('outlet')}
              />
              <TextInput
                label="Journalist’s name"
                maxLength={INTERVIEW_LIMITS.journalist}
                {...form.getInputProps('journalist')}
              />
            </SimpleGrid>
            <Textarea
              label="What is the story about? (the angle)"
              autosize
              minRows={2}
              maxLength={INTERVIEW_LIMITS.angle}
              {...form.getInputProps('angle')}
            />
            <TextInput
              label="Who else are they talking to?"
              maxLength={INTERVIEW_LIMITS.others}
              {...form.getInputProps('othersInterviewed')}
            />
            <Choice
              label="Live or recorded?"
              options={BROADCAST_KINDS}
              labels={BROADCAST_LABELS}
              inputProps={form.getInputProps('broadcast')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect label="Kind of interview" data={FORMAT_OPTIONS} {...form.getInputProps('format')} />
              <NumberInput
                label="How long, in minutes"
                description="0 if you do not know yet"
                min={0}
                max={240}
                allowDecimal={false}
                {...form.getInputProps('lengthMinutes')}
              />
              <TextInput type="date" label="Their deadline" {...form.getInputProps('deadline')} />
              <TextInput type="date" label="Day of the interview" {...form.getInputProps('interviewDate')} />
              <TextInput type="date" label="When it runs or is published" {...form.getInputProps('runsOn')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Agree before you say yes">
          <Stack gap="md">
            <Choice
              label="How you are named"
              options={NAME_MODES}
              labels={NAME_LABELS}
              inputProps={form.getInputProps('nameMode')}
            />
            <Choice
              label="Photo or filming"
              options={PHOTO_ANSWERS}
              labels={PHOTO_LABELS}
              inputProps={form.getInputProps('photo')}
            />
            <TagsInput
              label="Topics off limits"
              description="Press Enter after each topic. You will practise saying no to each one."
              {...form.getInputProps('offLimits')}
            />
            <Choice
              label="Checked with a legal adviser?"
              options={LEGAL_CHECK}
              labels={LEGAL_LABELS}
              inputProps={form.getInputProps('legalCheck')}
            />
            {form.values.legalCheck === 'not-yet' ? (
              <Note title="A calm check first">
                If you are still in the asylum process, or your status could be affected, talk to a legal adviser before
                you say yes. You can ask the journalist for a day to think; that is normal.
              </Note>
            ) : null}
            <Textarea
              label="Notes"
              autosize
              minRows={2}
              maxLength={INTERVIEW_LIMITS.notes}
              {...form.getInputProps('notes')}
            />
          </Stack>
        </Fieldset>
        <Text fw={600}>Remember: everything you say is on the record, even small talk before and after.</Text>
        <Group>
          <Button type="submit" loading={create.busy || update.busy}>
            {request ? 'Save changes' : 'Save request'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
