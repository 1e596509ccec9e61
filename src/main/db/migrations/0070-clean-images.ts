import type { Migration } from './types';

/**
 * Photos and logos used to be stored as uploaded, with whatever the phone wrote into them (GPS position, the
 * owner's name, captions, thumbnails). Re-encoding needs sharp, which is asynchronous, and a migration runs
 * synchronously in one transaction; so this step only marks every stored image as not yet clean, and the
 * backend cleans them right after opening (`cleanStoredImages`). Recordings are not images and stay 0.
 */
export const cleanImages: Migration = {
  version: 70,
  name: 'clean-images',
  up(db) {
    db.exec('ALTER TABLE media ADD COLUMN clean INTEGER NOT NULL DEFAULT 0 CHECK (clean IN (0, 1))');
  },
};
