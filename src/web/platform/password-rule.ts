// The password policy as live form hints, from the same pure function the server applies; only the
// common-password list stays on the server, which refuses such a password when the form is sent.
import type { Rule } from 'antd/es/form';
import {
  MIN_PASSWORD_LENGTH,
  type PasswordProblem,
  passwordProblems,
} from '../../domain/auth/password-policy';
import type { MessageKey, Translate } from '../shared/i18n';

const PROBLEM_KEYS = {
  too_short: 'password.problem.too_short',
  too_few_classes: 'password.problem.too_few_classes',
  common: 'password.problem.common',
  same_as_username: 'password.problem.same_as_username',
} as const satisfies Record<PasswordProblem, MessageKey>;

/** The rules in one sentence, for the hint under a password field. */
export const passwordRuleText = (t: Translate): string => t('password.rule', { min: MIN_PASSWORD_LENGTH });

/** An antd rule: each broken part of the policy, as the password is typed. */
export const passwordRule = (t: Translate, username: () => string): Rule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    const problems = passwordProblems(value, username());
    if (problems.length > 0)
      throw new Error(problems.map((p) => t(PROBLEM_KEYS[p], { min: MIN_PASSWORD_LENGTH })).join(' '));
  },
});
