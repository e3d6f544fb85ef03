import type { PlanNames, PlanUnit, PlanValue } from '../plan-content';
import { aiTexts } from './ai';
import { basisTexts } from './basis';
import { benefitsTexts } from './benefits';
import { capacityTexts } from './capacity';
import { commonTexts } from './common';
import { comparisonTexts } from './comparison';
import { conclusionsTexts } from './conclusions';
import { factorsTexts } from './factors';
import { investmentsTexts } from './investments';
import { statusTexts } from './status';

export const PLAN_LOCALES = ['sv', 'en'] as const;
export type PlanLocale = (typeof PLAN_LOCALES)[number];

const fragments = [
  commonTexts,
  basisTexts,
  comparisonTexts,
  statusTexts,
  capacityTexts,
  investmentsTexts,
  aiTexts,
  benefitsTexts,
  factorsTexts,
  conclusionsTexts,
];

/**
 * The plan's message catalogue, Swedish first: one flat key space shared by the dashboard and the Word file,
 * so both write the same sentence from the same numbers.
 */
export const PLAN_TEXTS: Record<PlanLocale, Readonly<Record<string, string>>> = {
  sv: Object.assign({}, ...fragments.map((f) => f.sv)) as Record<string, string>,
  en: Object.assign({}, ...fragments.map((f) => f.en)) as Record<string, string>,
};

const TAGS: Record<PlanLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A number as the reader writes it: Swedish uses a decimal comma and a space between thousands. */
export function formatPlanNumber(locale: PlanLocale, value: number, fractionDigits = 2): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: fractionDigits }).format(
    value,
  );
}

/**
 * A catalogue text with `{{name}}` filled from `values` (numbers in the reader's format). With a numeric
 * `count` of 1 the `_one` variant is used when there is one. An unknown key is returned as it is, so a gap
 * shows on the page and in the tests rather than as an empty line.
 */
export function formatPlanText(
  locale: PlanLocale,
  key: string,
  values: Readonly<Record<string, PlanValue>> = {},
): string {
  const texts = PLAN_TEXTS[locale];
  const template = (values.count === 1 ? texts[`${key}_one`] : undefined) ?? texts[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatPlanNumber(locale, value);
    return typeof value === 'string' ? value : formatPlanNames(locale, value);
  });
}

/** Names as the reader lists them: "A, B och C", and past the first few "A, B, C och 8 till". */
export function formatPlanNames(locale: PlanLocale, { names, more }: PlanNames): string {
  const items =
    more > 0 ? [...names, formatPlanText(locale, 'common.namesMore', { count: more })] : names;
  return new Intl.ListFormat(TAGS[locale], { type: 'conjunction' }).format(items);
}

/**
 * A table cell in its column's unit: labels are looked up, numbers formatted (a share with its per cent sign;
 * other units are named in the column header), empty stays empty.
 */
export function formatPlanValue(
  locale: PlanLocale,
  value: string | number | null,
  unit: PlanUnit,
): string {
  if (value === null) return '–';
  if (typeof value === 'string') {
    return unit === 'label' ? formatPlanText(locale, `label.${value}`) : value;
  }
  switch (unit) {
    case 'year':
      return String(value);
    case 'change': {
      // A change that rounds to nothing is written 0, not +0 or −0.
      const text = formatPlanNumber(locale, value);
      if (/^[-−]?0$/.test(text)) return '0';
      return value > 0 ? `+${text}` : text;
    }
    case 'count':
    case 'tkr':
      return formatPlanNumber(locale, value, 0);
    case 'percent':
      return `${formatPlanNumber(locale, value, 0)} %`;
    case 'mnkr':
      return formatPlanNumber(locale, value, 1);
    default:
      return formatPlanNumber(locale, value);
  }
}

/**
 * A key figure with its unit written out ("12 500 tkr", "3,5 årsarbetare", "49 %"). A level stands alone: its
 * label names the level ("Median, nivå"), and "2,4 nivå" would not read.
 */
export function formatPlanFigure(locale: PlanLocale, value: number | null, unit: PlanUnit): string {
  const text = formatPlanValue(locale, value, unit);
  if (value === null || unit === 'percent' || unit === 'level') return text;
  const suffix = PLAN_TEXTS[locale][`unit.${unit}`];
  return suffix ? `${text} ${suffix}` : text;
}
