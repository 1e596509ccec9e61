import { Button, Group, List, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { SheetConfirmation } from '../../../../shared/features/message-sheet/api';
import { KIND_LABELS, type GateFinding } from '../../../../shared/features/message-sheet/gate';
import { useNavigation } from '../../app/navigation';
import { fieldScreen, quoteIndex } from './fields';

interface GatePanelProps {
  findings: GateFinding[];
  confirmations: SheetConfirmation[];
  busy: boolean;
  /** Leaves the quote at this position on the sheet out. */
  onLeaveOutQuote(index: number): void;
  onConfirm(finding: GateFinding): Promise<boolean>;
  onRevoke(confirmation: SheetConfirmation): void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The safeguarding check: what private detail (by kind, never its value) is in which text, with the easy way
 * out (edit it, leave it out) first, and a deliberate, undoable "it's OK to print this" second.
 */
export function GatePanel({ findings, confirmations, busy, onLeaveOutQuote, onConfirm, onRevoke }: GatePanelProps) {
  const { navigate } = useNavigation();
  const [asking, setAsking] = useState<GateFinding | null>(null);
  const blocking = findings.filter((f) => !f.confirmed);

  const confirm = async () => {
    if (!asking) return;
    const ok = await onConfirm(asking);
    if (ok) setAsking(null);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="gate-heading">
      <Title order={3} size="h4" id="gate-heading">
        Safeguarding check
      </Title>
      {/* One live region that stays in place, so a finding that appears after a change is read out. */}
      <div role="status" aria-live="polite" data-testid="gate-status">
        {blocking.length === 0 ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconShieldCheck size={20} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
            <Text>
              {findings.length === 0
                ? 'Nothing from your private details was found on this sheet.'
                : 'Every private item on this sheet has been checked and agreed.'}
            </Text>
          </Group>
        ) : (
          <VisuallyHidden>
            Something you keep private is on this sheet: {blocking.length} {blocking.length === 1 ? 'item' : 'items'} to
            check. Saving and copying are paused.
          </VisuallyHidden>
        )}
      </div>
      {blocking.length > 0 ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          style={{ borderColor: 'var(--mantine-color-orange-filled)', borderWidth: 2 }}
        >
          <Stack gap="sm">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconAlertTriangle
                size={22}
                aria-hidden
                style={{ flex: 'none', color: 'var(--mantine-color-orange-filled)' }}
              />
              <Stack gap={4}>
                <Text fw={700}>Something you keep private is on this sheet</Text>
                <Text>
                  Saving and copying are paused. Take each item out (the easiest and safest way), or tell us it is OK to
                  print it.
                </Text>
              </Stack>
            </Group>
            <List spacing="md" listStyleType="none" ml={0} aria-label="Private items found">
              {blocking.map((finding) => {
                const where = fieldScreen(finding.field);
                const quote = quoteIndex(finding.field);
                return (
                  <List.Item key={finding.id}>
                    <Stack gap={6}>
                      <Text>{finding.message}</Text>
                      <Group gap="xs">
                        {quote !== null ? (
                          <Button size="xs" onClick={() => onLeaveOutQuote(quote)} disabled={busy}>
                            Leave {finding.label} out
                          </Button>
                        ) : null}
                        {/* The jigsaw warning is about the whole sheet: its message names the fields to edit. */}
                        {finding.kind !== 'jigsaw' ? (
                          <Button
                            size="xs"
                            variant={quote !== null ? 'default' : 'filled'}
                            onClick={() => navigate(where.screen)}
                          >
                            Edit {finding.label} on {where.name}
                          </Button>
                        ) : null}
                        {finding.confirmable ? (
                          <Button size="xs" variant="subtle" onClick={() => setAsking(finding)} disabled={busy}>
                            It’s OK to print this…
                          </Button>
                        ) : null}
                      </Group>
                    </Stack>
                  </List.Item>
                );
              })}
            </List>
          </Stack>
        </Paper>
      ) : null}

      {confirmations.length > 0 ? (
        <Stack gap={6}>
          <Text fw={600}>You said these may be printed</Text>
          <List spacing={6} listStyleType="none" ml={0} aria-label="Items you said may be printed">
            {confirmations.map((c) => (
              <List.Item key={c.id}>
                <Group gap="sm" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {c.label}: {KIND_LABELS[c.kind]}. Agreed by <span dir="auto">{c.confirmedBy}</span> on{' '}
                    {when(c.confirmedAt)}.
                  </Text>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onRevoke(c)}
                    disabled={busy}
                    aria-label={`Undo: ${c.label} may show ${KIND_LABELS[c.kind]}`}
                  >
                    Undo
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}

      <Text size="sm" c="dimmed">
        If you are waiting for an asylum or immigration decision, check with your legal adviser before you share this
        sheet.
      </Text>

      <Modal opened={asking !== null} onClose={() => setAsking(null)} title="Print this on your sheet?" centered>
        {asking ? (
          <Stack gap="md">
            <Text>
              {asking.label} contains {KIND_LABELS[asking.kind]}. If you say yes, it will be printed on the sheet, and
              everyone who gets the sheet can read it.
            </Text>
            <Text>
              {asking.kind === 'jigsaw'
                ? 'Saying no is always fine. You can take one of these details out instead.'
                : `Saying no is always fine. You can take it out of ${asking.label} instead.`}
            </Text>
            <Text>If you say yes, you can undo it on this screen at any time before you share the sheet.</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => void confirm()} loading={busy}>
                Yes, print it
              </Button>
              <Button onClick={() => setAsking(null)} data-autofocus>
                No, keep it private
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
