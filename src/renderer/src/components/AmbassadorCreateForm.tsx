import { TextInput } from '@mantine/core';
import {
  emptyAmbassadorFields,
  type Ambassador,
  type AmbassadorFields,
} from '../../../shared/features/ambassadors/schemas';
import { useApi } from '../api/ApiProvider';
import { CreateFormFrame, useCreateForm } from './useCreateForm';
import { PublicNameChoice } from './PublicNameChoice';

type Draft = Pick<AmbassadorFields, 'firstName' | 'fullName' | 'pseudonym' | 'nameMode' | 'pronouns'>;

function emptyDraft(): Draft {
  const { firstName, fullName, pseudonym, nameMode, pronouns } = emptyAmbassadorFields();
  return { firstName, fullName, pseudonym, nameMode, pronouns };
}

/** One problem at a time: the first name first, then the pseudonym if that is the chosen public name. */
function draftProblems(draft: Draft) {
  if (!draft.firstName.trim()) return { firstName: 'Please write your first name.' };
  if (draft.nameMode === 'pseudonym' && !draft.pseudonym.trim()) {
    return { pseudonym: 'Please write the pseudonym you want to use, or choose another option.' };
  }
  return {};
}

/**
 * The short "new ambassador" form (first run and "new ambassador" elsewhere). Only a first name is needed;
 * everything else can wait for the profile.
 */
export function AmbassadorCreateForm({
  submitLabel,
  cohortId = null,
  onCreated,
  autoFocus = true,
}: {
  submitLabel: string;
  cohortId?: string | null;
  onCreated(ambassador: Ambassador): void | Promise<void>;
  autoFocus?: boolean;
}) {
  const api = useApi();
  const { form, submit } = useCreateForm<Draft, Ambassador>({
    initialValues: emptyDraft(),
    validate: draftProblems,
    create: (draft) => api['ambassador:create']({ fields: { ...draft, cohortId } }),
    onCreated,
    failureTitle: 'The profile was not created',
  });

  return (
    <CreateFormFrame onSubmit={submit} busy={form.submitting} submitLabel={submitLabel}>
      <TextInput
        label="First name"
        required
        autoFocus={autoFocus}
        autoComplete="off"
        {...form.getInputProps('firstName')}
      />
      <TextInput
        label="Full name"
        description="It is only shown in public if you choose that below."
        autoComplete="off"
        {...form.getInputProps('fullName')}
      />
      <PublicNameChoice
        label="How should we name you in public?"
        description="You can change this later, for each interview if you like."
        values={form.values}
        {...form.getInputProps('nameMode')}
      />
      {form.values.nameMode === 'pseudonym' ? (
        <TextInput
          label="Pseudonym"
          description="A name you choose for the press. It should not be your real name."
          autoComplete="off"
          {...form.getInputProps('pseudonym')}
        />
      ) : null}
      <TextInput
        label="Pronouns"
        description="For example she/her, he/him or they/them. You can leave this empty."
        autoComplete="off"
        {...form.getInputProps('pronouns')}
      />
    </CreateFormFrame>
  );
}
