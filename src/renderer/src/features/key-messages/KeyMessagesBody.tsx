import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import { useApi } from '../../api/ApiProvider';
import { useChannelMutation } from '../../api/channel-query';
import { NoAmbassadorChosen } from '../../components/NoAmbassadorChosen';
import { notifyError, notifySuccess } from '../../components/notify';
import { QueryView } from '../../components/QueryView';
import { useOpenEditor } from '../../components/useOpenEditor';
import { useAmbassador } from '../ambassadors/queries';
import { ChecksProvider } from '../checks/checks-context';
import { useCurrentAmbassadorId } from '../access/queries';
import { HouseEditor } from './HouseEditor';
import { HouseList, houseName } from './HouseList';
import { useHouses } from './queries';
import { notifyMovedToTrash } from '../trash/notifyMovedToTrash';

/** The Key messages screen below its heading: the ambassador's houses and the one that is open. */
export default function KeyMessagesBody() {
  const api = useApi();
  const ambassadorId = useCurrentAmbassadorId();
  const ambassador = useAmbassador(ambassadorId);
  const houses = useHouses(ambassadorId);
  const editor = useOpenEditor('house', ambassadorId);
  const create = useChannelMutation('house:create');

  if (!ambassadorId) {
    return <NoAmbassadorChosen />;
  }

  const createHouse = async (template: 'house' | 'box') => {
    const result = await create.run({ ambassadorId, fields: { template } });
    if (!result.ok) {
      notifyError(result.error, 'The house was not created');
      return;
    }
    editor.open(result.value.id);
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
    if (id === editor.openId) editor.open(null);
    notifyMovedToTrash(api, 'The house', result.value.trashId);
  };

  const content = (list: MessageHouse[]) => {
    const open = list.find((h) => h.id === editor.openId) ?? null;
    return (
      <ChecksProvider ambassador={ambassador.data?.id === ambassadorId ? ambassador.data : undefined}>
        <HouseList
          houses={list}
          openId={open?.id ?? null}
          onOpen={editor.open}
          onCreate={(template) => void createHouse(template)}
          onMakePrimary={(id) => void makePrimary(id)}
          onDelete={(id) => void remove(id)}
          creating={create.busy}
        />
        {open ? (
          <div style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
            <HouseEditor
              key={editor.editorKey(open.id)}
              house={open}
              focusOnMount={editor.justOpened(open.id)}
              onRestored={editor.restored}
            />
          </div>
        ) : null}
      </ChecksProvider>
    );
  };

  return (
    <QueryView query={houses} loadingLabel="Loading your houses…" errorTitle="Your houses could not be loaded">
      {content}
    </QueryView>
  );
}
