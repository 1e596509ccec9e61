import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { notifyError, notifySuccess } from '../../components/notify';
import { CommentBox, useCommentDraft } from '../comments/CommentBox';
import { useSendBack } from './useSendBack';

/** Asks the trainer what should change, adds it as a comment on the quote's text, then sends the quote back. */
export function SendBackModal({ quote, onClose }: { quote: Quote | null; onClose(): void }) {
  const sendBack = useSendBack();
  const draft = useCommentDraft();

  const close = () => {
    draft.reset();
    onClose();
  };

  const submit = async () => {
    if (!quote) return;
    if (!draft.body.trim()) {
      draft.setError('Say what should change, so the ambassador knows what to do next.');
      return;
    }
    const result = await sendBack.run(quote, draft.body);
    if (!result.ok) {
      notifyError(result.error, 'The quote was not sent back');
      return;
    }
    notifySuccess('The quote is a draft again, with your comment beside it.', 'Sent back');
    close();
  };

  return (
    <Modal
      opened={quote !== null}
      onClose={close}
      title="Send this quote back"
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="lg"
    >
      {quote ? (
        <Stack gap="md">
          <Text style={{ whiteSpace: 'pre-wrap' }}>“{quote.text}”</Text>
          <CommentBox
            draft={draft}
            label="What should change?"
            description="Your comment appears beside the quote. Be kind and specific."
          />
          <Group>
            <Button onClick={() => void submit()} loading={sendBack.busy}>
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
