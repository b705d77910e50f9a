import type { RuleObject } from 'antd/es/form';
import { describe, expect, it } from 'vitest';
import { admissionInput, patientInput } from '../../domain/registry/schemas';
import { formFailures, namedFieldErrors, zodRule } from './zod-form';

/** What the rule says of a value: its message, or null when it passes. */
async function check(rule: ReturnType<typeof zodRule>, value: unknown): Promise<string | null> {
  const { validator } = rule as RuleObject;
  try {
    await validator!({} as RuleObject, value, () => undefined);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('zodRule', () => {
  it('says 必填 / Required for a required field left empty, whatever the type zod expected', async () => {
    for (const value of [undefined, null, '', '   ']) {
      expect(await check(zodRule(patientInput.shape.name, 'zh-CN', { required: true }), value)).toBe('必填');
      expect(await check(zodRule(patientInput.shape.mrn, 'en-US', { required: true }), value)).toBe(
        'Required',
      );
    }
    const doctor = zodRule(admissionInput.shape.attendingDoctor, 'zh-CN', { required: true });
    expect(await check(doctor, undefined)).not.toMatch(/无效输入|undefined/);
  });

  it('lets an optional field stay empty and keeps the schema message for a wrong value', async () => {
    const idCard = zodRule(patientInput.shape.idCard, 'zh-CN');
    expect(await check(idCard, '')).toBeNull();
    expect(await check(idCard, undefined)).toBeNull();
    expect(await check(idCard, '110105194912310021')).toBe('身份证号码无效（18 位，校验位不符）');
    expect(await check(zodRule(patientInput.shape.mrn, 'zh-CN', { required: true }), 'ZY 1')).toBe(
      '住院号只能包含字母、数字和连字符，最多 32 位',
    );
    expect(await check(zodRule(patientInput.shape.name, 'zh-CN', { required: true }), '张三')).toBeNull();
  });
});

describe('namedFieldErrors', () => {
  const labels = { name: '姓名', mrn: '住院号' };
  it('names each field in the toast, in the user language', () => {
    const fields = [
      { path: 'name', message: '必填' },
      { path: 'mrn', message: '必填' },
    ];
    expect(namedFieldErrors(fields, labels, 'zh-CN')).toBe('姓名：必填；住院号：必填');
    expect(namedFieldErrors([{ path: 'name', message: 'Required' }], { name: 'Name' }, 'en-US')).toBe(
      'Name: Required',
    );
  });
  it('labels a nested path by its field and an unknown one by its path', () => {
    expect(namedFieldErrors([{ path: 'name.0', message: '必填' }], labels, 'zh-CN')).toBe('姓名：必填');
    expect(namedFieldErrors([{ path: 'other', message: 'x' }], labels, 'zh-CN')).toBe('other：x');
  });
  it('reads antd failed fields', () => {
    expect(formFailures([{ name: ['name'], errors: ['必填'] }])).toEqual([{ path: 'name', message: '必填' }]);
  });
});
