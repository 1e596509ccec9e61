import type { agendaChannels } from '../../../shared/features/agenda/channels';
import type { Agenda } from '../../../shared/features/agenda/schemas';
import type { FeaturePermissions } from '../../backend/permissions';

/** Facilitator notes are the trainer's working notes: anyone else gets the agenda without them. */
export function withoutNotes(agenda: Agenda): Agenda {
  return { ...agenda, notesHidden: true, blocks: agenda.blocks.map((b) => ({ ...b, notes: '' })) };
}

const TRAINER_EDITS = { trainer: 'change the cohort’s agenda' } as const;

/** Everyone in the room may read the agenda and print the wall copy; only a trainer changes it or sees notes. */
export const agendaPermissions: FeaturePermissions<typeof agendaChannels> = {
  'agenda:get': { allow: 'anyone', redact: (agenda, viewer) => (viewer.trainer ? agenda : withoutNotes(agenda)) },
  'agenda:addBlock': { allow: TRAINER_EDITS },
  'agenda:updateBlock': { allow: TRAINER_EDITS },
  'agenda:removeBlock': { allow: TRAINER_EDITS },
  'agenda:moveBlock': { allow: TRAINER_EDITS },
  'agenda:setStartDate': { allow: TRAINER_EDITS },
  'agenda:reset': { allow: TRAINER_EDITS },
  'agenda:exportPdf': {
    allow: {
      check: ({ includeNotes }, viewer) =>
        !includeNotes || viewer.trainer !== null
          ? true
          : 'Only a trainer can print the agenda with facilitator notes. Unlock trainer mode first, or print it without notes.',
    },
  },
};
