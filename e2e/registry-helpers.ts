// The registry's end-to-end helpers: a case in a free theatre (made when the demo's are taken), a
// theatre walked empty, an antd select picked by typing.
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { dayWithScheduledCases } from './helpers';

/** A scheduled case of the board's day whose theatre is free (入室 not held by the one-patient-per-theatre gate). */
export async function scheduledCaseInFreeRoom(request: APIRequestContext, ids?: string[]) {
  const candidates =
    ids ??
    (
      (await (await request.get(`/api/v1/cases?date=${await dayWithScheduledCases(request)}`)).json())
        .items as {
        id: string;
        status: string;
      }[]
    )
      .filter((c) => c.status === 'scheduled')
      .map((c) => c.id);
  for (const id of candidates) {
    const detail = await (await request.get(`/api/v1/cases/${id}`)).json();
    if (detail.status === 'scheduled' && detail.roomOccupant === null) return detail;
  }
  throw new Error('no scheduled case has a free theatre');
}

/** A scheduled case of the first day that still has one (cancelling needs no free theatre). */
export async function scheduledCase(request: APIRequestContext) {
  const day = await dayWithScheduledCases(request);
  const items = (await (await request.get(`/api/v1/cases?date=${day}`)).json()).items as {
    id: string;
    status: string;
  }[];
  const first = items.find((c) => c.status === 'scheduled')!;
  return await (await request.get(`/api/v1/cases/${first.id}`)).json();
}

/** Moves a case on to 出室, each step now, gates overridden with a reason (an anesthesiologist's request). */
async function walkOut(request: APIRequestContext, caseId: string) {
  const path = ['anesthesia_start', 'surgery_start', 'surgery_end', 'anesthesia_end', 'out_of_room'];
  for (let step = 0; step < path.length; step++) {
    const c = await (await request.get(`/api/v1/cases/${caseId}`)).json();
    const next = path.find((s) => c.allowedTransitions.includes(s));
    if (!next || c.status === 'out_of_room') return;
    const moved = await request.post(`/api/v1/cases/${caseId}/transitions`, {
      data: {
        to: next,
        at: new Date().toISOString(),
        version: c.version,
        override: { reason: '测试：腾空手术间' },
      },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
}

/**
 * A scheduled case in a free theatre: one of the board's, or — when earlier tests have filled the free
 * theatres — a new case for the first patient in the first theatre nobody is in.
 */
export async function caseInFreeRoom(request: APIRequestContext) {
  try {
    return await scheduledCaseInFreeRoom(request);
  } catch {
    const rooms = (await (await request.get('/api/v1/or-rooms')).json()).items as { code: string }[];
    const patient = (await (await request.get('/api/v1/patients?limit=1')).json()).items[0] as { id: string };
    for (const room of rooms) {
      const made = await request.post('/api/v1/cases', {
        data: {
          patientId: patient.id,
          diagnosisCode: 'C34.100',
          diagnosisText: '右肺上叶恶性肿瘤',
          procedureCode: '32.4100',
          procedureText: '胸腔镜下右肺上叶切除术',
          grade: 4,
          approach: 'vats',
          urgency: 'elective',
          plannedAnesthesia: 'general_tube',
          orRoom: room.code,
          scheduledStart: new Date(Date.now() + 3600_000).toISOString(),
          surgeon: '高振华',
          assistants: [],
          anesthesiologists: [],
        },
      });
      expect(made.status()).toBe(201);
      const detail = await (await request.get(`/api/v1/cases/${(await made.json()).id}`)).json();
      if (detail.roomOccupant === null) return detail;
      // Every theatre busy (mid-morning of the demo day): the occupant of this one finishes first — an
      // anesthesiologist walks it out, over its checklists with a reason — and the room is free.
      await walkOut(request, detail.roomOccupant.caseId);
      const freed = await (await request.get(`/api/v1/cases/${detail.id}`)).json();
      if (freed.roomOccupant === null) return freed;
    }
    throw new Error('no theatre could be freed');
  }
}

/** Opens an antd select, types into its search and picks the option that shows `option`. */
export async function pick(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}
