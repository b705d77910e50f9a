// Every visible string of the web app: each capability's words, composed once for the translator.
import { VISIT_MESSAGES } from '../../domain/assessment/messages';
import { anesthesiaMessages } from '../anesthesia/messages';
import { assessmentMessages } from '../assessment/messages';
import { bedsBoardMessages } from '../beds/board-messages';
import { bedStatisticsMessages } from '../beds/statistics-messages';
import { complicationsMessages } from '../complications/messages';
import { followupMessages } from '../followup/messages';
import { historyImportMessages } from '../interop/history/messages';
import { interopMessages } from '../interop/messages';
import { monitoringMessages } from '../monitoring/messages';
import { platformMessages } from '../platform/messages';
import { qualityMessages } from '../quality/messages';
import { registryMessages } from '../registry/messages';
import { sharedMessages } from '../shared/messages';

export const MESSAGES = {
  ...sharedMessages,
  ...platformMessages,
  ...interopMessages,
  ...registryMessages,
  ...VISIT_MESSAGES,
  ...assessmentMessages,
  ...anesthesiaMessages,
  ...monitoringMessages,
  ...complicationsMessages,
  ...followupMessages,
  ...qualityMessages,
  ...historyImportMessages,
  ...bedsBoardMessages,
  ...bedStatisticsMessages,
};
export type MessageKey = keyof typeof MESSAGES;
