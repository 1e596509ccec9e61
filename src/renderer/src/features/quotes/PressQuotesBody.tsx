import { NumberInput, Stack } from '@mantine/core';
import { useChannelMutation } from '../../api/channel-query';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { notifyError } from '../../components/notify';
import { useOpenEditor } from '../../components/useOpenEditor';
import { useAmbassador } from '../ambassadors/queries';
import { ChecksProvider } from '../checks/checks-context';
import { MAX_PACE, MIN_PACE, usePace } from '../checks/pace';
import { useHouses } from '../key-messages/queries';
import { useCurrentAmbassadorId } from '../access/queries';
import { useQuote } from './queries';
import { QuoteEditor } from './QuoteEditor';
import { QuoteList } from './QuoteList';

/**
 * The Press quotes screen below its heading: the speaking pace, the quotes by status and the open quote. The
 * list holds summaries only; the open quote is loaded in full on its own, so a save reloads one quote and the
 * rows in view, never the whole list.
 */
export default function PressQuotesBody() {
  const ambassadorId = useCurrentAmbassadorId();
  const ambassador = useAmbassador(ambassadorId);
  const editor = useOpenEditor('quote', ambassadorId);
  const opened = useQuote(ambassadorId ? editor.openId : null);
  const open = opened.data && opened.data.id === editor.openId ? opened.data : null;
  // Only the editor's link to a key message needs the houses: a screen with no quote open does not wait for them.
  const houses = useHouses(open ? ambassadorId : null);
  const [pace, setPace] = usePace(ambassadorId);
  const create = useChannelMutation('quote:create');

  if (!ambassadorId) {
    return <NoAmbassadorChosen />;
  }

  const createQuote = async () => {
    const result = await create.run({ ambassadorId, fields: {} });
    if (!result.ok) {
      notifyError(result.error, 'The quote was not created');
      return;
    }
    editor.open(result.value.id);
  };

  return (
    <ChecksProvider
      ambassador={ambassador.data?.id === ambassadorId ? ambassador.data : undefined}
      wordsPerSecond={pace}
    >
      <Stack gap="xl">
        <NumberInput
          label="Your speaking pace"
          description="Words a second, used for the speaking times below. About 2.5 is relaxed; 3 is a brisk radio pace. It is kept on this laptop."
          value={pace}
          onChange={(value) => {
            if (typeof value === 'number') setPace(value);
          }}
          min={MIN_PACE}
          max={MAX_PACE}
          step={0.1}
          decimalScale={1}
          maw={360}
        />
        <QuoteList
          key={ambassadorId}
          ambassadorId={ambassadorId}
          openId={open?.id ?? null}
          onOpen={editor.open}
          onCreate={() => void createQuote()}
          creating={create.busy}
        />
        {open && open.ambassadorId === ambassadorId ? (
          <QuoteEditor
            key={editor.editorKey(open.id)}
            quote={open}
            houses={houses.data ?? []}
            focusOnMount={editor.justOpened(open.id)}
            onOpenQuote={editor.open}
            onRestored={editor.restored}
          />
        ) : null}
      </Stack>
    </ChecksProvider>
  );
}
