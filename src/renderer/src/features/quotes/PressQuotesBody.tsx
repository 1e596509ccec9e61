import { NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useOpenItem } from '../../app/open-item';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { ChecksProvider } from '../checks/checks-context';
import { MAX_PACE, MIN_PACE, usePace } from '../checks/pace';
import { QuoteEditor } from './QuoteEditor';
import { QuoteList } from './QuoteList';
import { ScreenLoader } from '../../components/ScreenLoader';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { useAmbassador } from '../ambassadors/queries';
import { useSettings } from '../settings/queries';
import { useHouses } from '../key-messages/queries';
import { useQuotes } from './queries';

/** The Press quotes screen below its heading: the speaking pace, the quotes by status and the open quote. */
export default function PressQuotesBody() {
  const api = useApi();
  const { settings } = useSettings();
  const ambassadorId = settings?.currentAmbassadorId ?? null;
  const ambassador = useAmbassador(ambassadorId);
  const quotes = useQuotes(ambassadorId);
  const houses = useHouses(ambassadorId);
  const [openId, setOpenId] = useOpenItem('quote', ambassadorId);
  const [pace, setPace] = usePace(ambassadorId);
  const [creating, setCreating] = useState(false);
  const [justOpened, setJustOpened] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  if (!ambassadorId) {
    return <NoAmbassadorChosen />;
  }
  if (!quotes.data) {
    return quotes.error ? (
      <EmptyState title="Your quotes could not be loaded">{quotes.error.message}</EmptyState>
    ) : (
      <ScreenLoader label="Loading your quotes…" />
    );
  }

  const list = quotes.data;
  const open = list.find((q) => q.id === openId) ?? null;

  const openQuote = (id: string) => {
    setJustOpened(id || null);
    setOpenId(id || null);
  };

  const create = async () => {
    setCreating(true);
    const result = await api['quote:create']({ ambassadorId, fields: {} });
    setCreating(false);
    if (!result.ok) {
      notifyError(result.error, 'The quote was not created');
      return;
    }
    openQuote(result.value.id);
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
          quotes={list}
          openId={open?.id ?? null}
          onOpen={openQuote}
          onCreate={() => void create()}
          creating={creating}
        />
        {open ? (
          <QuoteEditor
            key={`${open.id}:${version}`}
            quote={open}
            houses={houses.data ?? []}
            related={list}
            focusOnMount={justOpened === open.id}
            onOpenQuote={openQuote}
            onRestored={() => setVersion((v) => v + 1)}
          />
        ) : null}
      </Stack>
    </ChecksProvider>
  );
}
