import type { AlertResolution, AlertStatus, AlertType } from '@/shared/contract/alerts';

export const alertTypeLabels: Record<AlertType, string> = {
  phishing_url: 'Phishing URL',
  new_device: 'New device',
  anomalous_login: 'Anomalous sign-in',
  credential_stuffing: 'Credential stuffing',
  account_takeover: 'Account takeover',
  mac_spoofing: 'MAC spoofing',
  user_report: 'Customer report',
};

export const alertStatusLabels: Record<AlertStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  escalated: 'Escalated',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};

export const alertResolutionLabels: Record<AlertResolution, { label: string; hint: string }> = {
  true_positive: {
    label: 'True positive',
    hint: 'It was an attack or a real risk, and it has been dealt with.',
  },
  false_positive: { label: 'False positive', hint: 'The detection was wrong: nothing suspicious happened.' },
  benign: { label: 'Benign', hint: 'It happened, but it was harmless (e.g. the customer on a trip).' },
};

/**
 * "a new alert", "an acknowledged alert", "an escalated alert": a status in a sentence, with the
 * article its label takes (every label that starts with a vowel sound takes "an").
 */
export function alertInState(status: AlertStatus): string {
  const label = alertStatusLabels[status].toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label} alert`;
}
