// The 手术通知单 of one case, opened as a PDF to print (for the case page's toolbar).
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../shared/i18n';
import { noticeUrl } from './case.resource';

export function CaseNoticeButton({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      icon={<PrinterOutlined />}
      href={noticeUrl(caseId)}
      target="_blank"
      data-testid="case-print-notice"
    >
      {t('board.printNotice')}
    </Button>
  );
}
