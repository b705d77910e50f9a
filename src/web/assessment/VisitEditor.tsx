// The form of one case's visit. Every score is computed in the browser while typing, with the same
// domain code the server runs on save; drafts save themselves; signing locks.
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Visit, VisitBundle } from '../../api/assessment';
import type { CaseDetail } from '../../api/registry';
import { assessVisit, bmiOf, signingMissing, type VisitData, visitData } from '../../domain/assessment/visit';
import { VISIT_SECTIONS } from '../../domain/assessment/visit-form';
import { ApiError } from '../shared/api';
import { type Conflict, ConflictDialog } from '../shared/ConflictDialog';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { CasePatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { DateTimeInput } from './DateTimeInput';
import { FieldInput } from './FieldInput';
import { MedicationList } from './MedicationList';
import { RevisionHistory } from './RevisionHistory';
import { SaveIndicator, type SaveState } from './SaveIndicator';
import { ScorePanel } from './ScorePanel';
import { useFieldLabel, useVisitMessages } from './use-field-label';
import { VisitAmendDialog } from './VisitAmendDialog';
import { useReloadVisit, useSaveVisitDraft, useSignVisit, visitPdfUrl } from './visit.resource';
import { flatten, getIn, setIn, type Tree } from './visit-paths';

const AUTOSAVE_MS = 700;
const CLOSED = new Set(['cancelled', 'ward', 'icu']);

export function VisitEditor({ c, bundle }: { c: CaseDetail; bundle: VisitBundle }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const saveDraft = useSaveVisitDraft(c.id).mutateAsync;
  const signVisit = useSignVisit(c.id).mutateAsync;
  const reloadVisit = useReloadVisit(c.id);
  const labelOf = useFieldLabel();
  const messages = useVisitMessages();
  const current = bundle.current;
  const [data, setData] = useState<VisitData>((current?.data as VisitData) ?? {});
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const [status, setStatus] = useState<Visit['status'] | null>(current?.status ?? null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [viewing, setViewing] = useState<Visit | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [signProblem, setSignProblem] = useState<string[] | null>(null);
  const [amending, setAmending] = useState(false);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const versionRef = useRef(version);
  versionRef.current = version;
  const dataRef = useRef(data);
  dataRef.current = data;

  const caseClosed = CLOSED.has(c.status);
  const editable = can('assessment.write') && status !== 'signed' && !caseClosed && !viewing;
  const shown = (viewing?.data as VisitData | undefined) ?? data;
  const outcomes = useMemo(() => assessVisit(shown, bundle.context), [shown, bundle.context]);
  const missingForSigning = signingMissing(data);
  const fieldErrors = useMemo(() => {
    const parsed = visitData.safeParse(data);
    return parsed.success
      ? new Map<string, string>()
      : new Map(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  }, [data]);

  /** Shows a revision the server returned (the cached bundle already has it). */
  const adopt = useCallback((row: Visit) => {
    setData(row.data as VisitData);
    setVersion(row.version);
    setStatus(row.status);
  }, []);

  /** Saves what is on screen now; one request at a time, the latest data always wins the next turn. */
  const flush = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    const parsed = visitData.safeParse(dataRef.current);
    if (!parsed.success) return;
    dirty.current = false;
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const row = await saveDraft({ data: parsed.data, version: versionRef.current });
        setVersion(row.version);
        setStatus(row.status);
        setSave({ kind: 'saved', at: row.updatedAt });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.body.latest) {
          const theirs = e.body.latest as Visit;
          setConflict({
            mine: flatten(dataRef.current as Tree),
            theirs: { ...flatten(theirs.data), version: theirs.version },
          });
          setSave({ kind: 'idle' });
        } else {
          dirty.current = true;
          setSave({
            kind: 'error',
            message: errorMessage(e, t),
          });
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [saveDraft, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each change restarts the autosave delay
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [data, flush]);
  // Nothing typed is lost when the page is left: the pending draft is saved on the way out.
  useEffect(() => () => void flush(), [flush]);

  const set = (path: string, value: unknown) => {
    dirty.current = true;
    setData((d) => {
      // The visit time defaults to the moment the anesthesiologist starts recording.
      const withTime = d.visitAt ? d : { ...d, visitAt: new Date().toISOString() };
      return setIn(withTime as Tree, path, value) as VisitData;
    });
  };

  const sign = async () => {
    await flush();
    if (signingMissing(dataRef.current).length > 0) {
      setSignProblem(signingMissing(dataRef.current));
      return;
    }
    try {
      const row = await signVisit(versionRef.current);
      adopt(row);
      setSignProblem(null);
      message.success(t('visit.signed', { time: fmtDateTime(row.signedAt!) }));
    } catch (e) {
      if (e instanceof ApiError && e.body.code === 'visit_incomplete')
        setSignProblem(e.body.fields.map((f) => f.path.replace(/^data\./, '')));
      else message.error(errorMessage(e, t));
    }
  };

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
          {VISIT_SECTIONS.map((section) => (
            <Card
              key={section.key}
              size="small"
              title={messages.label(section.title)}
              style={{ marginBottom: 12 }}
            >
              <Row gutter={[12, 8]}>
                {section.key === 'basics' && (
                  <Col span={24}>
                    <div style={{ fontSize: 12 }}>{messages.text('visit.f.visitAt')}</div>
                    <DateTimeInput
                      testId="f-visitAt"
                      value={shown.visitAt ?? null}
                      disabled={!editable}
                      onChange={(v) => set('visitAt', v)}
                    />
                  </Col>
                )}
                {section.fields.map((f) => (
                  <Col
                    key={f.path}
                    span={f.kind === 'points' || f.kind === 'text' ? 24 : f.kind === 'yesno' ? 8 : 12}
                  >
                    <FieldInput
                      field={f}
                      value={getIn(shown as Tree, f.path)}
                      error={editable ? fieldErrors.get(f.path) : undefined}
                      disabled={!editable}
                      onChange={(v) => set(f.path, v)}
                    />
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
          <MedicationList
            value={(shown.medications ?? []) as NonNullable<VisitData['medications']>}
            disabled={!editable}
            onChange={(v) => set('medications', v.length ? v : null)}
          />
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
          setConflict(null);
          dirty.current = false;
          const fresh = await reloadVisit();
          if (fresh.current) adopt(fresh.current);
          message.info(t('visit.conflictReloaded'));
        }}
        onKeepMine={() => {
          if (!conflict) return;
          // Keep what is on screen and save it over the version just seen (the user has looked at theirs).
          setVersion(conflict.theirs.version);
          versionRef.current = conflict.theirs.version;
          setConflict(null);
          dirty.current = true;
          void flush();
        }}
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
