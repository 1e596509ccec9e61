import type { AppStatus, ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { Services } from '../services';

export interface HandlerContext {
  /** Which transport carried the call; used for logging and, later, role checks. */
  transport: 'electron' | 'http' | 'direct';
}

/** One function per channel. A channel in the contract without an entry here is a compile error. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, ctx: HandlerContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export function createHandlers(services: Services, status: () => AppStatus): Handlers {
  const { settings, cohorts, ambassadors, revisions, sample } = services;
  return {
    'app:status': () => status(),

    'settings:get': () => settings.get(),
    'settings:update': ({ patch }) => settings.update(patch),

    'cohort:list': ({ includeArchived }) => cohorts.list(includeArchived),
    'cohort:get': ({ id }) => cohorts.get(id),
    'cohort:create': ({ fields }) => cohorts.create(fields),
    'cohort:update': ({ id, patch }) => cohorts.update(id, patch),
    'cohort:archive': ({ id, archived }) => cohorts.archive(id, archived),

    'ambassador:list': (filter) => ambassadors.list(filter),
    'ambassador:get': ({ id }) => ambassadors.get(id),
    'ambassador:create': ({ fields }) => ambassadors.create(fields),
    'ambassador:update': ({ id, patch }) => ambassadors.update(id, patch),
    'ambassador:archive': ({ id, archived }) => ambassadors.archive(id, archived),
    'ambassador:setPhoto': ({ id, bytes }) => ambassadors.setPhoto(id, bytes),
    'ambassador:removePhoto': ({ id }) => ambassadors.removePhoto(id),
    'ambassador:photo': ({ id }) => ambassadors.photo(id),

    'revision:list': ({ entityType, entityId }) => revisions.list(entityType, entityId),
    'revision:get': ({ id }) => revisions.get(id),

    'sample:load': () => sample.load(),
  };
}
