import type { Area, ScaleStep } from '@lagesbild/domain';
import { DELIVERY_CAPABILITIES } from './capabilities-delivery';
import { GOVERNANCE_CAPABILITIES } from './capabilities-governance';
import type { CapabilitySeed } from './capability-seed';

export const DEMO_FRAMEWORK = { slug: 'lagesbild-2026', name: 'Lägesbildens förmågeramverk 2026' };

export const DEMO_SCALE: ScaleStep[] = [
  { level: 1, name: 'Initial' },
  { level: 2, name: 'Upprepbar' },
  { level: 3, name: 'Definierad' },
  { level: 4, name: 'Styrd' },
  { level: 5, name: 'Optimerad' },
];

/** The areas of the 2026 plan, in the plan's order. */
export const DEMO_AREAS: Area[] = [
  { code: 'informationshantering', name: 'Informationshantering' },
  { code: 'samverkan', name: 'Samverkan' },
  { code: 'digital-sakerhet', name: 'Digital säkerhet' },
  { code: 'ai', name: 'AI' },
  { code: 'it-juridik', name: 'IT-juridik' },
  { code: 'testverksamhet', name: 'Testverksamhet' },
  { code: 'arkitektur-och-integration', name: 'Arkitektur och integration' },
  { code: 'infrastruktur-och-drift', name: 'Infrastruktur och drift' },
  { code: 'digital-kompetens', name: 'Digital kompetens' },
  { code: 'nyttorealisering', name: 'Nyttorealisering' },
];

export const DEMO_CAPABILITIES: CapabilitySeed[] = [
  ...GOVERNANCE_CAPABILITIES,
  ...DELIVERY_CAPABILITIES,
];

/** The capabilities of one area, in content order. */
export function listAreaCapabilities(areaCode: string): CapabilitySeed[] {
  return DEMO_CAPABILITIES.filter((c) => c.area === areaCode);
}

const DESCRIPTOR_TEMPLATES: Record<number, (c: CapabilitySeed) => string> = {
  1: (c) => `${c.subject} sker sporadiskt och beror på enskilda personer.`,
  2: (c) =>
    `${c.subject} sker återkommande i delar av verksamheten, men arbetssätten skiljer sig åt och dokumenteras sällan.`,
  3: (c) => `${c.subject} följer ${c.practice}, med utsedda roller och ansvar.`,
  4: (c) =>
    `${c.subject} följs upp regelbundet med mätetal, till exempel ${c.measure}, och avvikelser åtgärdas.`,
  5: (c) =>
    `${c.subject} förbättras kontinuerligt utifrån mätningar, erfarenheter och omvärldsbevakning.`,
};

/** The level descriptor of one capability at one step of the scale. */
export function describeLevel(capability: CapabilitySeed, level: number): string {
  const template = DESCRIPTOR_TEMPLATES[level];
  if (!template) throw new Error(`no descriptor template for level ${level}`);
  return template(capability);
}
