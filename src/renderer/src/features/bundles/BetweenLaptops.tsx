import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useAccess } from '../access/queries';
import { TrainerOnlyReason } from '../trainer/TrainerOnlyNote';
import { ConflictsList } from './ConflictsList';
import { ImportBundles } from './ImportBundles';
import { NEEDS_PASSPHRASE, PassphraseField, passphraseReady } from './PassphraseField';
import { CohortCopy, MoveLaptop, ReturnFeedback } from './TrainerExports';

const TRAINER_ONLY = 'Only a trainer can do this.';

/**
 * The Trainer screen's "Between laptops": gather ambassadors' work from their laptops, settle conflicts, send
 * feedback back, copy a cohort to a second trainer laptop, move everything to a new one. Every bundle is
 * encrypted with the passphrase typed here. Controls this window may not use stay visible with the reason;
 * the backend decides every call itself.
 */
export function BetweenLaptops({ cohort }: { cohort: Cohort | null }) {
  const access = useAccess();
  const [passphrase, setPassphrase] = useState('');
  const isTrainer = access.isTrainer;
  const owner = access.data?.laptopKind === 'own' && access.ambassadorId !== null;
  const typed = passphraseReady(passphrase);
  const trainerReason = isTrainer ? (typed ? null : NEEDS_PASSPHRASE) : TRAINER_ONLY;
  const cohortReason = trainerReason ?? (cohort ? null : 'Open a cohort on the Cohorts tab first.');
  const moveReason =
    isTrainer || owner
      ? typed
        ? null
        : NEEDS_PASSPHRASE
      : 'Only a trainer, or the owner of this laptop, can do this.';

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="between-laptops-heading">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} id="between-laptops-heading">
            Between laptops
          </Title>
          <Text maw={720}>
            Ambassadors who practise on their own laptops send you their work as a bundle file; you import it here,
            review it, and return feedback the same way. Every bundle is encrypted with the cohort passphrase: choose
            one of at least 10 characters, tell it to the cohort, and never send it with the files.
          </Text>
        </Stack>
        {access.loading || isTrainer ? null : (
          // A line, not another unlock button: the header's “Switch to trainer mode” is the way in.
          <TrainerOnlyReason>Importing work and returning feedback need trainer mode.</TrainerOnlyReason>
        )}
        <PassphraseField
          value={passphrase}
          onChange={setPassphrase}
          description="Used to open the bundles you import and to lock the ones you write."
          disabled={!isTrainer && !owner}
        />

        <Stack gap="xs" component="section" aria-labelledby="import-work-heading">
          <Title order={3} size="h4" id="import-work-heading">
            Import work
          </Title>
          <Text size="sm" maw={720}>
            Choose one or more bundle files (ending in .studio-bundle). Each is checked whole before anything is
            written; a file that fails is refused with the reason and changes nothing.
          </Text>
          <ImportBundles
            passphrase={passphrase}
            buttonLabel="Import work"
            disabledReason={isTrainer ? null : TRAINER_ONLY}
          />
        </Stack>

        <Divider />
        {isTrainer ? <ConflictsList /> : null}
        {isTrainer ? <Divider /> : null}
        {cohort ? <ReturnFeedback cohort={cohort} passphrase={passphrase} reason={cohortReason} /> : null}
        {cohort ? <CohortCopy cohort={cohort} passphrase={passphrase} reason={cohortReason} /> : null}
        {cohort ? null : (
          <Text>Open a cohort on the Cohorts tab to return feedback or copy the cohort to another laptop.</Text>
        )}
        <Divider />
        <MoveLaptop passphrase={passphrase} reason={moveReason} />
      </Stack>
    </Paper>
  );
}
