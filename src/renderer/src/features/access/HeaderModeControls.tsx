import { useEffect, useRef, useState } from 'react';
import { ModeMenu } from './ModeMenu';
import { ModeBadge, ModeSwitchButton } from './ModeSwitch';
import { useAccess } from './queries';

/**
 * The header's mode controls: the badge and its buttons side by side, or, when the window is narrow and there are
 * two ways out (switch mode, lock now), one menu, so the header stays on screen from 1024 px up.
 */
export function HeaderModeControls({ compact }: { compact: boolean }) {
  const access = useAccess();
  const canLock = access.isTrainer || (access.data?.workspaceProtected ?? false);
  const asMenu = compact && canLock;
  // A choice in the menu (leave trainer mode, lock now) can remove the menu itself; focus then goes to the button
  // that takes its place rather than to the page.
  const wasMenu = useRef(asMenu);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (wasMenu.current && !asMenu) setRefocus(document.activeElement === document.body);
    wasMenu.current = asMenu;
  }, [asMenu]);

  if (asMenu) return <ModeMenu />;
  return (
    <>
      <ModeBadge />
      <ModeSwitchButton focusOnMount={refocus} />
    </>
  );
}
