import { MAX_NEED_YEARS } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { formatFte, formatList } from '../format';
import { formatTkr } from '../format-money';
import { nameUnits } from './register';
import type { NeedFields } from './build-need-fields';
import { parseWhole, type NeedFieldKey, type NeedFormValues } from './need-values';
import type { NeedRegisterData } from './types';

const DASH = '–';

/** Each part of a need in words, as the details and the conflict comparison show it. */
export function describeNeed(t: TFunction, need: NeedFields, register: NeedRegisterData) {
  const completion = need.plannedStart + need.durationYears - 1;
  const capabilityName = (code: string) =>
    register.capabilities.find((c) => c.code === code)?.name ?? code;
  const needTitle = (code: string) => register.needs.find((n) => n.code === code)?.title ?? code;
  const orDash = (items: string[]) => (items.length ? items.join('; ') : DASH);
  return {
    title: need.title,
    description: need.description || DASH,
    ownerUnits: formatList(nameUnits(need.ownerUnits, register.units)),
    capabilities: orDash(
      need.capabilities.map((c) =>
        t('needs.describe.lift', { name: capabilityName(c.capabilityCode), count: c.lift }),
      ),
    ),
    years: `${need.plannedStart}–${completion}`,
    oneOff: orDash(need.oneOffTkr.map((tkr, i) => `${need.plannedStart + i}: ${formatTkr(tkr)}`)),
    operating: t('needs.describe.perYearFrom', {
      amount: formatTkr(need.operatingTkr),
      year: completion + 1,
    }),
    benefit: orDash(
      need.benefitTkr.map((tkr, i) =>
        i === need.benefitTkr.length - 1
          ? t('needs.describe.andLater', { year: completion + 1 + i, amount: formatTkr(tkr) })
          : `${completion + 1 + i}: ${formatTkr(tkr)}`,
      ),
    ),
    fte: orDash(
      need.fte.map((f) =>
        t('needs.describe.fte', {
          area: t(`capacity.area.${f.area}`),
          year: need.plannedStart + f.yearIndex,
          fte: formatFte(f.fte),
        }),
      ),
    ),
    dependsOn: orDash(need.dependsOn.map(needTitle)),
    constraints: orDash(
      need.constraints.map((c) =>
        c.note ? `${t(`needs.constraint.${c.kind}`)}: ${c.note}` : t(`needs.constraint.${c.kind}`),
      ),
    ),
    risk: String(need.risk),
    priority: String(need.priority),
    status: t(`needs.status.${need.status}`),
  };
}

export type NeedDescription = ReturnType<typeof describeNeed>;

/** The parts in the order the form has them, with their labels. */
export const DESCRIBED_PARTS = [
  'title',
  'description',
  'ownerUnits',
  'capabilities',
  'years',
  'oneOff',
  'operating',
  'benefit',
  'fte',
  'dependsOn',
  'constraints',
  'risk',
  'priority',
  'status',
] as const satisfies readonly (keyof NeedDescription)[];

/** A field's name in the error summary, with the row or year it stands in. */
export function labelNeedField(t: TFunction, key: NeedFieldKey, values: NeedFormValues): string {
  const [kind, part, sub] = key.split('.') as [string, string | undefined, string | undefined];
  const start = parseWhole(values.plannedStart, 2020, 2100);
  const duration = parseWhole(values.durationYears, 1, MAX_NEED_YEARS) ?? 1;
  const year = (offset: number) =>
    start === null ? t('needs.field.yearN', { n: offset + 1 }) : String(start + offset);
  switch (kind) {
    case 'capability': {
      const n = values.capabilities.findIndex((c) => c.key === part) + 1;
      const field = sub === 'lift' ? t('needs.field.lift') : t('needs.field.capability');
      return `${t('needs.field.capabilityN', { n })} – ${field}`;
    }
    case 'fte': {
      const n = values.fte.findIndex((f) => f.key === part) + 1;
      const field =
        sub === 'area'
          ? t('needs.field.area')
          : sub === 'year'
            ? t('needs.field.year')
            : t('needs.field.fteValue');
      return `${t('needs.field.fteN', { n })} – ${field}`;
    }
    case 'oneOff':
      return t('needs.field.oneOffYear', { year: year(Number(part)) });
    case 'benefit':
      return t('needs.field.benefitYear', { year: year(duration + Number(part)) });
    case 'constraint':
      return t('needs.field.constraintNote', {
        kind: t(`needs.constraint.${part as 'legal'}`),
      });
    case 'operatingTkr':
      return t('needs.field.operating');
    default:
      return t(`needs.field.${kind as 'title'}`);
  }
}
