import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconFileText,
  IconHome,
  IconMessageCircle,
  IconMicrophone,
  IconNews,
  IconQuote,
  IconSchool,
  IconSettings,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, type MouseEvent } from 'react';
import { PAGE_TITLE_ID } from '../components/PageHeader';
import { KeyMessagesScreen } from '../features/key-messages';
import { MessageSheetScreen } from '../features/message-sheet';
import { PressQuotesScreen } from '../features/quotes';
import { InterviewPracticeScreen } from '../features/rehearsal/InterviewPracticeScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { InterviewsScreen } from '../features/interviews/InterviewsScreen';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { ProfileScreen } from '../features/profile/ProfileScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TrainerScreen } from '../features/trainer/TrainerScreen';
import { TrashScreen } from '../features/trash/TrashScreen';
import { RepairScreen } from '../features/repair/RepairScreen';
import { HeaderModeControls } from '../features/access/HeaderModeControls';
import { IdleLock } from '../features/access/IdleLock';
import { WorkspaceSwitcher } from '../features/access/WorkspaceSwitcher';
import { useHeaderWidth } from './header-width';
import { useNavigation } from './navigation';
import { SCREENS, type NavScreenId, type ScreenId } from './screens';
import classes from './Shell.module.css';
import { ThemeToggle } from './ThemeSync';

const ICONS: Record<NavScreenId, Icon> = {
  home: IconHome,
  profile: IconUser,
  'key-messages': IconMessageCircle,
  'press-quotes': IconQuote,
  'interview-practice': IconMicrophone,
  interviews: IconNews,
  'message-sheet': IconFileText,
  trainer: IconSchool,
  settings: IconSettings,
};

function Screen({ id }: { id: ScreenId }) {
  switch (id) {
    case 'home':
      return <HomeScreen />;
    case 'profile':
      return <ProfileScreen />;
    case 'key-messages':
      return <KeyMessagesScreen />;
    case 'press-quotes':
      return <PressQuotesScreen />;
    case 'interview-practice':
      return <InterviewPracticeScreen />;
    case 'interviews':
      return <InterviewsScreen />;
    case 'message-sheet':
      return <MessageSheetScreen />;
    case 'trainer':
      return <TrainerScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'trash':
      return <TrashScreen />;
    case 'repair':
      return <RepairScreen />;
  }
}

const MAIN_ID = 'main-content';

export function Shell() {
  const { screen, navigate, navigationCount } = useNavigation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const headerWidth = useHeaderWidth();

  // Physical keys, so Alt+1 works whatever the keyboard layout. Not while typing in a field: on a Mac,
  // Option+number types characters such as | and [ on many layouts. Digits stop at 9, however many screens.
  useHotkeys(
    SCREENS.slice(0, 9).map((s, index) => [`alt+digit${index + 1}`, () => navigate(s.id), { usePhysicalKeys: true }]),
  );

  // After the user moves to another screen, put focus on its heading so it is announced and Tab continues there.
  useEffect(() => {
    if (navigationCount > 0) document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [navigationCount, screen]);

  const go = (event: MouseEvent<HTMLAnchorElement>, id: ScreenId) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(id);
    closeNav();
  };

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const heading = document.getElementById(PAGE_TITLE_ID);
    (heading ?? document.getElementById(MAIN_ID))?.focus();
  };

  return (
    <>
      <a href={`#${MAIN_ID}`} className={classes.skipLink} onClick={skipToMain}>
        Skip to main content
      </a>
      <IdleLock />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap" className={classes.brand}>
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              />
              <Text fw={700} size="lg" component="p" truncate="end">
                Ambassador Studio
              </Text>
            </Group>
            <Group gap={headerWidth === 'wide' ? 'md' : 'sm'} wrap="nowrap" className={classes.headerControls}>
              <WorkspaceSwitcher hideLabel={headerWidth !== 'wide'} />
              {/* This window's mode, from access:state: each window unlocks (and locks) on its own. */}
              <HeaderModeControls compact={headerWidth === 'narrow'} />
              <SearchLauncher />
              <ThemeToggle />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" aria-label="Screens">
          <AppShell.Section grow component={ScrollArea}>
            {SCREENS.map((s) => {
              const Icon = ICONS[s.id];
              const active = s.id === screen;
              return (
                <NavLink
                  key={s.id}
                  component="a"
                  href={`#${s.id}`}
                  label={s.label}
                  leftSection={<Icon size={20} stroke={1.75} aria-hidden />}
                  active={active}
                  variant="filled"
                  aria-current={active ? 'page' : undefined}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => go(event, s.id)}
                />
              );
            })}
          </AppShell.Section>
          <AppShell.Section>
            <Text size="sm" c="dimmed" p="xs">
              Nothing leaves this laptop unless you export it.
            </Text>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          <Screen id={screen} />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
