import type { CalendarDay } from '../calendar/calendar';
import {
  computeRealisation,
  findLatest,
  findNextFollowUp,
  isFollowUpOverdue,
  summariseRealisation,
} from '../insight/benefit-realisation';
import { compareByTargetYear, findNextActor, summariseBy } from '../insight/benefit-rollups';
import type { BenefitRegister, BenefitView } from './benefits';

/** The register as stored: benefits with their measurements, the actions, and the needs and units to name. */
export interface BenefitRegisterData {
  benefits: Omit<
    BenefitView,
    'realisation' | 'latestValue' | 'nextFollowUp' | 'overdue' | 'nextActor'
  >[];
  actions: BenefitRegister['actions'];
  needs: BenefitRegister['needs'];
  units: BenefitRegister['units'];
}

/** The register with everything computed for `asOf`: each benefit's realisation and the roll-ups. */
export function buildBenefitRegister(
  data: BenefitRegisterData,
  asOf: CalendarDay,
): BenefitRegister {
  const { today } = asOf;
  const benefits = data.benefits.map((b) => ({
    ...b,
    realisation: computeRealisation(b),
    latestValue: findLatest(b.measurements)?.value ?? null,
    nextFollowUp: findNextFollowUp(b),
    overdue: isFollowUpOverdue(b, today),
    nextActor: findNextActor(
      b,
      data.actions.filter((a) => a.benefitCode === b.code),
      today,
    ),
  }));
  const needTitles = new Map(benefits.map((b) => [b.need.code, b.need.title]));
  return {
    asOf,
    benefits,
    actions: data.actions,
    city: summariseRealisation(benefits, today),
    byBoard: summariseBy(benefits, (b) => b.board, today)
      .map(({ key, summary }) => ({ board: key, summary }))
      .sort((a, b) => a.board.localeCompare(b.board, 'sv')),
    byInvestment: summariseBy(benefits, (b) => b.need.code, today)
      .map(({ key, summary }) => ({ needCode: key, needTitle: needTitles.get(key)!, summary }))
      .sort((a, b) => a.needTitle.localeCompare(b.needTitle, 'sv')),
    byYear: compareByTargetYear(benefits),
    overdue: benefits
      .filter((b) => b.overdue)
      .map((b) => ({
        benefitCode: b.code,
        title: b.title,
        unit: b.unit,
        board: b.board,
        dueDate: b.nextFollowUp,
      }))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    needs: data.needs,
    units: data.units,
  };
}
