// Waveform arrays (OBX-2 = NA) are kept apart from the numerics when MLLP_WAVEFORMS=store, with
// their sample rate and INOP samples as gaps; alarms (ORU^R40) are stored as the device sent them.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { rows } from '../../db/rows';
import { devices } from '../../db/schema';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
const EUI = '00A0370000000C03';
const seg = (...l: string[]) => l.join('\r');

beforeAll(async () => {
  t = await createTestApp({ MLLP_WAVEFORMS: 'store' });
  await t.database.db.insert(devices).values({
    id: newId(),
    vendor: 'mindray',
    model: 'N17',
    identifier: EUI,
    placeKind: 'or_room',
    placeCode: 'OR-01',
  });
});
afterAll(async () => t.close());

describe('waveforms and alarms', () => {
  it('stores a waveform apart from the numerics, once', async () => {
    const msg = seg(
      `MSH|^~\\&|MINDRAY_^${EUI}^EUI-64||||20261122093000000+0800||ORU^R01|W1|P|2.6`,
      'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|72|^MDC_DIM_BEAT_PER_MIN|||||R|||20261122093000+0800',
      'OBX|2|NA|150452^MDC_PULS_OXIM_PLETH^MDC|1.7.6.131329.1|10^20^32767^40||||||R|||20261122093000+0800',
      'OBX|3|NM|0^MDC_ATTR_SAMP_RATE^MDC|1.7.6.131329.2|60|||||||R',
    );
    for (let i = 0; i < 2; i++) {
      const r = await t.app.ctx.ingestor.submit({
        text: msg,
        remoteAddress: '127.0.0.1',
        receivedAt: new Date(),
      });
      expect(r.outcome).toBe('stored');
    }
    const w = await rows<{ code: string; samples: (number | null)[]; sample_rate: number }>(
      t.database.db,
      sql`select code, samples, sample_rate from waveforms`,
    );
    expect(w).toEqual([{ code: '150452', samples: [10, 20, null, 40], sample_rate: 60 }]);
    const n = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observations`);
    expect(n[0]!.n).toBe(1);
  });

  it('stores device alarms from ORU^R40', async () => {
    const r = await t.app.ctx.ingestor.submit({
      text: seg(
        `MSH|^~\\&|MINDRAY_^${EUI}^EUI-64||||20261122093100+0800||ORU^R40|A1|P|2.6`,
        'OBX|1|ST|196616^MDC_EVT_HI^MDC|1.13.1.1|HR 142 > 120||||||R|||20261122093100+0800',
      ),
      remoteAddress: '127.0.0.1',
      receivedAt: new Date(),
    });
    expect(r.outcome).toBe('stored');
    const a = await rows<{ code: string; text: string }>(
      t.database.db,
      sql`select code, text from device_alarms`,
    );
    expect(a).toEqual([{ code: 'MDC_EVT_HI', text: 'HR 142 > 120' }]);
  });
});
