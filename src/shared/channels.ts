/**
 * The channel names alone, with no schemas, so the sandboxed preload can build window.api without bundling zod.
 * contract.ts checks at compile time that this list and the contract's keys are the same set.
 */
export const CHANNEL_NAMES = [
  'app:status',
  'settings:get',
  'settings:update',
  'cohort:list',
  'cohort:get',
  'cohort:create',
  'cohort:update',
  'cohort:archive',
  'ambassador:list',
  'ambassador:get',
  'ambassador:create',
  'ambassador:update',
  'ambassador:archive',
  'ambassador:setPhoto',
  'ambassador:removePhoto',
  'ambassador:photo',
  'revision:list',
  'revision:get',
  'sample:load',
] as const;

export type ChannelNameFromList = (typeof CHANNEL_NAMES)[number];
