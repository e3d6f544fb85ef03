import {
  FRAMEWORK_FORMAT,
  type FrameworkCapability,
  type FrameworkDocument,
} from './framework-document';

/** A capability with a descriptor for each of three levels. */
export function capabilityOf(code: string, name = code, extra: Partial<FrameworkCapability> = {}) {
  return {
    code,
    name,
    levels: [1, 2, 3].map((level) => ({ level, descriptor: `${name} på nivå ${level}.` })),
    ...extra,
  } satisfies FrameworkCapability;
}

/** A small framework: two areas, three capabilities, a three-step scale. */
export function documentOf(overrides: Partial<FrameworkDocument> = {}): FrameworkDocument {
  return {
    format: FRAMEWORK_FORMAT,
    slug: 'test-ramverk',
    name: 'Testramverk',
    version: 1,
    scale: [
      { level: 1, name: 'Initial' },
      { level: 2, name: 'Upprepbar' },
      { level: 3, name: 'Definierad' },
    ],
    areas: [
      {
        code: 'styrning',
        name: 'Styrning',
        capabilities: [capabilityOf('strategi', 'Strategi'), capabilityOf('portfolj', 'Portfölj')],
      },
      { code: 'drift', name: 'Drift', capabilities: [capabilityOf('overvakning', 'Övervakning')] },
    ],
    ...overrides,
  };
}
