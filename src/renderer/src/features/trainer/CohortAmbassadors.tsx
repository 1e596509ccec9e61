import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { useStudioActions } from '../../app/actions';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ScreenLoader } from '../../components/ScreenLoader';
import { useAccess } from '../access/queries';
import { useCohortAmbassadors } from '../ambassadors/queries';
import { TrainerOnlyReason } from './TrainerOnlyNote';

/**
 * The cohort's ambassadors. In ambassador mode the backend lists only this window's own profile, so the section
 * says so instead of offering "Add ambassador" or claiming the cohort is empty.
 */
export function CohortAmbassadors({ cohort }: { cohort: Cohort }) {
  const { data, error } = useCohortAmbassadors(cohort.id);
  const access = useAccess();
  const { isTrainer } = access;
  const { createAmbassador, openProfile } = useStudioActions();
  const add = (
    <Button
      leftSection={<IconUserPlus size={18} aria-hidden />}
      onClick={() => createAmbassador({ cohortId: cohort.id })}
    >
      Add ambassador
    </Button>
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="cohort-ambassadors-heading">
      <Group justify="space-between">
        <Title order={3} id="cohort-ambassadors-heading">
          Ambassadors in this cohort
        </Title>
        {isTrainer && data && data.length > 0 ? add : null}
      </Group>
      {access.loading || isTrainer ? null : (
        <TrainerOnlyReason>Only a trainer can see everyone in the cohort and add ambassadors to it.</TrainerOnlyReason>
      )}
      {error ? <Text>{error.message}</Text> : null}
      {!data && !error ? <ScreenLoader label="Loading…" /> : null}
      {isTrainer && data && data.length === 0 ? (
        <EmptyState title="No ambassadors in this cohort yet" order={4} action={add}>
          Add each ambassador you are training. They can fill in the rest of their profile themselves.
        </EmptyState>
      ) : null}
      {data && data.length > 0 ? (
        <DataTable
          striped
          rows={data}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Name', cell: (a) => `${a.displayName}${a.archivedAt ? ' (archived)' : ''}` },
            { header: 'In public', cell: (a) => a.publicName },
            { header: 'Role', cell: (a) => a.role || '—' },
            {
              header: 'Profile',
              cell: (a) => (
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => void openProfile(a.id)}
                  aria-label={`Open profile of ${a.displayName}`}
                >
                  Open profile
                </Anchor>
              ),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}
