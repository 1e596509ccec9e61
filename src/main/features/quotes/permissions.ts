import type { quoteChannels } from '../../../shared/features/quotes/channels';
import { QUOTE_TRANSITIONS } from '../../../shared/features/quotes/schemas';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

const ofQuote = ({ id }: { id: string }, { quotes }: Services) => ownerOf(() => quotes.get(id).ambassadorId);

export const quotePermissions: FeaturePermissions<typeof quoteChannels> = {
  'quote:list': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'quote:summaries': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'quote:get': { allow: { owner: ofQuote } },
  'quote:create': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'quote:update': { allow: { owner: ofQuote } },
  // Approving and sending back are a trainer's; sending for review and retiring are the ambassador's own.
  'quote:transition': {
    allow: {
      check: (input, viewer, services) => {
        if (viewer.trainer) return true;
        if (QUOTE_TRANSITIONS[input.action].trainerOnly) {
          return `Only a trainer can ${input.action === 'approve' ? 'approve a quote' : 'send a quote back'}. Unlock trainer mode first.`;
        }
        const owner = ofQuote(input, services);
        return owner === undefined || owner === viewer.ambassadorId
          ? true
          : 'This quote belongs to another ambassador’s workspace, so it was not changed.';
      },
    },
  },
  'quote:reviseApproved': { allow: { owner: ofQuote } },
  'quote:delete': { allow: { owner: ofQuote } },
};
