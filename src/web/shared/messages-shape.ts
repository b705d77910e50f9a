// The one label shape every capability's words take, in the browser and in the printed records.
import type { LocalText } from '../../domain/common/field-messages';

export type Messages = Record<string, LocalText>;
