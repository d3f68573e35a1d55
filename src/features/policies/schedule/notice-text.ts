import { changeCategories, type ChangeCategory, type PolicyVersionSummary } from '@/shared/contract/policies';

/** What customers read about a new version: the site banner and the email. Plain text, never markup. */
export interface NoticeText {
  /** True for a significant change: the notice says so first and is shown prominently. */
  prominent: boolean;
  /** The banner's and the email's first line. */
  headline: string;
  /** The site banner (and in-app message): headline, summary and the kinds of change, short. */
  banner: string;
  emailSubject: string;
  /** The email body, one string per paragraph. */
  emailParagraphs: string[];
}

/** One sentence per kind of change, in words a customer understands. */
const categorySentences: Record<ChangeCategory, string> = {
  purpose_or_use:
    'We will use some of your data for a new purpose or in a new way. Where that needs your permission we ask you first, and nothing changes for you until you agree.',
  control: 'The company responsible for your data is changing.',
  recipients: 'We are changing the main kinds of companies we share data with.',
  user_rights:
    'Your rights over your data, and how you use them, are changing. We will ask you to confirm your choices.',
  security_contact: 'There is a new contact for privacy and security questions.',
  high_risk_assessment:
    'We assessed a use of data that carries a high risk for you, and changed the policy as a result.',
};

/**
 * The notice text customers will see for `version` (its label, summary, significance and change
 * categories), in the project's own words: a significant change says "Important" first and lists
 * each kind of change in plain words; any other update only points to the new version. The
 * summary is the version's own text, passed through as plain text (callers render it as text).
 * Pure; throws nothing.
 */
export function noticeText(
  version: Pick<PolicyVersionSummary, 'label' | 'summary' | 'significant' | 'changeCategories'>,
): NoticeText {
  const summary = version.summary.trim();
  const kinds = changeCategories
    .filter((category) => version.changeCategories.includes(category))
    .map((category) => categorySentences[category]);
  const prominent = version.significant;
  const headline = prominent
    ? `Important: our privacy policy is changing (version ${version.label})`
    : `We have updated our privacy policy (version ${version.label})`;
  const readIt =
    'Read the new policy before it takes effect; you can change your choices at any time in your account.';
  const banner = [headline, summary, prominent ? kinds.join(' ') : '', readIt]
    .filter((part) => part !== '')
    .join(' — ');
  const emailParagraphs = [
    prominent
      ? `We are making important changes to how we handle your personal data. They take effect with version ${version.label} of our privacy policy.`
      : `We have made changes to our privacy policy. They take effect with version ${version.label}.`,
    ...(summary !== '' ? [summary] : []),
    ...(prominent && kinds.length > 0 ? [`What changes for you: ${kinds.join(' ')}`] : []),
    readIt,
  ];
  return {
    prominent,
    headline,
    banner,
    emailSubject: prominent
      ? `Important changes to our privacy policy (version ${version.label})`
      : `Our privacy policy has been updated (version ${version.label})`,
    emailParagraphs,
  };
}
