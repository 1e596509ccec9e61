import { Button, Stack, TextInput } from '@mantine/core';
import { emptyAmbassadorFields, type Ambassador, type AmbassadorFields } from '../../../shared/features/ambassadors/schemas';
import { useApi } from '../api/ApiProvider';
import { useCreateForm } from './useCreateForm';
import { PublicNameChoice } from './PublicNameChoice';

type Draft = Pick<AmbassadorFields, 'firstName' | 'fullName' | 'pseudonym' | 'nameMode' | 'pronouns'>;

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
  const empty = emptyAmbassadorFields();
  const { draft, set, errors, busy, submit } = useCreateForm<Draft, Ambassador>({
    initial: {
      firstName: empty.firstName,
      fullName: empty.fullName,
      pseudonym: empty.pseudonym,
      nameMode: empty.nameMode,
      pronouns: empty.pronouns,
    },
    check: (d): Record<string, string> | null => {
      if (!d.firstName.trim()) return { firstName: 'Please write your first name.' };
      if (d.nameMode === 'pseudonym' && !d.pseudonym.trim()) {
        return { pseudonym: 'Please write the pseudonym you want to use, or choose another option.' };
      }
      return null;
    },
    create: (d) => api['ambassador:create']({ fields: { ...d, cohortId } }),
    onCreated,
    failureTitle: 'The profile was not created',
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" maw={560}>
        <TextInput
          label="First name"
          required
          autoFocus={autoFocus}
          autoComplete="off"
          value={draft.firstName}
          onChange={(event) => set('firstName', event.currentTarget.value)}
          error={errors.firstName}
        />
        <TextInput
          label="Full name"
          description="It is only shown in public if you choose that below."
          autoComplete="off"
          value={draft.fullName}
          onChange={(event) => set('fullName', event.currentTarget.value)}
          error={errors.fullName}
        />
        <PublicNameChoice
          label="How should we name you in public?"
          description="You can change this later, for each interview if you like."
          values={draft}
          onChange={(mode) => set('nameMode', mode)}
          error={errors.nameMode}
        />
        {draft.nameMode === 'pseudonym' ? (
          <TextInput
            label="Pseudonym"
            description="A name you choose for the press. It should not be your real name."
            autoComplete="off"
            value={draft.pseudonym}
            onChange={(event) => set('pseudonym', event.currentTarget.value)}
            error={errors.pseudonym}
          />
        ) : null}
        <TextInput
          label="Pronouns"
          description="For example she/her, he/him or they/them. You can leave this empty."
          autoComplete="off"
          value={draft.pronouns}
          onChange={(event) => set('pronouns', event.currentTarget.value)}
          error={errors.pronouns}
        />
        <div>
          <Button type="submit" size="md" loading={busy}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
