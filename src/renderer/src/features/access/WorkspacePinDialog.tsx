import { Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { SECRET_RULE, SecretField, secretProblem } from './SecretField';
import { SecretFormModal } from './SecretFormModal';
import { useSecretForm } from './useSecretForm';

export type WorkspacePinChange = 'set' | 'change' | 'remove';

const TITLES: Record<WorkspacePinChange, string> = {
  set: 'Protect your workspace',
  change: 'Change your workspace PIN',
  remove: 'Remove your workspace PIN',
};

interface PinDraft extends Record<string, string> {
  current: string;
  next: string;
  again: string;
}

function pinProblems(kind: WorkspacePinChange, needsCurrent: boolean, { current, next, again }: PinDraft): FormErrors {
  const problems: FormErrors = {};
  if (needsCurrent && !current) problems.current = 'Type your current PIN.';
  if (kind !== 'remove') {
    const rule = secretProblem(next);
    if (rule) problems.next = rule;
    else if (next !== again) problems.again = 'The two are not the same.';
  }
  return problems;
}

/**
 * Protecting the open workspace with its own PIN, changing it, or removing it (both need the current one,
 * unless a trainer does it).
 */
export function WorkspacePinDialog({
  kind,
  askCurrent,
  onClose,
}: {
  kind: WorkspacePinChange;
  /** False in trainer mode: the backend lets a trainer reset a forgotten PIN without it. */
  askCurrent: boolean;
  onClose(): void;
}) {
  const api = useApi();
  const needsCurrent = kind !== 'set' && askCurrent;
  const secretForm = useSecretForm({
    initialValues: { current: '', next: '', again: '' },
    validate: (draft) => pinProblems(kind, needsCurrent, draft),
    send: ({ current, next }) =>
      api['access:setWorkspacePin']({
        pin: kind === 'remove' ? null : next,
        ...(needsCurrent ? { currentPin: current } : {}),
      }),
    refused: needsCurrent ? { field: 'current', clear: true } : { field: 'next', clear: false },
    onSent: () => {
      notifySuccess(
        kind === 'remove'
          ? 'Your workspace is no longer protected: anyone at this laptop can open it.'
          : 'Your workspace now opens only with your PIN, in each new window and after a few minutes without use.',
        kind === 'remove' ? 'PIN removed' : 'PIN saved',
      );
      onClose();
    },
  });

  return (
    <SecretFormModal
      title={TITLES[kind]}
      onClose={onClose}
      secretForm={secretForm}
      submitLabel={kind === 'remove' ? 'Remove PIN' : 'Save PIN'}
      submitColor={kind === 'remove' ? 'red.9' : undefined}
    >
      {kind === 'remove' ? <Text>After this, anyone at this laptop can open this workspace.</Text> : null}
      {needsCurrent ? (
        <SecretField label="Current PIN" input={secretForm.form.getInputProps('current')} autoFocus />
      ) : null}
      {kind !== 'remove' ? (
        <>
          <SecretField
            label="New PIN"
            description={`${SECRET_RULE} Others at this laptop will need it to see your work.`}
            input={secretForm.form.getInputProps('next')}
            autoFocus={!needsCurrent}
          />
          <SecretField label="Type the new PIN again" input={secretForm.form.getInputProps('again')} />
        </>
      ) : null}
    </SecretFormModal>
  );
}
