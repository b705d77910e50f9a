import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <div data-testid="forbidden-page">
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={t('forbidden.text')}
        extra={
          <Link to="/">
            <Button type="primary">{t('forbidden.back')}</Button>
          </Link>
        }
      />
    </div>
  );
}
