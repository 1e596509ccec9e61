import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useOpenItem } from '../../app/open-item';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySuccess } from '../../components/notify';
import { ChecksProvider } from '../checks/checks-context';
import { HouseEditor } from './HouseEditor';
import { HouseList, houseName } from './HouseList';
import { ScreenLoader } from '../../components/ScreenLoader';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { useAmbassador } from '../ambassadors/queries';
import { useSettings } from '../settings/queries';
import { useHouses } from './queries';

/** The Key messages screen below its heading: the ambassador's houses and the one that is open. */
export default function KeyMessagesBody() {
  const api = useApi();
  const { settings } = useSettings();
  const ambassadorId = settings?.currentAmbassadorId ?? null;
  const ambassador = useAmbassador(ambassadorId);
  const houses = useHouses(ambassadorId);
  const [openId, setOpenId] = useOpenItem('house', ambassadorId);
  const [creating, setCreating] = useState(false);
  const [justOpened, setJustOpened] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  if (!ambassadorId) {
    return <NoAmbassadorChosen />;
  }
  if (!houses.data) {
    return houses.error ? (
      <EmptyState title="Your houses could not be loaded">{houses.error.message}</EmptyState>
    ) : (
      <ScreenLoader label="Loading your houses…" />
    );
  }

  const list = houses.data;
  const open = list.find((h) => h.id === openId) ?? null;

  const openHouse = (id: string) => {
    setJustOpened(id);
    setOpenId(id);
  };

  const create = async (template: 'house' | 'box') => {
    setCreating(true);
    const result = await api['house:create']({ ambassadorId, fields: { template } });
    setCreating(false);
    if (!result.ok) {
      notifyError(result.error, 'The house was not created');
      return;
    }
    openHouse(result.value.id);
  };

  const makePrimary = async (id: string) => {
    const result = await api['house:setPrimary']({ id });
    if (!result.ok) {
      notifyError(result.error, 'That house was not made primary');
      return;
    }
    notifySuccess(`“${houseName(result.value)}” is now your primary house. Your message sheet uses it.`);
  };

  const remove = async (id: string) => {
    const result = await api['house:delete']({ id });
    if (!result.ok) {
      notifyError(result.error, 'The house was not deleted');
      return;
    }
    if (id === openId) setOpenId(null);
    notifySuccess('The house was deleted.');
  };

  return (
    <ChecksProvider ambassador={ambassador.data?.id === ambassadorId ? ambassador.data : undefined}>
      <HouseList
        houses={list}
        openId={open?.id ?? null}
        onOpen={openHouse}
        onCreate={(template) => void create(template)}
        onMakePrimary={(id) => void makePrimary(id)}
        onDelete={(id) => void remove(id)}
        creating={creating}
      />
      {open ? (
        <div style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
          <HouseEditor
            key={`${open.id}:${version}`}
            house={open}
            focusOnMount={justOpened === open.id}
            onRestored={() => setVersion((v) => v + 1)}
          />
        </div>
      ) : null}
    </ChecksProvider>
  );
}
