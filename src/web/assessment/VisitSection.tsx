// One section of the visit form: its fields under their sub-headings, its list (allergies, previous
// operations, medications) and, after them (where Tab arrives once the positives are answered), the
// "其余均否" button that answers every still-unanswered 是/否 of the section "否", never changing an
// answer given.
import { Button, Card, Col, Divider, Row, Tooltip } from 'antd';
import { isAsked } from '../../domain/assessment/form-fields';
import { restNoAnswers, shortcutFields } from '../../domain/assessment/rest-no';
import type { VisitData } from '../../domain/assessment/visit';
import type { FieldDef, Section } from '../../domain/assessment/visit-form';
import { useI18n } from '../shared/i18n';
import { AllergyList } from './AllergyList';
import { AnestheticList } from './AnestheticList';
import { FieldInput } from './FieldInput';
import { MedicationList } from './MedicationList';
import { useVisitMessages } from './use-field-label';
import { getIn, type Tree } from './visit-paths';

const spanOf = (f: FieldDef) => (f.kind === 'points' ? 24 : f.kind === 'text' ? 12 : 8);

export function VisitSection({
  section,
  data,
  editable,
  errors,
  notes,
  onSet,
}: {
  section: Section;
  data: VisitData;
  editable: boolean;
  errors: ReadonlyMap<string, string>;
  /** Lines shown under a field (what a result says about it, the case's planned method). */
  notes: ReadonlyMap<string, string[]>;
  onSet: (changes: [path: string, value: unknown][]) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  const answerAt = (path: string) => getIn(data as Tree, path);
  const fields = section.fields.filter((f) => isAsked(f, answerAt));
  const open = restNoAnswers(data, section);
  const list = section.list;
  const rows = list ? ((answerAt(list.path) as unknown[] | undefined) ?? []) : [];
  const showList = list && (!list.flag || answerAt(list.flag) === true || rows.length > 0);
  // Adding the first row answers the section's yes/no ("有过敏史") yes.
  const setRows = (next: unknown[]) =>
    onSet([
      [list!.path, next.length ? next : null],
      ...(list?.flag && next.length && answerAt(list.flag) !== true
        ? [[list.flag, true] as [string, unknown]]
        : []),
    ]);
  return (
    <Card
      size="small"
      title={messages.label(section.title)}
      style={{ marginBottom: 12 }}
      data-testid={`section-${section.key}`}
    >
      <Row gutter={[12, 8]}>
        {fields.flatMap((f, k) => [
          ...(f.group && (k === 0 || fields[k - 1]!.group !== f.group)
            ? [
                <Col span={24} key={f.group}>
                  <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
                    {messages.label(f.group)}
                  </Divider>
                </Col>,
              ]
            : []),
          <Col span={spanOf(f)} key={f.path}>
            <FieldInput
              field={f}
              value={answerAt(f.path)}
              error={editable ? errors.get(f.path) : undefined}
              notes={notes.get(f.path)}
              disabled={!editable}
              onChange={(v) => onSet([[f.path, v]])}
            />
          </Col>,
        ])}
        {showList && (
          <Col span={24}>
            {list.kind === 'allergies' && (
              <AllergyList
                value={rows as Parameters<typeof AllergyList>[0]['value']}
                disabled={!editable}
                onChange={setRows}
              />
            )}
            {list.kind === 'anesthetics' && (
              <AnestheticList
                value={rows as Parameters<typeof AnestheticList>[0]['value']}
                disabled={!editable}
                onChange={setRows}
              />
            )}
            {list.kind === 'medications' && (
              <MedicationList
                value={rows as Parameters<typeof MedicationList>[0]['value']}
                disabled={!editable}
                onChange={setRows}
              />
            )}
          </Col>
        )}
        {/* One 是/否 is one key press; the shortcut is for sections of several. */}
        {editable && shortcutFields(section).length > 1 && (
          <Col span={24} style={{ textAlign: 'right' }}>
            <Tooltip title={t('visit.restNo.hint')}>
              <Button
                size="small"
                data-testid={`rest-no-${section.key}`}
                data-visit-stop
                disabled={open.length === 0}
                onClick={() => onSet(open.map((a) => [a.path, a.value]))}
              >
                {t('visit.restNo')}
              </Button>
            </Tooltip>
          </Col>
        )}
      </Row>
    </Card>
  );
}
