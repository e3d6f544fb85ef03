import {
  compareByTargetYear,
  computeRealisation,
  findLatest,
  findNextActor,
  findNextFollowUp,
  isFollowUpOverdue,
  summariseBy,
  summariseRealisation,
  type BenefitRegister,
} from '@lagesbild/domain';
import type { listBenefits } from '@lagesbild/db/repositories';

type Stored = Awaited<ReturnType<typeof listBenefits>>;

/** The register with everything computed for `today`: each benefit's realisation and the roll-ups. */
export function buildBenefitRegister(stored: Stored, today: string): BenefitRegister {
  const benefits = stored.benefits.map((b) => ({
    ...b,
    realisation: computeRealisation(b),
    latestValue: findLatest(b.measurements)?.value ?? null,
    nextFollowUp: findNextFollowUp(b),
    overdue: isFollowUpOverdue(b, today),
    nextActor: findNextActor(
      b,
      stored.actions.filter((a) => a.benefitCode === b.code),
      today,
    ),
  }));
  const needTitles = new Map(benefits.map((b) => [b.need.code, b.need.title]));
  return {
    today,
    benefits,
    actions: stored.actions,
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
    needs: stored.needs,
    units: stored.units,
  };
}
