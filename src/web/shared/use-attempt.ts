// One way to tell the user why an action failed: the server's message in their language, or "network".
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from './api';
import { type Translate, useI18n } from './i18n';

export const errorMessage = (e: unknown, t: Translate): string =>
  e instanceof ApiError ? e.body.message : t('app.error.network');

/** Runs an action, showing the failure as a message; resolves true when it succeeded. */
export function useAttempt(): (run: () => Promise<unknown>) => Promise<boolean> {
  const { t } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (run) => {
      try {
        await run();
        return true;
      } catch (e) {
        message.error(errorMessage(e, t));
        return false;
      }
    },
    [message, t],
  );
}
