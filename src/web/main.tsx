import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enAntd from 'antd/locale/en_US';
import zhAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import { I18nProvider } from './shared/i18n';
import { SessionProvider, useSession } from './shared/session';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

function Localised() {
  const { me } = useSession();
  const stored = localStorage.getItem('periop.locale');
  const locale = me?.locale ?? (stored === 'en-US' ? 'en-US' : 'zh-CN');
  dayjs.locale(locale === 'en-US' ? 'en' : 'zh-cn');
  return (
    <I18nProvider locale={locale}>
      <ConfigProvider
        locale={locale === 'en-US' ? enAntd : zhAntd}
        theme={{ token: { colorPrimary: '#0958d9', borderRadius: 4 } }}
      >
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Localised />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
