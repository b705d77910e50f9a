// An imported case-episode (历史导入病例) as the drill-down opens it: the row of the file it came from, and each
// indicator of both editions it stands in and how (numerator, denominator, missing …), with the list it is in.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import type { EpisodeResponse } from '../../api/quality';
import {
  APPROACH_LABELS,
  type Approach,
  GRADE_LABELS,
  type SurgeryGrade,
  URGENCY_LABELS,
  type Urgency,
} from '../../domain/registry/vocabulary';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { errorMessage } from '../shared/use-attempt';
import { codeText, termOfOutcome } from './episode-text';
import { presetPeriod } from './period';
import { useEpisode } from './quality.resource';
import { casesUrl } from './quality-search';

type Stand = EpisodeResponse['indicators'][number];

const OUTCOME_COLORS: Record<string, string> = {
  numerator: 'red',
  denominator: 'green',
  excluded_numerator: 'default',
  excluded: 'default',
  missing: 'orange',
  unclassifiable: 'gold',
};

export default function EpisodePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { t, lang, locale } = useI18n();
  const episode = useEpisode(id);
  if (episode.isLoading) return <Loading />;
  if (episode.error instanceof ApiError && episode.error.status === 404) return <NotFoundPage />;
  const e = episode.data;
  if (!e) return <Alert type="error" showIcon title={errorMessage(episode.error, t)} />;
  const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);
  const label = <T extends string | number>(labels: Record<T, { zh: string; en: string }>, v: T | null) =>
    v === null ? '—' : (labels[v]?.[lang] ?? String(v));
  // The month the episode is counted in, for the list it stands in.
  const month = presetPeriod('month', dayjs(e.anchorAt).format('YYYY-MM-DD'));
  const listOf = (s: Stand) => {
    const term = termOfOutcome(s.outcome);
    return term ? casesUrl({ edition: s.edition, period: month, wards: [] }, s.code, term) : null;
  };

  return (
    <div>
      <Typography.Link onClick={() => navigate(-1)} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('qc.ep.back')}
      </Typography.Link>
      <Card
        size="small"
        title={t('qc.ep.title', { id: e.externalId })}
        extra={<Tag color="purple">{t('qc.source.import')}</Tag>}
        style={{ marginBottom: 12 }}
      >
        <Descriptions size="small" column={3} bordered data-testid="qc-episode">
          <Descriptions.Item label={t('qc.cases.col.externalId')}>{e.externalId}</Descriptions.Item>
          <Descriptions.Item label={t('qc.cases.col.personId')}>{e.personId}</Descriptions.Item>
          <Descriptions.Item label={t('qc.cases.col.patient')}>{dash(e.personName)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.sex')}>{codeText(t, 'sex', e.sex)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.birthDate')}>{dash(e.birthDate)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.recordLevel')}>
            {codeText(t, 'recordLevel', e.recordLevel)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.admission')}>
            {e.admission
              ? t('qc.ep.admissionDates', {
                  from: dash(e.admission.admissionDate),
                  to: e.admission.dischargeDate ?? t('qc.ep.notDischarged'),
                })
              : t('qc.ep.noAdmission')}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.cases.col.ward')}>{dash(e.wardCode)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.province')}>{dash(e.province)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.procedureType')}>
            {codeText(t, 'procedureType', e.procedureType)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.cases.col.procedure')} span={2}>
            {dash(e.procedureName)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.surgeryDate')}>{dash(e.surgeryDate)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.grade')}>
            {label(GRADE_LABELS, e.grade as SurgeryGrade | null)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.approach')}>
            {label(APPROACH_LABELS, e.approach as Approach | null)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.asa')}>
            {e.asa === null ? '—' : t('qc.ep.asaValue', { n: e.asa })}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.urgency')}>
            {e.urgency === null
              ? '—'
              : e.urgency in URGENCY_LABELS
                ? label(URGENCY_LABELS, e.urgency as Urgency)
                : codeText(t, 'urgency', e.urgency)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.caseStatus')}>
            {codeText(t, 'caseStatus', e.caseStatus)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.location')}>
            {e.location === null ? '—' : codeText(t, 'location', e.location)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.complications')} span={2}>
            {dash(e.complications)}
          </Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.death')}>{e.deathDate ?? t('qc.ep.alive')}</Descriptions.Item>
          <Descriptions.Item label={t('qc.cases.col.anchorAt')}>{fmtDateTime(e.anchorAt)}</Descriptions.Item>
          <Descriptions.Item label={t('qc.ep.source')} span={2}>
            {t('qc.ep.importRow', { file: e.import.file, row: e.import.row })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('qc.ep.indicators')}>
        <Table<Stand>
          size="small"
          rowKey={(s) => `${s.edition}-${s.code}`}
          dataSource={e.indicators}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('qc.ep.noIndicators') }}
          data-testid="qc-episode-indicators"
          columns={[
            {
              title: t('qc.ep.edition'),
              dataIndex: 'edition',
              width: 110,
              render: (v: string) => t('qc.ep.editionShort', { edition: v }),
            },
            {
              title: t('qc.col.code'),
              dataIndex: 'code',
              width: 180,
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
            },
            { title: t('qc.col.name'), render: (_: unknown, s) => s.name[locale] },
            {
              title: t('qc.ep.outcome'),
              dataIndex: 'outcome',
              render: (v: string) => (
                <Tag color={OUTCOME_COLORS[v] ?? 'default'}>{codeText(t, 'outcome', v)}</Tag>
              ),
            },
            {
              title: '',
              width: 120,
              render: (_: unknown, s) => {
                const url = listOf(s);
                return url ? (
                  <Link to={url}>{t('qc.ep.openList', { month: month.from.slice(0, 7) })}</Link>
                ) : null;
              },
            },
          ]}
        />
      </Card>
    </div>
  );
}
