import type { AppRouter } from '@lagesbild/api';
import type { inferRouterOutputs } from '@trpc/server';

/** The register as `benefits.register` delivers it. */
export type BenefitRegisterData = inferRouterOutputs<AppRouter>['benefits']['register'];
export type BenefitData = BenefitRegisterData['benefits'][number];
export type BenefitActionData = BenefitRegisterData['actions'][number];
export type RealisationSummaryData = BenefitRegisterData['city'];
export type ActionOwnerCode = BenefitActionData['owner'];

import type catalogue from '../i18n/benefits.sv.json';

/** A message under `benefits.form.errors`: the form's own checks and the API's domain keys. */
export type BenefitErrorKey = keyof (typeof catalogue)['form']['errors'];
export type PhaseCode = BenefitData['phase'];
