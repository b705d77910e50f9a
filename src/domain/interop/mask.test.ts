import { describe, expect, it } from 'vitest';
import { maskPatientSegments } from './mask';

describe('masking a device message for administrators', () => {
  it('masks every filled field of the identifying segments and keeps the rest', () => {
    const message = [
      'MSH|^~\\&|MINDRAY^00A037^EUI-64||||20261122093400+0800||ORU^R01|M1|P|2.6',
      'PID|1||ZY20260001^^^HIS||张三^^^^^^L||19600501|M|||太原市',
      'NK1|1|李四|SPO',
      'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|77|^MDC_DIM_BEAT_PER_MIN|||||R',
    ].join('\r');
    const masked = maskPatientSegments(message);
    expect(masked).not.toMatch(/张三|ZY20260001|19600501|李四|太原/);
    expect(masked.split('\r')[1]).toBe('PID|1||***||***||***|***|||***');
    expect(masked.split('\r')[2]).toBe('NK1|1|***|***');
    expect(masked.split('\r')[0]).toBe(message.split('\r')[0]);
    expect(masked.split('\r')[3]).toBe(message.split('\r')[3]);
  });

  it('follows the field separator the message declares and keeps its line endings', () => {
    expect(maskPatientSegments('MSH#^~\\&#A\r\nPID#1##ZY1\r\n')).toBe('MSH#^~\\&#A\r\nPID#1##***\r\n');
  });
});
