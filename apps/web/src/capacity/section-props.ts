import type { CapacityValues, FieldErrors, FieldKey } from './capacity-values';

/** What every section of the form gets: the values, their errors and a way to change one input. */
export interface SectionProps {
  values: CapacityValues;
  errors: FieldErrors;
  /** Changes one input; the key says which, so its error can go once it is being corrected. */
  onChange: (key: FieldKey, change: (values: CapacityValues) => CapacityValues) => void;
}
