import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IdleMinutesField, LaptopKindChoice } from './LaptopSettings';
import { TrainerAccount } from './TrainerAccount';
import { WorkspaceProtection } from './WorkspaceProtection';

/** What this protects against, said plainly (in the app and in the README). */
export function ProtectionNote() {
  return (
    <Text size="sm" maw={720}>
      This keeps people who share this laptop out of each other’s work and out of trainer mode. It does not protect the
      data file itself: someone who can copy files from this computer could read it. For that, give each person their
      own account on the computer and turn on disk encryption.
    </Text>
  );
}

/** A heading under "Who is at the keyboard", so screen reader users can move between the parts. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Settings: the laptop's kind, this window's workspace PIN, the trainer's own account and the idle lock. */
export function AccessSettings() {
  return (
    <Stack gap="lg">
      <ProtectionNote />
      <LaptopKindChoice />
      <Part title="Your workspace">
        <WorkspaceProtection />
      </Part>
      <Part title="Trainer mode">
        <TrainerAccount />
      </Part>
      <IdleMinutesField />
    </Stack>
  );
}
