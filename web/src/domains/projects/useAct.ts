import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { projectKeys } from './projects.api';

/** Runs one project action, shows the server's reason on failure, and refreshes the project's views on success. */
export function useAct(projectId: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  return async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      message.success(t('projects.detail.saved'));
      await client.invalidateQueries({ queryKey: projectKeys.all });
      return true;
    } catch (e) {
      const { title, detail } = describeError(e, t);
      message.error(detail ? t('common.errorWithDetail', { title, detail }) : title);
      void client.invalidateQueries({ queryKey: projectKeys.one(projectId) });
      return false;
    }
  };
}
