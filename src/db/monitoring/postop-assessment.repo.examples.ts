import { examples } from '../testing/sql-snapshot';
import { caseAssessments, hasAssessment, latestAssessment } from './postop-assessment.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'caseAssessments', run: (db) => caseAssessments(db, ID) },
  { name: 'latestAssessment', run: (db) => latestAssessment(db, ID, 'aldrete') },
  { name: 'hasAssessment', run: (db) => hasAssessment(db, ID, ['phq9', 'gad7']) },
);
