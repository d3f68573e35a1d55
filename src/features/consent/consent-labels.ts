import type { ConsentChannel, ConsentSource, WithdrawalChannel } from '@/shared/contract/consent';

/** How a customer asked staff for a withdrawal, as the dialog and the history name it. */
export const withdrawalChannelLabels: Record<WithdrawalChannel, string> = {
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  letter: 'Letter',
  in_person: 'In person',
};

/** Every channel a consent event can carry (device channels and the ways of asking staff). */
export const consentChannelLabels: Record<ConsentChannel, string> = {
  web: 'Web',
  ios: 'iOS',
  android: 'Android',
  ...withdrawalChannelLabels,
};

export const consentSourceLabels: Record<ConsentSource, string> = {
  registration: 'Registration',
  cookie_banner: 'Cookie banner',
  settings: 'Settings',
  email_link: 'Email link',
  support_request: 'Support request',
  policy_update: 'Policy update',
};
