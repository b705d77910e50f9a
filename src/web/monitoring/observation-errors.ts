// Why entering or correcting a set failed, said so that a nurse can act on it: each field the server
// named, by its label with what is wrong ("测量时间：不能晚于当前时间"); otherwise the server's message.
import { errorText } from '../shared/error-text';
import type { Locale, Translate } from '../shared/i18n';
import { fieldLabel } from './observation-values';

export const setErrorText = (e: unknown, t: Translate, locale: Locale): string =>
  errorText(e, t, locale, (path) => fieldLabel(path, t));
