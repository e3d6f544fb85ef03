import type { Role } from '@lagesbild/domain';

/** 'public': anyone, signed in or not; otherwise the roles that may call the procedure. */
export type AccessRule = 'public' | readonly Role[];

const everyone: readonly Role[] = ['itd', 'reporter', 'viewer'];

/** What a person whose password ITD has reset may do before choosing a new one: nothing else. */
export const WHILE_PASSWORD_MUST_CHANGE: ReadonlySet<string> = new Set([
  'auth.me',
  'auth.methods',
  'auth.signOut',
  'auth.changePassword',
]);

/** What a person must do first when their role requires a second factor and they have none yet. */
export const WHILE_SECOND_FACTOR_MUST_ENROL: ReadonlySet<string> = new Set([
  'auth.me',
  'auth.methods',
  'auth.signOut',
  'auth.changePassword',
  'secondFactor.status',
  'secondFactor.startEnrolment',
  'secondFactor.confirmEnrolment',
]);

/**
 * The one table of who may call what. A procedure missing here is refused for everyone (deny by
 * default), and a test walks the whole router against this table with every role.
 */
export const ACCESS: Readonly<Record<string, AccessRule>> = {
  'ai.register': everyone,
  'ai.competence': everyone,
  // Reporters for their own unit only; the procedure checks the unit.
  'ai.saveUseCase': ['itd', 'reporter'],
  'ai.saveReachRule': ['itd'],
  'audit.list': ['itd'],
  'auth.me': 'public',
  'auth.methods': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.changePassword': everyone,
  // The second step of a sign-in: the pending sign-in's token says whose.
  'auth.verifySecondFactor': 'public',
  'benefits.register': everyone,
  'benefits.save': ['itd'],
  // Reporters for their own unit's benefits only; the procedure checks the unit.
  'benefits.recordMeasurement': ['itd', 'reporter'],
  'benefits.saveAction': ['itd'],
  'capacity.form': ['reporter'],
  'capacity.save': ['reporter'],
  'capacity.unitForm': ['itd'],
  'factors.register': everyone,
  'factors.save': ['itd'],
  'framework.current': ['itd', 'viewer'],
  'framework.preview': ['itd'],
  'framework.import': ['itd'],
  'maturity.overview': everyone,
  'maturity.capability': everyone,
  'maturity.unit': everyone,
  'calendar.day': everyone,
  'plan.editions': everyone,
  'plan.edition': everyone,
  'plan.create': ['itd'],
  'plan.saveNarrative': ['itd'],
  'plan.publish': ['itd'],
  'plan.strengthNotes': everyone,
  'plan.saveStrengthNote': ['itd'],
  'planning.needs': everyone,
  'planning.saveNeed': ['itd'],
  'planning.proposeNeed': ['reporter'],
  'planning.decideNeed': ['itd'],
  'planning.scenarios': everyone,
  'planning.saveScenario': ['itd'],
  'planning.frame': everyone,
  'planning.saveFrame': ['itd'],
  'planning.capacityBalance': everyone,
  'report.form': ['reporter'],
  'report.save': ['reporter'],
  'report.confirmUnchanged': ['reporter'],
  'report.submit': ['reporter'],
  'report.importApply': ['reporter'],
  'review.form': ['itd'],
  'review.save': ['itd'],
  'review.acceptSelfRatings': ['itd'],
  'review.approve': ['itd'],
  'review.return': ['itd'],
  'rounds.list': everyone,
  'rounds.open': ['itd'],
  'rounds.close': ['itd'],
  'rounds.progress': ['itd'],
  'secondFactor.status': everyone,
  'secondFactor.startEnrolment': everyone,
  'secondFactor.confirmEnrolment': everyone,
  'secondFactor.disable': everyone,
  'users.list': ['itd'],
  'users.create': ['itd'],
  'users.update': ['itd'],
  'users.setDisabled': ['itd'],
  'users.resetPassword': ['itd'],
  'users.resetSecondFactor': ['itd'],
};
