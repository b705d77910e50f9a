import { Spin } from 'antd';
import { useI18n } from './i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin tip={t('app.loading')}>
        <div style={{ width: 120, height: 40 }} />
      </Spin>
    </div>
  );
}
