// 历史病例导入: loads a hospital's past years (cases, staffing, deliveries, open beds) for the QC indicators —
// the files, the import as it runs and how it ended, and the imports made before. The import followed is in the
// page's search (?id=), so a reload keeps it.
import { Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n';
import { useImports } from './history-import.resource';
import { ImportForm } from './ImportForm';
import { ImportList } from './ImportList';
import { ImportResult } from './ImportResult';

export default function HistoryImportPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const id = search.get('id');
  const imports = useImports();
  const running = !!imports.data?.items.some((i) => i.status === 'running');
  const open = (next: string) => setSearch(new URLSearchParams({ id: next }), { replace: true });
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('historyImport.title')}
      </Typography.Title>
      <ImportForm running={running} onStarted={open} />
      {id && <ImportResult key={id} id={id} />}
      <ImportList selected={id} onOpen={open} />
    </div>
  );
}
