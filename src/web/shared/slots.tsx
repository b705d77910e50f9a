// Extension slots (as in OpenMRS O3): a page leaves a named place, the app shell decides which other
// capability's component fills it, so the page never imports that capability.
import { type ComponentType, Fragment, Suspense } from 'react';

/** Every slot with the props its components receive. */
export type SlotProps = {
  /** Beside a case's details (registry's case page). */
  'case-detail.summary': { caseId: string };
  /** On a patient's chart, for the patient's latest case that has not been cancelled. */
  'patient-chart.case-summary': { caseId: string; caseLabel: string };
  /** Beside a case's post-operative observations (monitoring's observations page). */
  'case-observations.side': { caseId: string };
};
export type SlotName = keyof SlotProps;

type Registry = { [N in SlotName]?: ComponentType<SlotProps[N]>[] };
const registry: Registry = {};

/** Adds a component to a slot; a lazy component loads when the slot first shows. */
export function registerSlot<N extends SlotName>(name: N, component: ComponentType<SlotProps[N]>): void {
  const list: ComponentType<SlotProps[N]>[] = registry[name] ?? [];
  if (!list.includes(component)) list.push(component);
  (registry as Record<N, ComponentType<SlotProps[N]>[]>)[name] = list;
}

/** Renders what is registered for the slot (nothing when nothing is). */
export function Slot<N extends SlotName>({ name, ...props }: { name: N } & SlotProps[N]) {
  const components: ComponentType<SlotProps[N]>[] = registry[name] ?? [];
  // What is left of `{ name } & SlotProps[N]` without the name: TypeScript cannot see that for a generic N.
  const own = props as unknown as SlotProps[N];
  return (
    <Suspense fallback={null}>
      {components.map((Component, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a slot's list only grows at start-up
        <Fragment key={i}>
          <Component {...own} />
        </Fragment>
      ))}
    </Suspense>
  );
}
