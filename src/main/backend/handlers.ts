import type { AppStatus, ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Services } from '../services';

export interface HandlerContext {
  /** Which transport carried the call; used for logging and, later, role checks. */
  transport: 'electron' | 'http' | 'direct';
}

/** One function per channel. A channel in the contract without an entry here is a compile error. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, ctx: HandlerContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

export interface HandlerCapabilities {
  /**
   * Saves a file where the person chooses (Electron's save dialog + atomic write). Browser mode has none,
   * so the renderer downloads the file instead.
   */
  savePdf?: (title: string, bytes: Uint8Array) => Promise<string | null>;
}

export function createHandlers(services: Services, status: () => AppStatus, capabilities: HandlerCapabilities = {}): Handlers {
  const { settings, cohorts, ambassadors, revisions, sample, roles, houses, quotes, comments, review, search, questions, rehearsal } =
    services;
  const restore = (id: string) => {
    const revision = revisions.get(id);
    if (revision.entityType === 'house') houses.restore(revision.entityId, revision.snapshot);
    else if (revision.entityType === 'quote') quotes.restore(revision.entityId, revision.snapshot);
    else throw new AppError('UNSUPPORTED', 'Profiles and cohorts are restored by editing them; this history is for reference.');
    return { entityType: revision.entityType, entityId: revision.entityId };
  };
  return {
    'app:status': () => status(),

    'settings:get': () => settings.get(),
    'settings:update': ({ patch }) => {
      // Mode changes go through the role service, which insists on the PIN when one is set.
      const { role, ...rest } = patch;
      if (role !== undefined) roles.switchTo(role);
      return settings.update(rest);
    },

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

    'revision:restore': ({ id }) => restore(id),

    'role:state': () => roles.state(),
    'role:switch': ({ role, pin }) => roles.switchTo(role, pin),
    'role:setPin': ({ pin }) => roles.setPin(pin),
    'role:clearPin': ({ pin }) => roles.clearPin(pin),

    'house:list': ({ ambassadorId }) => houses.list(ambassadorId),
    'house:get': ({ id }) => houses.get(id),
    'house:create': ({ ambassadorId, fields }) => houses.create(ambassadorId, fields),
    'house:update': ({ id, patch }) => houses.update(id, patch),
    'house:setPrimary': ({ id }) => houses.setPrimary(id),
    'house:delete': ({ id }) => {
      houses.remove(id);
      return null;
    },

    'quote:list': ({ ambassadorId }) => quotes.list(ambassadorId),
    'quote:get': ({ id }) => quotes.get(id),
    'quote:create': ({ ambassadorId, fields }) => quotes.create(ambassadorId, fields),
    'quote:update': ({ id, patch }) => quotes.update(id, patch),
    'quote:transition': ({ id, action }) => quotes.transition(id, action, settings.get().trainerName),
    'quote:reviseApproved': ({ id }) => quotes.reviseApproved(id),
    'quote:delete': ({ id }) => {
      quotes.remove(id);
      return null;
    },

    'comment:list': ({ targetType, targetId }) => comments.list(targetType, targetId),
    'comment:add': (input) => comments.add(input),
    'comment:resolve': ({ id, resolved }) => comments.setResolved(id, resolved),

    'review:queue': ({ cohortId }) => review.queue(cohortId),
    'search:query': ({ text }) => search.query(text),

    'question:list': ({ cohortId }) => questions.forCohort(cohortId),
    'question:add': ({ cohortId, content }) => questions.add(cohortId, content),
    'question:edit': ({ id, content }) => questions.edit(id, content),
    'question:retire': ({ cohortId, questionId, retired }) => {
      questions.setRetired(cohortId, questionId, retired);
      return null;
    },
    'question:exportPack': ({ cohortId }) => questions.exportPack(cohortId),
    'question:importPack': ({ cohortId, fileText }) => questions.importPack(cohortId, fileText),
    'questionSet:list': ({ cohortId }) => questions.sets(cohortId),
    'questionSet:save': (input) => questions.saveSet(input),
    'questionSet:delete': ({ id }) => {
      questions.deleteSet(id);
      return null;
    },

    'rehearsal:start': (input) => rehearsal.start(input),
    'rehearsal:get': ({ id }) => rehearsal.get(id),
    'rehearsal:list': ({ ambassadorId }) => rehearsal.list(ambassadorId),
    'rehearsal:saveTake': (input) => rehearsal.saveTake(input),
    'rehearsal:rateTake': ({ takeId, rating }) => rehearsal.rateTake(takeId, rating),
    'rehearsal:noteTake': ({ takeId, notes }) => rehearsal.noteTake(takeId, notes),
    'rehearsal:finish': ({ id }) => rehearsal.finish(id),
    'rehearsal:recording': ({ takeId }) => rehearsal.recording(takeId),
    'rehearsal:deleteTake': ({ takeId }) => {
      rehearsal.deleteTake(takeId);
      return null;
    },
    'rehearsal:deleteSession': ({ id }) => {
      rehearsal.deleteSession(id);
      return null;
    },
    'rehearsal:dueCount': ({ ambassadorId }) => rehearsal.dueCount(ambassadorId),

    'languageRules:get': ({ cohortId }) => services.languageRules.get(cohortId),
    'languageRules:set': ({ cohortId, rules }) => services.languageRules.set(cohortId, rules),

    'file:savePdf': async ({ title, bytes }) => {
      if (!capabilities.savePdf) return { mode: 'download' as const };
      if (!isPdf(bytes)) throw new AppError('VALIDATION', 'That is not a PDF file, so it was not saved.');
      return { mode: 'dialog' as const, path: await capabilities.savePdf(title, bytes) };
    },

    'sample:load': () => sample.load(),

    'sheet:options': ({ ambassadorId }) => services.sheets.choices(ambassadorId),
    'sheet:preview': ({ ambassadorId, options }) => services.sheets.preview(ambassadorId, options),
    'sheet:text': ({ ambassadorId, options }) => services.sheets.text(ambassadorId, options),
    'sheet:export': ({ ambassadorId, options }) => services.sheets.export(ambassadorId, options),
    'sheet:confirmPrivateItem': ({ ambassadorId, options, findingId }) =>
      services.sheets.confirmPrivateItem(ambassadorId, options, findingId),
    'sheet:revokeConfirmation': ({ id }) => services.sheets.revokeConfirmation(id),
    'sheet:setLogo': ({ cohortId, bytes }) => services.sheets.setLogo(cohortId, bytes),
    'sheet:removeLogo': ({ cohortId }) => services.sheets.removeLogo(cohortId),
    'sheet:logo': ({ cohortId }) => services.sheets.logo(cohortId),
    'pack:export': ({ cohortId, options }) => services.sheets.exportPack(cohortId, options),
    'pack:progress': () => services.sheets.packProgress(),
  };
}
