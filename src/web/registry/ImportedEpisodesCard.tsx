// The case-episodes the history import loaded for this patient (历史病例导入): listed on the chart beside the cases
// entered in Periop, each with its episode id, visit number and source row; the quality officer opens each one.
import { Card, Tag, Timeline } from 'antd';
import { Link } from 'react-router';
import type { ImportedEpisode } from '../../api/imported';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';

export function ImportedEpisodesCard({ episodes }: { episodes: readonly ImportedEpisode[] }) {
  const { t } = useI18n();
  const { can } = useSession();
  if (episodes.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('patient.importedEpisodes')}
      style={{ marginTop: 12 }}
      data-testid="imported-episodes"
    >
      <Timeline
        items={episodes.map((e) => {
          const title = `${fmtDateTime(e.at)} · ${e.procedureName ?? t(`patient.episodeType.${e.procedureType}`)}`;
          return {
            color: e.caseStatus === 'cancelled' ? 'gray' : 'blue',
            content: (
              <div>
                {can('quality.read') ? <Link to={`/quality/episodes/${e.id}`}>{title}</Link> : title}{' '}
                <Tag>{t(`patient.episodeStatus.${e.caseStatus}`)}</Tag>
                <div style={{ color: '#8c8c8c' }}>
                  {t('patient.episodeSource', {
                    id: e.externalId,
                    visit: e.visitNumber ?? t('patient.episodeOutpatient'),
                    file: e.importedFrom?.file ?? '',
                    row: e.importedFrom?.row ?? '',
                  })}
                </div>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
