import { useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../platform/api';
import { I18nProvider, useI18n } from '../platform/i18n';
import { bridgeAuthProblems } from '../domains/auth';
import { ErrorBoundary } from './ErrorBoundary';

/** Retrying a 4xx only repeats the same refusal; network and 5xx failures get one more try. */
function shouldRetry(count: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return count < 1;
}

function makeQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  bridgeAuthProblems(client);
  return client;
}

// Government-red primary colour, as the offices' other systems use; antd's locale follows the UI language.
function AntdConfig({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd} theme={{ token: { colorPrimary: '#c8102e', borderRadius: 6 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything the pages rely on: language, antd, the query cache, and a last-resort error screen. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  return (
    <I18nProvider>
      <AntdConfig>
        <ErrorBoundary>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </ErrorBoundary>
      </AntdConfig>
    </I18nProvider>
  );
}
