import type { NoticeContent } from '@/shared/contract/incidents';

/**
 * The words of the seeded incidents' notices, reports and decisions, in the shop's own voice. The
 * privacy policy promises that after a security incident customers hear what happened and its
 * likely impact, what the shop did and will do, how they can protect themselves and what remedies
 * are open to them; each notice below says those five things for one incident template
 * (`alerts/catalog.ts`, same order). Addresses are reserved demo ones only.
 */

/** The contact part every seeded notice ends with. */
export const noticeContact =
  'Questions about this notice: reply to it, write to privacy@digfashions.example, or ask customer service in the app under Help.';

/** One notice per incident template, in the templates' order. */
export const noticeTexts: readonly Omit<NoticeContent, 'contact'>[] = [
  {
    natureAndImpact:
      'Someone tried passwords stolen from other websites on DigFashions sign-in, and got into your account because the same password was used there. While inside they could see your orders and saved delivery addresses.',
    measuresTaken:
      'We signed your account out everywhere, locked it and cancelled the password. Sign-in now slows down anyone who tries many passwords in a row.',
    userSuggestions:
      'Choose a new password that you use for DigFashions only, and change it on any other site where you used the old one. Turn on sign-in codes in your account settings.',
    remedies:
      'Any order placed from your account by someone else is cancelled or refunded in full; tell us which ones and we will put them right.',
  },
  {
    natureAndImpact:
      'Messages made to look like DigFashions refund emails sent people to a copy of our sign-in page. If you typed your password there, the people behind it may have it.',
    measuresTaken:
      'We asked the hosting companies to take the copied pages down, warn about them when you sign in, and reset the password of every account whose owner opened the link.',
    userSuggestions:
      'We never ask for your password by email or text. Open DigFashions by typing the address yourself or through the app, and report any refund message you did not expect.',
    remedies:
      'If an order or a change to your account was made without you, we undo it and refund any charge.',
  },
  {
    natureAndImpact:
      'Someone used a stolen sign-in session to enter your account, changed the delivery address and placed orders paid with your saved card. Your name and home address were visible to them.',
    measuresTaken:
      'We held the orders before they shipped, ended every session on your account and now confirm a new delivery address by email before it is used.',
    userSuggestions:
      'Run a security scan on the computers you shop from, sign in again with a new password, and check your card statement for payments you do not recognise.',
    remedies:
      'The held orders are cancelled and every charge is refunded. If your bank charged you a fee because of this, we pay it back.',
  },
  {
    natureAndImpact:
      'Some devices on our in-store Wi-Fi pretended to be others, which made it unclear which customer was signed in from them. No order, payment or contact detail was shown to anyone.',
    measuresTaken: 'The in-store Wi-Fi no longer trusts a device by its hardware address alone.',
    userSuggestions:
      'Nothing is needed from you. If the app asks you to sign in again in a store, that is expected.',
    remedies:
      'None are needed; if you notice anything unusual in your account, tell us and we will look at it first.',
  },
  {
    natureAndImpact:
      'Orders appeared on your account that you did not place. Whoever placed them could see your order history and the delivery addresses you saved.',
    measuresTaken:
      'We refunded the orders, locked the account until its password is changed, and are still looking into how the orders were placed.',
    userSuggestions:
      'Set a new password when you next sign in and check the saved addresses and cards in your account; remove anything you do not recognise.',
    remedies: 'Every order you did not place is refunded in full, including delivery costs.',
  },
  {
    natureAndImpact:
      'A program running from a cloud hosting network opened customer accounts, yours among them, using sign-in sessions bought from criminals. It read your contact details and order history.',
    measuresTaken:
      'We ended those sessions, blocked the hosting network from signing in and now ask for a sign-in code when an account is opened from an unusual network.',
    userSuggestions:
      'Sign out of DigFashions on devices you no longer use and choose a new password. Be careful with messages that quote your past orders: they may come from whoever read them.',
    remedies: 'If anything was bought or changed in your account without you, we reverse it and refund you.',
  },
];

/** Why a public announcement instead of individual notices (a seeded public notice's `publicReason`). */
export const publicReasons = [
  'Most of the affected accounts were created as guest checkouts and hold no email, phone or postal address we could use.',
  'The affected customers cannot be told apart from the others in the logs, so no individual list exists.',
] as const;

/** Why a seeded batch stopped as a whole (`failureDetail`). */
export const batchFailureDetails = [
  'The mail provider refused the rest of the batch: the daily sending limit of the account was reached.',
  'The letter printing service rejected the batch file because the postal code column was malformed.',
  'The push service refused the credentials of the app: they had expired, so no further messages went out.',
] as const;

/** Why a seeded report was filed after the 72-hour deadline (`lateReason`). */
export const lateReasons = [
  'The number of affected accounts was only known once the order archive had been restored from backup, four days after the first alert; we reported as soon as the scope was clear.',
] as const;

/** Why a seeded incident is not reported to the regulator (`regulatorDecision.reason`). */
export const decisionReasons = [
  'Only device identifiers were involved; no customer could be singled out and no personal data was read, so the incident is unlikely to put anyone at risk.',
  'The attempt was stopped before any account was entered; no personal data was exposed.',
] as const;

/** The authority seeded reports are filed with. */
export const regulatorAuthority = 'Data Protection Authority';
