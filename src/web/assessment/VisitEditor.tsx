// The form of one case's visit. Every score is computed in the browser while typing, with the same
// domain code the server runs on save; drafts save themselves; signing locks.
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Visit, VisitBundle } from '../../api/assessment';
import type { CaseDetail } from '../../api/registry';
import { evidenceNotes } from '../../domain/assessment/aux-evidence';
import { visitText } from '../../domain/assessment/messages';
import { assessVisit, bmiOf, signingMissing, type VisitData, visitData } from '../../domain/assessment/visit';
import { VISIT_SECTIONS } from '../../domain/assessment/visit-form';
import {
  ANESTHESIA_METHOD_LABELS,
  ANESTHESIA_METHODS,
  type AnesthesiaMethod,
} from '../../domain/registry/vocabulary';
import { ApiError } from '../shared/api';
import { ConflictDialog } from '../shared/ConflictDialog';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { CasePatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { issueText } from '../shared/zod-form';
import { RevisionHistory } from './RevisionHistory';
import { SaveIndicator } from './SaveIndicator';
import { ScorePanel } from './ScorePanel';
import { useFieldLabel } from './use-field-label';
import { useVisitDraft } from './use-visit-draft';
import { VisitAmendDialog } from './VisitAmendDialog';
import { VisitSection } from './VisitSection';
import { useReloadVisit, useSignVisit, visitPdfUrl } from './visit.resource';
import { visitKeys } from './visit-keys';

const CLOSED = new Set(['cancelled', 'ward', 'icu']);

/** A new visit starts from the case: its planned anesthesia method (the clinician may change it). */
const startingFrom = (c: CaseDetail): VisitData =>
  (ANESTHESIA_METHODS as readonly string[]).includes(c.plannedAnesthesia)
    ? { plan: { anesthesiaMethod: c.plannedAnesthesia } }
    : {};

export function VisitEditor({ c, bundle }: { c: CaseDetail; bundle: VisitBundle }) {
  const { t, lang, locale } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const signVisit = useSignVisit(c.id).mutateAsync;
  const reloadVisit = useReloadVisit(c.id);
  const labelOf = useFieldLabel();
  const current = bundle.current;
  const draft = useVisitDraft(c.id, current, startingFrom(c));
  const { data, status, save, conflict, adopt, flush } = draft;
  const [viewing, setViewing] = useState<Visit | null>(null);
  const [signProblem, setSignProblem] = useState<string[] | null>(null);
  const [amending, setAmending] = useState(false);

  const caseClosed = CLOSED.has(c.status);
  const editable = can('assessment.write') && status !== 'signed' && !caseClosed && !viewing;
  const shown = (viewing?.data as VisitData | undefined) ?? data;
  const outcomes = useMemo(() => assessVisit(shown, bundle.context), [shown, bundle.context]);
  const missingForSigning = signingMissing(data);
  const fieldErrors = useMemo(() => {
    const parsed = visitData.safeParse(data);
    return parsed.success
      ? new Map<string, string>()
      : new Map(parsed.error.issues.map((i) => [i.path.join('.'), issueText(i, locale)]));
  }, [data, locale]);

  const sign = async () => {
    await flush();
    if (signingMissing(draft.dataRef.current).length > 0) {
      setSignProblem(signingMissing(draft.dataRef.current));
      return;
    }
    try {
      const row = await signVisit(draft.versionRef.current);
      adopt(row);
      setSignProblem(null);
      message.success(t('visit.signed', { time: fmtDateTime(row.signedAt!) }));
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'visit_incomplete')
        setSignProblem(e.body.fields.map((f) => f.path.replace(/^data\./, '')));
      else message.error(errorMessage(e, t));
    }
  };

  // What a result says about a field, and the case's planned method beside the visit's.
  const notes = useMemo(() => {
    const out = new Map<string, string[]>();
    const add = (path: string, text: string) => out.set(path, [...(out.get(path) ?? []), text]);
    for (const n of evidenceNotes(shown)) add(n.path, visitText(n.key, locale, n.params));
    const planned = ANESTHESIA_METHOD_LABELS[c.plannedAnesthesia as AnesthesiaMethod]?.[lang];
    if (editable && planned) add('plan.anesthesiaMethod', t('visit.plannedByCase', { method: planned }));
    return out;
  }, [shown, locale, lang, c.plannedAnesthesia, editable, t]);

  const bmi = bmiOf(shown.heightCm, shown.weightKg);
  const readOnlyNotice = !can('assessment.write') ? t('visit.readOnly') : null;

  return (
    <div>
      <CasePatientBanner c={c} />
      <Card
        size="small"
        style={{ marginBottom: 12 }}
        title={
          <Space wrap>
            <Link to={`/cases/${c.id}`}>{c.procedureText}</Link>
            <span>{t('visit.title')}</span>
            {current && <Tag>{t('visit.revision', { n: (viewing ?? current).revision })}</Tag>}
            {status && (
              <Tag
                color={status === 'signed' ? 'green' : 'blue'}
                data-testid="visit-status"
                data-status={status}
              >
                {t(`visit.status.${status}`)}
              </Tag>
            )}
            {current?.late && <Tag color="orange">{t('visit.late')}</Tag>}
            {bmi !== null && <Tag>{t('visit.bmi', { bmi })}</Tag>}
          </Space>
        }
        extra={
          <Space>
            <SaveIndicator save={save} />
            {status === 'signed' && !viewing && (
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                href={visitPdfUrl(c.id)}
                target="_blank"
                data-testid="visit-print"
              >
                {t('visit.print')}
              </Button>
            )}
            {can('assessment.sign') && status === 'draft' && !viewing && !caseClosed && (
              <Button type="primary" size="small" onClick={sign} data-testid="visit-sign">
                {t('visit.sign')}
              </Button>
            )}
            {can('assessment.sign') && status === 'signed' && !viewing && !caseClosed && (
              <Button size="small" onClick={() => setAmending(true)} data-testid="visit-amend">
                {t('visit.amend')}
              </Button>
            )}
          </Space>
        }
      >
        {readOnlyNotice && (
          <Alert
            type="info"
            showIcon
            title={readOnlyNotice}
            data-testid="visit-readonly"
            style={{ marginBottom: 8 }}
          />
        )}
        {caseClosed && (
          <Alert type="warning" showIcon title={t('visit.caseClosed')} style={{ marginBottom: 8 }} />
        )}
        {current?.amendmentReason && !viewing && (
          <Typography.Text type="secondary">
            {t('visit.amendedFor', { reason: current.amendmentReason })}
          </Typography.Text>
        )}
        {status === 'signed' && current?.signedAt && !viewing && (
          <div>
            <Typography.Text type="success">
              {t('visit.signed', { time: fmtDateTime(current.signedAt) })}
            </Typography.Text>
          </div>
        )}
        {viewing && (
          <Alert
            type="info"
            title={t('visit.viewing', { n: viewing.revision })}
            action={
              <Button size="small" onClick={() => setViewing(null)}>
                {t('visit.backToCurrent')}
              </Button>
            }
          />
        )}
        {signProblem && signProblem.length > 0 && (
          <Alert
            type="error"
            data-testid="visit-sign-missing"
            style={{ marginTop: 8 }}
            title={t('visit.signMissing', { items: signProblem.map(labelOf).join('、') })}
          />
        )}
        {editable && missingForSigning.length > 0 && !signProblem && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('visit.signMissing', { items: missingForSigning.map(labelOf).join('、') })}
          </Typography.Text>
        )}
      </Card>
      <Row gutter={12}>
        <Col span={15}>
          {/* Tab and Enter move from answer to answer; nothing here submits. */}
          <form onKeyDown={visitKeys} onSubmit={(e) => e.preventDefault()}>
            {editable && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                {t('visit.keys.hint')}
              </Typography.Paragraph>
            )}
            {VISIT_SECTIONS.map((section) => (
              <VisitSection
                key={section.key}
                section={section}
                data={shown}
                editable={editable}
                errors={fieldErrors}
                notes={notes}
                onSet={draft.change}
              />
            ))}
          </form>
        </Col>
        <Col span={9}>
          <div style={{ position: 'sticky', top: 8 }}>
            <ScorePanel outcomes={outcomes} />
            <RevisionHistory
              revisions={bundle.revisions}
              onView={(r) => setViewing(r.id === current?.id ? null : r)}
            />
          </div>
        </Col>
      </Row>
      <ConflictDialog
        conflict={conflict}
        fields={[
          ...new Set([...Object.keys(conflict?.mine ?? {}), ...Object.keys(conflict?.theirs ?? {})]),
        ].filter((k) => k !== 'version')}
        labels={Object.fromEntries(
          Object.keys({ ...(conflict?.mine ?? {}), ...(conflict?.theirs ?? {}) }).map((k) => [k, labelOf(k)]),
        )}
        onUseTheirs={async () => {
          draft.dropMine();
          const fresh = await reloadVisit();
          if (fresh.current) adopt(fresh.current);
          message.info(t('visit.conflictReloaded'));
        }}
        onKeepMine={draft.keepMine}
      />
      {amending && (
        <VisitAmendDialog
          caseId={c.id}
          onClose={() => setAmending(false)}
          onDone={(row) => {
            setAmending(false);
            adopt(row);
          }}
        />
      )}
    </div>
  );
}
