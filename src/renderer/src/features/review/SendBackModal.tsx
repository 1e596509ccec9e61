import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { COMMENT_LIMIT } from '../../../../shared/features/comments/schemas';
import { notifyError, notifySuccess } from '../../components/notify';
import { useQuoteReview } from './useQuoteReview';

/** Asks the trainer what should change, adds it as a comment on the quote's text, then sends the quote back. */
export function SendBackModal({ quote, onClose }: { quote: Quote | null; onClose(): void }) {
  const { sendBack } = useQuoteReview();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setBody('');
    setError(undefined);
    onClose();
  };

  const submit = async () => {
    if (!quote) return;
    if (!body.trim()) {
      setError('Say what should change, so the ambassador knows what to do next.');
      return;
    }
    setBusy(true);
    const result = await sendBack(quote, body);
    setBusy(false);
    if (!result.ok) {
      notifyError(result.error, 'The quote was not sent back');
      return;
    }
    notifySuccess('The quote is a draft again, with your comment beside it.', 'Sent back');
    close();
  };

  return (
    <Modal opened={quote !== null} onClose={close} title="Send this quote back" closeButtonProps={{ 'aria-label': 'Close' }} size="lg">
      {quote ? (
        <Stack gap="md">
          <Text style={{ whiteSpace: 'pre-wrap' }}>“{quote.text}”</Text>
          <Textarea
            label="What should change?"
            description="Your comment appears beside the quote. Be kind and specific."
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            autosize
            minRows={3}
            maxLength={COMMENT_LIMIT}
            data-autofocus
          />
          <Group>
            <Button onClick={() => void submit()} loading={busy}>
              Send back with comment
            </Button>
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
