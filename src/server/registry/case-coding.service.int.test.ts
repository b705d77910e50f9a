// A case names coded data and staff: its diagnosis and procedure must be in the hospital's active
// dictionaries (codes a case already holds stay as they are), and its operating surgeon an active surgeon
// account authorised for the case's grade (手术分级授权, china-standards.md §2.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localise } from '../../api/errors';
import { caseInput } from '../../api/registry';
import { newId } from '../../db/ids';
import { installStarter } from '../../db/registry/code-dictionary.repo';
import { users } from '../../db/schema';
import { AppError } from '../errors/app-error';
import { sampleCase } from '../testing/test-app';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { CaseService } from './case.service';

let t: TestContext;
let cases: CaseService;
let patientId: string;
let legacyCaseId: string;
const staff: Record<string, string> = {};

async function account(
  displayName: string,
  role: 'surgeon' | 'nurse',
  surgicalGrade: number | null,
  disabled = false,
) {
  const id = newId();
  await t.database.db.insert(users).values({
    id,
    username: `u${Object.keys(staff).length}${role}`,
    displayName,
    role,
    surgicalGrade,
    disabled,
    allWards: true,
    passwordHash: 'scrypt$unused',
  });
  staff[displayName] = id;
}

const coded = (over: Record<string, unknown> = {}) =>
  caseInput.parse(
    sampleCase(patientId, {
      diagnosisCode: 'C34.100',
      diagnosisText: '肺上叶恶性肿瘤',
      procedureCode: '32.4100',
      procedureText: '胸腔镜下肺叶切除术',
      grade: 4,
      surgeon: '随便写的名字',
      surgeonUserId: staff.刘建军,
      nurses: ['赵护士'],
      ...over,
    }),
  );

async function refusedWith(p: Promise<unknown>): Promise<AppError> {
  const e = await p.catch((err: unknown) => err);
  if (!(e instanceof AppError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

beforeAll(async () => {
  t = await createTestContext();
  cases = new CaseService(t.ctx);
  // Booked before the hospital had a dictionary: the sample case's codes are the hospital's own.
  ({ patientId, caseId: legacyCaseId } = await t.admittedCase());
  await installStarter(t.database.db, { userId: null, now: t.clock.now });
  await account('刘建军', 'surgeon', 4);
  await account('高振华', 'surgeon', 3);
  await account('马文斌', 'surgeon', null);
  await account('退休医师', 'surgeon', 4, true);
  await account('赵护士', 'nurse', null);
});
afterAll(async () => t?.close());

describe('coded diagnoses and procedures', () => {
  it('refuses codes the dictionaries do not hold, naming each field', async () => {
    const e = await refusedWith(
      cases.create(t.actor('surgeon'), coded({ diagnosisCode: 'C34.101', procedureCode: '32.4101' })),
    );
    expect(e.code).toBe('validation_failed');
    expect(e.fields).toEqual([
      { path: 'diagnosisCode', message: '编码 C34.101 不在诊断字典中' },
      { path: 'procedureCode', message: '编码 32.4101 不在手术操作字典中' },
    ]);
  });

  it('keeps the codes a case booked before the dictionary holds, and checks a changed one', async () => {
    const surgeon = t.actor('surgeon');
    const legacy = await cases.detail(surgeon, legacyCaseId);
    const { id: _i, version, ...rest } = legacy;
    const body = caseInput.parse(
      sampleCase(patientId, { admissionId: rest.admissionId, anesthesiologists: ['秦丽'] }),
    );
    const kept = await cases.update(surgeon, legacyCaseId, { ...body, version });
    expect(kept).toMatchObject({ procedureCode: '42.4101', anesthesiologists: ['秦丽'] });
    const changed = await refusedWith(
      cases.update(surgeon, legacyCaseId, { ...body, diagnosisCode: 'C15.401', version: kept.version }),
    );
    expect(changed.fields).toEqual([{ path: 'diagnosisCode', message: '编码 C15.401 不在诊断字典中' }]);
  });
});

describe('the operating surgeon', () => {
  it("is the account's surgeon, by the account's name, with the nurses named", async () => {
    const c = await cases.create(t.actor('surgeon'), coded());
    expect(c).toMatchObject({ surgeon: '刘建军', surgeonUserId: staff.刘建军, nurses: ['赵护士'] });
  });

  it('may not operate above his authorised grade, nor at all without one', async () => {
    const en = { ...t.actor('surgeon'), locale: 'en-US' as const };
    const above = await refusedWith(cases.create(t.actor('surgeon'), coded({ surgeonUserId: staff.高振华 })));
    expect(above.code).toBe('surgeon_not_authorised');
    expect(above.fields).toEqual([{ path: 'surgeonUserId', message: '' }]);
    expect(localise(above.code, 'zh-CN', above.params)).toBe('高振华的授权手术级别为三级，不能主刀四级手术');
    const none = await refusedWith(cases.create(en, coded({ surgeonUserId: staff.马文斌 })));
    expect(localise(none.code, 'en-US', none.params)).toBe(
      '马文斌 is authorised for no grade (not authorised to operate); this case is Grade 4',
    );
    // At his grade he may.
    const grade3 = coded({ surgeonUserId: staff.高振华, procedureCode: '32.2000', grade: 3 });
    const made = await cases.create(t.actor('surgeon'), grade3);
    expect(made.surgeon).toBe('高振华');
    // Raising the case's grade above his is refused too.
    const raised = await refusedWith(
      cases.update(t.actor('surgeon'), made.id, { ...grade3, grade: 4, version: made.version }),
    );
    expect(raised.code).toBe('surgeon_not_authorised');
  });

  it('must be an active surgeon account', async () => {
    for (const id of [staff.赵护士, staff.退休医师, newId()]) {
      const e = await refusedWith(cases.create(t.actor('surgeon'), coded({ surgeonUserId: id })));
      expect(e.fields).toEqual([{ path: 'surgeonUserId', message: '所选账户不是在岗的外科医师' }]);
    }
    expect(await refusal(cases.create(t.actor('surgeon'), coded({ surgeonUserId: staff.刘建军 })))).toBe(
      'ok',
    );
  });
});
