import { v7 } from 'uuid';

/** Time-ordered UUID v7 for every new row. */
export const newId = (): string => v7();
