import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifySuccess } from '../../components/notify';
import { SECRET_RULE, SecretField, secretProblem } from './SecretField';
import { SecretFormModal } from './SecretFormModal';

export type WorkspacePinChange = 'set' | 'change' | 'remove';

/** Protecting the open workspace with its own PIN, changing it, or removing it (both need the current one). */
export function WorkspacePinDialog({ kind, onClose }: { kind: WorkspacePinChange; onClose(): void }) {
  const save = useChannelMutation('access:setWorkspacePin');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = async () => {
    const found: Record<string, string | undefined> = {};
    if (kind !== 'set' && !current) found.current = 'Type your current PIN.';
    if (kind !== 'remove') {
      found.next = secretProblem(next);
      if (!found.next && next !== again) found.again = 'The two are not the same.';
    }
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      return;
    }
    const result = await save.run({ pin: kind === 'remove' ? null : next, ...(kind === 'set' ? {} : { currentPin: current }) });
    if (!result.ok) {
      setErrors(kind === 'set' ? { next: result.error.message } : { current: result.error.message });
      return;
    }
    notifySuccess(
      kind === 'remove'
        ? 'Your workspace is no longer protected: anyone at this laptop can open it.'
        : 'Your workspace now opens only with your PIN, in each new window and after a few minutes without use.',
      kind === 'remove' ? 'PIN removed' : 'PIN saved',
    );
    onClose();
  };

  const title = { set: 'Protect your workspace', change: 'Change your workspace PIN', remove: 'Remove your workspace PIN' }[kind];
  return (
    <SecretFormModal
      title={title}
      onClose={onClose}
      onSubmit={submit}
      busy={save.busy}
      submitLabel={kind === 'remove' ? 'Remove PIN' : 'Save PIN'}
      submitColor={kind === 'remove' ? 'red.9' : undefined}
    >
      {kind !== 'set' ? <SecretField label="Current PIN" value={current} onChange={setCurrent} error={errors.current} autoFocus /> : null}
      {kind !== 'remove' ? (
        <>
          <SecretField
            label="New PIN"
            description={`${SECRET_RULE} Others at this laptop will need it to see your work.`}
            value={next}
            onChange={setNext}
            error={errors.next}
            autoFocus={kind === 'set'}
          />
          <SecretField label="Type the new PIN again" value={again} onChange={setAgain} error={errors.again} />
        </>
      ) : null}
    </SecretFormModal>
  );
}
