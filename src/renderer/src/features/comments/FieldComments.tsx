import { Button, Group, Paper, Popover, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { Comment } from '../../../../shared/features/comments/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { issuesByField } from '../../api/result';
import { notifyError } from '../../components/notify';
import { CommentBox, useCommentDraft } from './CommentBox';
import { useFieldComments, type CommentsValue } from './comments-context';
import { authorLine, formatWhen } from './format';

function AddComment({ field, label, target }: { field: string; label: string; target: CommentsValue }) {
  const [opened, setOpened] = useState(false);
  const draft = useCommentDraft();
  const add = useChannelMutation('comment:add');

  const submit = async () => {
    if (!draft.body.trim()) {
      draft.setError('Write a comment first.');
      return;
    }
    const result = await add.run({ targetType: target.targetType, targetId: target.targetId, field, body: draft.body });
    if (!result.ok) {
      draft.setError(issuesByField(result.error).body ?? result.error.message);
      return;
    }
    draft.reset();
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      returnFocus
      position="bottom-start"
      width={360}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconMessagePlus size={16} aria-hidden />}
          aria-label={`Comment on ${label}`}
          onClick={() => setOpened((o) => !o)}
        >
          Comment
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={`Comment on ${label}`}>
        <Stack gap="sm">
          <CommentBox
            draft={draft}
            label={`Your comment on ${label}`}
            description="The ambassador sees it beside this field."
          />
          <Group gap="sm">
            <Button size="xs" onClick={() => void submit()} loading={add.busy}>
              Add comment
            </Button>
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function OpenComment({ comment: c }: { comment: Comment }) {
  const resolve = useChannelMutation('comment:resolve');
  const markResolved = async () => {
    const result = await resolve.run({ id: c.id, resolved: true });
    if (!result.ok) notifyError(result.error, 'The comment was not marked resolved');
  };
  return (
    <Paper withBorder p="xs" radius="sm" style={{ borderLeft: '4px solid var(--mantine-primary-color-filled)' }}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} id={`comment-${c.id}`}>
        {c.body}
      </Text>
      <Group justify="space-between" gap="xs" mt={4}>
        <Text size="xs" c="dimmed">
          {authorLine(c)}, {formatWhen(c.createdAt)}
        </Text>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => void markResolved()}
          loading={resolve.busy}
          aria-describedby={`comment-${c.id}`}
        >
          Mark resolved
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * Open comments on one field (author and time), each with "Mark resolved", and for trainers a "Comment" button.
 * `field` is the path the backend stores, e.g. `umbrella`, `pillars.0.message`, `variants.soundbite`.
 */
export function FieldComments({ field, label }: { field: string; label: string }) {
  const ctx = useFieldComments();
  const headingId = useId();
  if (!ctx) return null;
  const mine = ctx.open.filter((c) => c.field === field);
  if (mine.length === 0 && !ctx.canComment) return null;

  return (
    <Stack gap={6} data-testid={`comments-${field}`}>
      {mine.length > 0 ? (
        <section aria-labelledby={headingId}>
          <Text id={headingId} size="sm" fw={700} mb={4}>
            {mine.length === 1 ? 'Comment' : `${mine.length} comments`} on {label}
          </Text>
          <Stack gap={6}>
            {mine.map((c) => (
              <OpenComment key={c.id} comment={c} />
            ))}
          </Stack>
        </section>
      ) : null}
      {ctx.canComment ? (
        <div>
          <AddComment field={field} label={label} target={ctx} />
        </div>
      ) : null}
    </Stack>
  );
}
