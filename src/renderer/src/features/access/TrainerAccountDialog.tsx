import { useApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { SecretFormModal } from './SecretFormModal';
import {
  EMPTY_TRAINER_SETUP,
  NAME_PROBLEM,
  TrainerNameField,
  TrainerSetupFields,
  trainerSetupProblems,
} from './TrainerSetupFields';
import { useSecretForm } from './useSecretForm';

/** The unlocked trainer changes their own name, or their own secret. Nobody else can. */
export function TrainerAccountDialog({
  kind,
  name,
  onClose,
}: {
  kind: 'name' | 'secret';
  name: string;
  onClose(): void;
}) {
  const api = useApi();
  const secretForm = useSecretForm({
    initialValues: { ...EMPTY_TRAINER_SETUP, name },
    validate: (draft) =>
      kind === 'name' ? (draft.name.trim() ? {} : { name: NAME_PROBLEM }) : trainerSetupProblems(draft, false),
    send: (draft) => api['access:updateTrainer'](kind === 'name' ? { name: draft.name } : { secret: draft.secret }),
    refused: kind === 'name' ? { field: 'name', clear: false } : { field: 'secret', clear: true },
    onSent: () => {
      notifySuccess(
        kind === 'name' ? 'Your name is saved. New approvals carry it.' : 'Your trainer PIN or passphrase is changed.',
      );
      onClose();
    },
  });

  return (
    <SecretFormModal
      title={kind === 'name' ? 'Change your trainer name' : 'Change your trainer PIN or passphrase'}
      onClose={onClose}
      secretForm={secretForm}
      submitLabel="Save"
    >
      {kind === 'name' ? (
        <TrainerNameField form={secretForm.form} />
      ) : (
        <TrainerSetupFields form={secretForm.form} withName={false} secretLabel="New trainer PIN or passphrase" />
      )}
    </SecretFormModal>
  );
}
