import type { RouterOutputs } from '@lagesbild/api';

/** The register as `benefits.register` delivers it. */
export type BenefitRegisterData = RouterOutputs['benefits']['register'];
export type BenefitData = BenefitRegisterData['benefits'][number];
export type BenefitActionData = BenefitRegisterData['actions'][number];
export type RealisationSummaryData = BenefitRegisterData['city'];
export type ActionOwnerCode = BenefitActionData['owner'];

import type catalogue from '../i18n/benefits.sv.json';

/** A message under `benefits.form.errors`: the form's own checks and the API's domain keys. */
export type BenefitErrorKey = keyof (typeof catalogue)['form']['errors'];
export type PhaseCode = BenefitData['phase'];
