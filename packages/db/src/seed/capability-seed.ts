/**
 * A capability as content. The descriptors are written from three phrases so that 40 capabilities
 * read naturally without 200 hand-written sentences: `subject` opens every sentence (definite form,
 * capitalised), `practice` is what the defined level follows, `measure` an example metric.
 */
export interface CapabilitySeed {
  area: string;
  code: string;
  name: string;
  description: string;
  subject: string;
  practice: string;
  measure: string;
}
