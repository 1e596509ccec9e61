import { z } from 'zod';

/**
 * The version an editor's text was based on (rows carry a version bumped on every change, migration 0080).
 * An update whose base is stale is refused for the fields changed since, with a CONFLICT the editor shows.
 */
export const baseVersionSchema = z.number().int().positive();
