import { Stack, Text, Title } from '@mantine/core';
import { useAccess } from '../access/queries';
import { ConflictsList } from './ConflictsList';
import { ImportBundles } from './ImportBundles';

/**
 * The ambassador's side of "Return feedback": on their own laptop they open the file their trainer sent back;
 * on a shared laptop a trainer does it (the backend refuses anyone else), so the button says so instead.
 */
export function OpenFeedback({ passphrase }: { passphrase: string }) {
  const access = useAccess();
  const mayImport = access.isTrainer || access.data?.laptopKind === 'own';
  return (
    <Stack gap="xs" component="section" aria-labelledby="open-feedback-heading">
      <Title order={3} size="h4" id="open-feedback-heading">
        Feedback from my trainer
      </Title>
      <Text size="sm" maw={720}>
        Your trainer sends back a file with their comments and approvals. Open it here with the same passphrase.
      </Text>
      <ImportBundles
        passphrase={passphrase}
        buttonLabel="Open feedback"
        disabledReason={
          access.loading || mayImport ? null : 'On a shared laptop, a trainer opens feedback from the Trainer screen.'
        }
      />
      {/* Only what is the ambassador's own; shown when a text was changed both here and by the trainer. */}
      <ConflictsList hideWhenEmpty />
    </Stack>
  );
}
