import { Tabs } from '@mantine/core';
import {
  IconArmchair,
  IconArrowsExchange,
  IconCalendarEvent,
  IconLayoutDashboard,
  IconMessageCheck,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { BetweenLaptops } from '../bundles/BetweenLaptops';
import { useCohorts } from '../cohorts/queries';
import { NO_FILTER, type ReviewFilter } from '../review/ReviewFilters';
import { ReviewQueue } from '../review/ReviewQueue';
import { useSettings } from '../settings/queries';
import { AgendaPanel } from '../agenda/AgendaPanel';
import { HotSeatPanel } from '../rehearsal/hot-seat/HotSeatPanel';
import { CohortsTab } from './CohortsTab';
import { ChooseCohortFirst } from './ChooseCohortFirst';
import { CohortOverview } from './overview/CohortOverview';
import { useTrainerTab } from './useTrainerTab';

/** The Trainer screen's tabs, in order; the first is where the screen opens. */
const TAB_IDS = ['overview', 'review', 'agenda', 'hot-seat', 'cohorts', 'laptops'] as const;
type TrainerTabId = (typeof TAB_IDS)[number];

interface TrainerTab {
  id: TrainerTabId;
  label: string;
  icon: Icon;
  panel: ReactNode;
}

export function TrainerScreen() {
  const { settings, update } = useSettings();
  const cohorts = useCohorts(true);
  const [tab, setTab] = useTrainerTab(TAB_IDS);
  const [reviewFilter, setReviewFilter] = useState<ReviewFilter>(NO_FILTER);
  const currentId = settings?.currentCohortId ?? null;
  const current = cohorts.data?.find((c) => c.id === currentId) ?? null;

  const choose = async (id: string) => {
    const result = await update({ currentCohortId: id });
    if (!result.ok) notifyError(result.error, 'Could not open that cohort');
  };

  const reviewOne = (ambassadorId: string) => {
    setReviewFilter({ ...NO_FILTER, ambassadorId });
    setTab('review');
  };

  const tabs: TrainerTab[] = [
    {
      id: 'overview',
      label: 'Overview',
      icon: IconLayoutDashboard,
      panel: <CohortOverview cohort={current} onReview={reviewOne} onChooseCohort={() => setTab('cohorts')} />,
    },
    {
      id: 'review',
      label: 'Review queue',
      icon: IconMessageCheck,
      panel: <ReviewQueue filter={reviewFilter} onFilterChange={setReviewFilter} />,
    },
    {
      id: 'agenda',
      label: 'Agenda',
      icon: IconCalendarEvent,
      panel: current ? (
        <AgendaPanel cohort={current} />
      ) : (
        <ChooseCohortFirst what="the agenda" onChoose={() => setTab('cohorts')} />
      ),
    },
    {
      id: 'hot-seat',
      label: 'Hot seat',
      icon: IconArmchair,
      panel: current ? (
        <HotSeatPanel cohort={current} />
      ) : (
        <ChooseCohortFirst what="a hot-seat interview" onChoose={() => setTab('cohorts')} />
      ),
    },
    {
      id: 'cohorts',
      label: 'Cohorts',
      icon: IconUsersGroup,
      panel: <CohortsTab cohorts={cohorts} current={current} choose={choose} />,
    },
    { id: 'laptops', label: 'Between laptops', icon: IconArrowsExchange, panel: <BetweenLaptops cohort={current} /> },
  ];

  return (
    <>
      <PageHeader
        title="Trainer"
        intro="See how far each ambassador has got, review quotes and comments, set up the groups you train (cohorts) and move work between laptops."
      />
      <Tabs
        value={tab}
        onChange={(value) => setTab(TAB_IDS.find((t) => t === value) ?? 'overview')}
        // Kept mounted: switching tabs mid-residential must not lose a running hot seat, the agenda's started
        // block or the passphrase typed under "Between laptops".
        keepMounted
        maw={1200}
      >
        <Tabs.List mb="lg">
          {tabs.map(({ id, label, icon: TabIcon }) => (
            <Tabs.Tab key={id} value={id} leftSection={<TabIcon size={18} aria-hidden />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ id, panel }) => (
          <Tabs.Panel key={id} value={id}>
            {panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
