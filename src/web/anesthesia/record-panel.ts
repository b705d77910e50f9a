// What every panel of the anesthesia record receives.
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { CaseDetail } from '../../api/registry';

export type PanelProps = {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  editable: boolean;
  /** After the panel's own change: the record (and case) again; the change's event follows as well. */
  onDone: () => Promise<unknown>;
};
