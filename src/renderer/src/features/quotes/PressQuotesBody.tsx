import { NumberInput, Stack } from '@mantine/core';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { notifyError } from '../../components/notify';
import { QueryView } from '../../components/QueryView';
import { useOpenEditor } from '../../components/useOpenEditor';
import { useAmbassador } from '../ambassadors/queries';
import { ChecksProvider } from '../checks/checks-context';
import { MAX_PACE, MIN_PACE, usePace } from '../checks/pace';
import { useHouses } from '../key-messages/queries';
import { useCurrentAmbassadorId } from '../access/queries';
import { useQuotes } from './queries';
import { QuoteEditor } from './QuoteEditor';
import { QuoteList } from './QuoteList';

/** The Press quotes screen below its heading: the speaking pace, the quotes by status and the open quote. */
export default function PressQuotesBody() {
  const ambassadorId = useCurrentAmbassadorId();
  const ambassador = useAmbassador(ambassadorId);
  const quotes = useQuotes(ambassadorId);
  const houses = useHouses(ambassadorId);
  const editor = useOpenEditor('quote', ambassadorId);
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

  const content = (list: Quote[]) => {
    const open = list.find((q) => q.id === editor.openId) ?? null;
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
            quotes={list}
            openId={open?.id ?? null}
            onOpen={editor.open}
            onCreate={() => void createQuote()}
            creating={create.busy}
          />
          {open ? (
            <QuoteEditor
              key={editor.editorKey(open.id)}
              quote={open}
              houses={houses.data ?? []}
              related={list}
              focusOnMount={editor.justOpened(open.id)}
              onOpenQuote={editor.open}
              onRestored={editor.restored}
            />
          ) : null}
        </Stack>
      </ChecksProvider>
    );
  };

  return (
    <QueryView query={quotes} loadingLabel="Loading your quotes…" errorTitle="Your quotes could not be loaded">
      {content}
    </QueryView>
  );
}
