import type { TFunction } from 'i18next';
import type { AuditEntry } from './query';

const ACTION_KEYS = {
  'auth.signIn': 'audit.actions.signIn',
  'auth.signOut': 'audit.actions.signOut',
  'auth.changePassword': 'audit.actions.changePassword',
  'users.resetPassword': 'audit.actions.resetPassword',
  'auth.verifySecondFactor': 'audit.actions.verifySecondFactor',
  'secondFactor.startEnrolment': 'audit.actions.startSecondFactor',
  'secondFactor.enable': 'audit.actions.enableSecondFactor',
  'secondFactor.disable': 'audit.actions.disableSecondFactor',
  'users.resetSecondFactor': 'audit.actions.resetSecondFactor',
  'request.refused': 'audit.actions.requestRefused',
} as const;

type KnownAction = keyof typeof ACTION_KEYS;

function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(ACTION_KEYS, action);
}

/** An action in words for the filter: a known one by name, any other as its procedure path. */
export function describeActionOption(t: TFunction, action: string): string {
  return isKnownAction(action) ? t(ACTION_KEYS[action]) : action;
}

/** An entry's action in words; a refused call names the procedure it tried. */
export function describeAction(
  t: TFunction,
  entry: Pick<AuditEntry, 'action' | 'outcome'>,
): string {
  if (isKnownAction(entry.action)) return t(ACTION_KEYS[entry.action]);
  if (entry.outcome === 'denied') return t('audit.deniedAction', { path: entry.action });
  return entry.action;
}

const REASON_KEYS: Record<string, ReasonKey> = {
  'wrong password': 'wrongPassword',
  'unknown account': 'unknownAccount',
  disabled: 'disabled',
  locked: 'locked',
  crossSite: 'crossSite',
  contentType: 'contentType',
  batchSize: 'batchSize',
  signInLimit: 'signInLimit',
  callBudget: 'callBudget',
  unauthenticated: 'unauthenticated',
  'wrong code': 'wrongCode',
  'replayed code': 'replayedCode',
  'wrong recovery code': 'wrongRecoveryCode',
  'no pending sign-in': 'noPendingSignIn',
  'not enrolled': 'notEnrolled',
};

type ReasonKey =
  | 'wrongPassword'
  | 'unknownAccount'
  | 'disabled'
  | 'locked'
  | 'crossSite'
  | 'contentType'
  | 'batchSize'
  | 'signInLimit'
  | 'callBudget'
  | 'unauthenticated'
  | 'wrongCode'
  | 'replayedCode'
  | 'wrongRecoveryCode'
  | 'noPendingSignIn'
  | 'notEnrolled';

const ROLES = new Set(['itd', 'reporter', 'viewer']);

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The summary as a short line: a failed sign-in's reason, a refused user's role, and anything else
 * as "key: value" so nothing the log holds is hidden.
 */
export function describeDetail(
  t: TFunction,
  entry: Pick<AuditEntry, 'summary' | 'entityType' | 'entityKey'>,
): string {
  const parts: string[] = [];
  if (entry.entityType) parts.push([entry.entityType, entry.entityKey].filter(Boolean).join(' '));
  for (const [key, value] of Object.entries(entry.summary ?? {})) {
    const reason = key === 'reason' && typeof value === 'string' ? REASON_KEYS[value] : undefined;
    if (reason) parts.push(t(`audit.reason.${reason}`));
    else if (key === 'secondFactor' && value === 'required') {
      parts.push(t('audit.secondFactorRequired'));
    } else if (key === 'method' && (value === 'totp' || value === 'recoveryCode')) {
      parts.push(t(`audit.method.${value}`));
    } else if (key === 'role' && typeof value === 'string' && ROLES.has(value)) {
      parts.push(
        t('audit.role', { role: t(`auth.role.${value as 'itd' | 'reporter' | 'viewer'}`) }),
      );
    } else parts.push(`${key}: ${describeValue(value)}`);
  }
  return parts.join('; ');
}
