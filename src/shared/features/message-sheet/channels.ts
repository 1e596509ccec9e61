import { z } from 'zod';
import { bytesSchema } from '../../binary';
import { command, query, type Topic } from '../../channel';
import { byId, idSchema, noInput } from '../../fields';
import { LIMITS } from '../../limits';
import type { Photo } from '../ambassadors/schemas';
import type {
  CohortLogo,
  PackExport,
  PackProgress,
  SheetChoices,
  SheetConfirmation,
  SheetExport,
  SheetPreview,
} from './api';
import { findingIdSchema, packOptionsSchema, sheetOptionsSchema } from './options';
import { paperSchema } from './paper';

/** A sheet is built from the profile, the cohort, the houses, the approved quotes and recorded confirmations. */
const SHEET_SOURCES: readonly Topic[] = ['ambassador', 'cohort', 'house', 'quote', 'sheet'];
const sheetRequest = z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema });

export const messageSheetChannels = {
  'sheet:options': query<SheetChoices>()(z.strictObject({ ambassadorId: idSchema }), SHEET_SOURCES),
  'sheet:preview': query<SheetPreview>()(sheetRequest, SHEET_SOURCES),
  'sheet:text': query<string>()(sheetRequest, SHEET_SOURCES),
  // Printing changes no data; the desktop app saves the file through its own dialog.
  'sheet:export': command<SheetExport>()(sheetRequest, []),
  'sheet:confirmPrivateItem': command<SheetConfirmation>()(
    z.strictObject({ ambassadorId: idSchema, options: sheetOptionsSchema, findingId: findingIdSchema }),
    ['sheet'],
  ),
  'sheet:revokeConfirmation': command<null>()(byId, ['sheet']),
  'sheet:setLogo': command<CohortLogo>()(
    z.strictObject({ cohortId: idSchema, bytes: bytesSchema(LIMITS.photoBytes, 'Logo') }),
    ['sheet'],
  ),
  'sheet:removeLogo': command<CohortLogo>()(z.strictObject({ cohortId: idSchema }), ['sheet']),
  'sheet:logo': query<Photo | null>()(z.strictObject({ cohortId: idSchema }), ['sheet']),
  // The Message House picture for the wall, one page; printing changes no data.
  'sheet:housePicture': command<SheetExport>()(
    z.strictObject({ houseId: idSchema, paper: paperSchema.optional() }),
    [],
  ),
  'pack:export': command<PackExport>()(z.strictObject({ cohortId: idSchema, options: packOptionsSchema }), []),
  // Polled while a press pack prints; never cached.
  'pack:progress': query<PackProgress>()(noInput, []),
};
