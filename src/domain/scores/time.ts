import { z } from 'zod';

/** An instant with an explicit offset, as the API exchanges clinical times. */
export const isoInstant = z.iso.datetime({ offset: true });
