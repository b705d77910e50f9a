// The assessment's worklists, each within the actor's scope (the case's ward).
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { VisitStatus } from '../../domain/assessment/visit-status';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { assessmentVisits, patients, surgicalCases } from '../schema';
import { wardCondition } from '../scope';

/** 待访视: scheduled cases in [from, to) whose latest visit is not signed (or that have none). */
export async function casesAwaitingVisit(db: Db, from: Date, to: Date, scope: WardScope) {
  return db
    .select({
      caseId: surgicalCases.id,
      patientId: surgicalCases.patientId,
      patientName: patients.name,
      patientMrn: patients.mrn,
      scheduledStart: surgicalCases.scheduledStart,
      orRoom: surgicalCases.orRoom,
      procedureText: surgicalCases.procedureText,
      urgency: surgicalCases.urgency,
      visitStatus: sql<VisitStatus | null>`(select v.status from assessment_visits v where v.case_id = ${surgicalCases.id} order by v.revision desc limit 1)`,
    })
    .from(surgicalCases)
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        eq(surgicalCases.status, 'scheduled'),
        gte(surgicalCases.scheduledStart, from),
        lt(surgicalCases.scheduledStart, to),
        sql`not exists (select 1 from assessment_visits v where v.case_id = ${surgicalCases.id} and v.status = 'signed'
              and v.revision = (select max(v2.revision) from assessment_visits v2 where v2.case_id = ${surgicalCases.id}))`,
        wardCondition(scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.scheduledStart));
}

/** 高危患者: cases in [from, to) whose latest visit carries high-risk flags. */
export async function highRiskCases(db: Db, from: Date, to: Date, scope: WardScope) {
  return db
    .select({
      caseId: surgicalCases.id,
      patientId: surgicalCases.patientId,
      patientName: patients.name,
      patientMrn: patients.mrn,
      scheduledStart: surgicalCases.scheduledStart,
      orRoom: surgicalCases.orRoom,
      procedureText: surgicalCases.procedureText,
      flags: assessmentVisits.highRiskFlags,
      visitStatus: assessmentVisits.status,
    })
    .from(assessmentVisits)
    .innerJoin(surgicalCases, eq(surgicalCases.id, assessmentVisits.caseId))
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        gte(surgicalCases.scheduledStart, from),
        lt(surgicalCases.scheduledStart, to),
        sql`cardinality(${assessmentVisits.highRiskFlags}) > 0`,
        sql`${assessmentVisits.revision} = (select max(v2.revision) from assessment_visits v2 where v2.case_id = ${surgicalCases.id})`,
        wardCondition(scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.scheduledStart));
}
