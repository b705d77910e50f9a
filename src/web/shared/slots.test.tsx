import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { registerSlot, Slot } from './slots';

describe('extension slots', () => {
  it('renders nothing where nothing is registered', () => {
    expect(renderToStaticMarkup(<Slot name="case-detail.summary" caseId="c1" />)).toBe('');
  });

  it('renders each registered component once, with the slot props and without the slot name', () => {
    const Summary = (props: { caseId: string; caseLabel: string }) => <i>{JSON.stringify(props)}</i>;
    const Other = ({ caseId }: { caseId: string }) => <b>{caseId}</b>;
    registerSlot('patient-chart.case-summary', Summary);
    registerSlot('patient-chart.case-summary', Summary);
    registerSlot('patient-chart.case-summary', Other);
    expect(
      renderToStaticMarkup(<Slot name="patient-chart.case-summary" caseId="c1" caseLabel="VATS" />),
    ).toBe('<i>{&quot;caseId&quot;:&quot;c1&quot;,&quot;caseLabel&quot;:&quot;VATS&quot;}</i><b>c1</b>');
  });
});
