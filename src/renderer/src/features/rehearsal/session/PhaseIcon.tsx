import { IconAlarm, IconAlertTriangle, IconClock, IconClockExclamation, type Icon } from '@tabler/icons-react';
import type { TimerPhase } from './timer';

const ICONS: Record<TimerPhase, Icon> = {
  normal: IconClock,
  warning: IconAlertTriangle,
  danger: IconAlarm,
  overtime: IconClockExclamation,
};

/** A different shape per phase, so the clock's state does not rely on colour (colour-blind users, projectors). */
export function PhaseIcon({ phase, size }: { phase: TimerPhase; size: number }) {
  const Icon = ICONS[phase];
  return <Icon size={size} stroke={2} aria-hidden />;
}
