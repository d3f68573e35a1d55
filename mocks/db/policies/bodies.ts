import { policyVersions } from '../policy-versions';

/**
 * The Markdown body of each seeded policy version, in the project's own words, modelled on the
 * sections of a shop's privacy policy: what we collect and why, cookies and pixels, marketing
 * email, sharing / transfer / public disclosure and when we do not ask first, protection, storage
 * and retention, your choices, updates, contact. Each section lists its wordings with the version
 * that introduced them; a version's body takes, per section, the latest wording up to it, so each
 * version is a realistic change of the one before and a diff shows exactly what it changed. The
 * three versions of the pipeline (2026.4 approved, 2026.5 in review, 2026.6 draft) are each based
 * on 2026.3 and see only their own changes. Plain strings: loading costs a parse and nothing else.
 */

const pipeline: Record<string, { title: string; summary: string }> = {
  '2026.4': {
    title: 'Recommendations that include in-store purchases',
    summary: 'Personalized recommendations may also use what you bought in our stores; we ask again.',
  },
  '2026.5': {
    title: 'New data protection contact and complaint form',
    summary: 'Names the new data protection officer and adds an online form for privacy complaints.',
  },
  '2026.6': {
    title: 'Search history kept for six months',
    summary:
      'Search history is kept for six months instead of twelve, and you can download your data yourself.',
  },
};

/** Title and summary of the seeded versions that are not published yet (approved, in review, draft). */
export const pipelineVersions = pipeline;

type Wordings = readonly (readonly [since: string, text: string])[];

interface Section {
  heading: string;
  /** Paragraphs (or lists), each with its wordings; `''` as a wording removes the paragraph. */
  parts: readonly Wordings[];
}

const sections: readonly Section[] = [
  {
    heading: 'About this policy',
    parts: [
      [
        [
          '2020.4',
          'This policy explains how DigFashions handles the personal information of people who shop with us online, through our apps or with a customer account. It says what we gather, what we use it for, who else sees it, how long we keep it and what you can do about it. Where we need your permission, we ask for it separately and you can change your answer at any time.',
        ],
        [
          '2023.2',
          'This policy explains how DigFashions handles the personal information of people who shop with us online, through our apps or with a customer account, and how the other fashion companies of the DigFashions group handle it when you use one account in their shops. It says what we gather, what we use it for, who else sees it, how long we keep it and what you can do about it. Where we need your permission, we ask for it separately and you can change your answer at any time.',
        ],
      ],
      [
        [
          '2020.4',
          'Some words we use: *personal information* is anything that identifies you or could be linked to you; *processing* is anything we do with it, from storing to deleting; *consent* is a clear yes you give us for one purpose, which you can take back as easily as you gave it.',
        ],
      ],
    ],
  },
  {
    heading: 'What we collect and why',
    parts: [
      [
        [
          '2020.4',
          '**Your account.** To open an account we need your name, an email address and a password; a phone number is optional and helps us reach you about a delivery. Without these we cannot keep your orders, addresses and returns together in one place.',
        ],
      ],
      [
        [
          '2020.4',
          '**Browsing the shop.** When you look at products we record which pages you open, what you search for and which device and browser you use. We need this to show you the pages at all, to keep prices and stock up to date and to find faults.',
        ],
      ],
      [
        [
          '2020.4',
          '**Orders and payment.** For an order we use the items, the delivery and billing addresses, the payment method you chose and the messages about it. The payment itself is handled by a payment provider; we see only whether it succeeded and the last digits of a card.',
        ],
      ],
      [
        [
          '2020.4',
          '**Keeping accounts safe.** We look at sign-in times, the addresses and devices used and unusual patterns, such as many failed passwords, to stop other people from taking over your account or ordering in your name.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2021.3',
          '**Recommendations, if you want them.** With your permission we use the products you view, search for and order to suggest items and sizes that suit you. Without it, everyone sees the same suggestions. You can switch this off in your privacy settings.',
        ],
        [
          '2026.4',
          '**Recommendations, if you want them.** With your permission we use the products you view, search for and order online, and the purchases you make in our stores with your account card, to suggest items and sizes that suit you. Because store purchases are new to this purpose, we ask everyone who said yes before to confirm it; until you do, we keep using online activity only. Without your permission, everyone sees the same suggestions.',
        ],
      ],
      [
        [
          '2020.4',
          '**Talking to customer service.** When you write, call or chat with us we keep the conversation with your account, so the next person who helps you knows what was said. Calls are not recorded unless we tell you at the start and you agree.',
        ],
      ],
      [
        [
          '2020.4',
          '**Reviews and photos you post.** A product review shows the first name and initial you choose and, if you add one, your photo. Other shoppers can read it; you can edit or delete it in your account.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2025.4',
          '**Fit and same-day delivery.** Body measurements you enter for a fit profile and the precise location of your phone during a same-day delivery are sensitive. We use them only if you give a separate, explicit yes, and only for the size advice or the delivery you asked for.',
        ],
      ],
    ],
  },
  {
    heading: 'Cookies, pixels and similar tools',
    parts: [
      [
        [
          '2020.4',
          '**Essential cookies** keep you signed in, remember your basket and protect the checkout. The shop does not work without them, so they cannot be switched off.',
        ],
      ],
      [
        [
          '2020.4',
          '**Analytics cookies** count which pages are opened and how long they take to load. We only set them with your permission and use the totals to find slow or confusing pages.',
        ],
        [
          '2026.3',
          '**Analytics cookies** count which pages are opened and how long they take to load and, since this version, record where you click and how far you scroll, with everything you type blanked out before it leaves your device. We only set them with your permission. Because the recordings are new, we ask again everyone who allowed analytics before; if you do not answer within 30 days, your earlier yes lapses.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2022.2',
          '**Pixel tags and tracked links** in our emails tell us whether an email was opened and which links were followed. They are off unless you allow them; the emails arrive either way.',
        ],
      ],
      [
        [
          '2020.4',
          'You can change every optional choice in your privacy settings or through the cookie banner, which you can reopen from the footer of every page.',
        ],
      ],
    ],
  },
  {
    heading: 'Marketing email',
    parts: [
      [
        [
          '2020.4',
          'We send newsletters, sale dates and restock alerts only if you tick the box for them. Every marketing email has a link that stops them with one click.',
        ],
        [
          '2025.2',
          'We send newsletters, sale dates, restock alerts and offers on partner brands sold in our shop only if you say yes, and never more than two a week. Because the offers on partner brands widened the purpose, we asked everyone again. Every marketing email has a link that stops them with one click.',
        ],
      ],
    ],
  },
  {
    heading: 'Sharing, transfer and public disclosure',
    parts: [
      [
        [
          '2020.4',
          '**Sharing.** We do not sell your personal information. We give it to others only as this section describes: service providers who work for us under contract (such as couriers and payment providers), each receiving only what its job needs.',
        ],
        [
          '2024.3',
          '**Sharing.** We do not sell your personal information. Service providers who work for us under contract (couriers, payment providers) receive what an order needs. Beyond that we share only with your permission, and only what each purpose below needs.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2023.2',
          '**Group companies.** If you agree, the other fashion companies of the DigFashions group receive your account and order details so that one account works in all our shops, suggestions fit and misuse is spotted sooner.',
        ],
        [
          '2026.1',
          '**Group companies.** If you agree, the other fashion companies of the DigFashions group receive your account and order details so that one account works in all our shops, suggestions fit and misuse is spotted sooner. Some of them are in other countries; see *Transfers abroad*.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2024.3',
          '**Authorized partners.** With your agreement, partners we have checked — delivery firms, payment providers, customer-service and analytics specialists — receive the smallest set of details each job needs. A data processing agreement binds each of them to use it for that job only, to keep it safe and to delete it afterwards.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2025.4',
          '**Sensitive information.** Your measurements go to our fit partner and your live location to the courier of a same-day delivery only with your separate consent, and never to anyone else.',
        ],
      ],
      [
        ['2020.4', ''],
        [
          '2026.1',
          '**Transfers abroad.** When a group company or partner works from another country, the transfer is covered by safeguards the law recognises, such as standard contractual clauses or a decision that the country protects data adequately. You may ask us for a copy of the safeguard that applies.',
        ],
      ],
      [
        [
          '2020.4',
          '**If the business changes hands.** Should DigFashions merge with or be bought by another company, your information may pass to it. We will tell you beforehand, and the new owner must keep this policy or ask for your consent again.',
        ],
      ],
      [
        [
          '2020.4',
          '**Public disclosure.** We publish personal information only when you asked us to, or when the law requires it, and then we say so openly.',
        ],
      ],
    ],
  },
  {
    heading: 'When we do not ask first',
    parts: [
      [
        [
          '2020.4',
          'The law allows some sharing without asking you. We rely on it only in these cases, and record each one in our disclosures log:\n\n- when a law or a court, prosecutor or other authority requires it, for example in a criminal investigation;\n- to protect life, health or property when you cannot be asked in time;\n- for public safety or health, or a serious public interest;\n- when you made the information public yourself, or it comes from a lawful public source such as a news report;\n- when it is needed to sign or carry out a contract you asked for;\n- to keep our services secure, for example to stop fraud.',
        ],
      ],
    ],
  },
  {
    heading: 'Children',
    parts: [
      [
        [
          '2020.4',
          'Our shop is meant for adults. You need to be at least 16 to open an account. If we learn that an account belongs to a younger child, we close it and delete its information, unless a parent or guardian has agreed and the law allows it.',
        ],
      ],
    ],
  },
  {
    heading: 'How we protect your information',
    parts: [
      [
        [
          '2020.4',
          'Everything between your device and our servers travels encrypted. Stored data is encrypted, access is limited to the staff who need it for their job, every access to customer details is logged, and staff are trained on privacy every year.',
        ],
      ],
      [
        [
          '2020.4',
          'We test our systems regularly, including with outside specialists who try to break in, fix what they find and keep the results under review. Our service providers must meet the same standards, and we check that they do.',
        ],
      ],
      [
        [
          '2020.4',
          'Please help us: choose a strong password used nowhere else, and contact us at once if you think someone else has used your account.',
        ],
      ],
      [
        [
          '2020.4',
          'If a security incident affects your information, we will tell you what happened, what it may mean for you, what we have done and what you can do, by email, letter, phone or in the app, and publicly if we cannot reach everyone. We report incidents to the regulator as the law requires.',
        ],
        [
          '2025.4',
          'If a security incident affects your information, we will tell you what happened, what it may mean for you, what we have done and what you can do, by email, letter, phone or in the app, and publicly if we cannot reach everyone. We report incidents to the regulator within 72 hours of becoming aware of them. Before any new processing of sensitive information we assess its risks and keep the assessment on file.',
        ],
      ],
    ],
  },
  {
    heading: 'How long we keep it',
    parts: [
      [
        [
          '2020.4',
          'We keep your account while it is open. Orders and invoices are kept as long as tax and commercial law require. Your browsing and search history is kept for twelve months, sign-in records for twelve months, and consent records for as long as we rely on the consent plus three years.',
        ],
        [
          '2026.6',
          'We keep your account while it is open. Orders and invoices are kept as long as tax and commercial law require. Your search history is now kept for six months and your browsing history for twelve, sign-in records for twelve months, and consent records for as long as we rely on the consent plus three years.',
        ],
      ],
      [
        [
          '2020.4',
          'When a period ends, we delete the information or make it anonymous so it can no longer be linked to you. If we stop offering a service, we stop collecting for it, tell you, and delete or anonymize what we hold.',
        ],
      ],
    ],
  },
  {
    heading: 'Your choices and rights',
    parts: [
      [
        [
          '2020.4',
          'You can see and correct your details in your account, ask us for a copy of what we hold, ask us to delete it, object to a use, and withdraw any consent. Withdrawing does not affect what we did before.',
        ],
        [
          '2025.2',
          'You can see and correct your details in your account, ask us for a copy of what we hold, ask us to delete it, object to a use, and withdraw any consent — in the privacy settings, through the link in an email, or by asking customer service, who record it for you. Withdrawing does not affect what we did before. We answer every request within 15 days.',
        ],
        [
          '2026.6',
          'You can see and correct your details in your account, download a copy of what we hold yourself from the privacy settings, ask us to delete it, object to a use, and withdraw any consent — in the privacy settings, through the link in an email, or by asking customer service, who record it for you. Withdrawing does not affect what we did before. We answer every request within 15 days.',
        ],
      ],
    ],
  },
  {
    heading: 'Changes to this policy',
    parts: [
      [
        [
          '2020.4',
          'We update this policy when our services change. We never reduce your rights under it without your consent. Each new version is published here before it takes effect.',
        ],
      ],
      [
        [
          '2020.4',
          'For a significant change — a new purpose or use of your information, a change to how you control it, to who mainly receives it, to your rights, to our security contact, or after a high-risk assessment — we tell you prominently: by email or text message and with a notice on the site, at least seven days before it takes effect. A new use of your information starts only after you say yes to it.',
        ],
      ],
    ],
  },
  {
    heading: 'Contact',
    parts: [
      [
        [
          '2020.4',
          'Questions, requests and complaints about privacy: write to privacy@digfashions.example or to DigFashions, Privacy Team, Modeweg 12, 20095 Hamburg. You may also complain to your data protection authority.',
        ],
        [
          '2024.1',
          'Our data protection officer, Sofia Marques, is responsible for personal information at DigFashions. Write to dpo@digfashions.example or to DigFashions, Data Protection Officer, Hafenstraße 3, 20457 Hamburg. You may also complain to your data protection authority.',
        ],
        [
          '2026.5',
          'Our data protection officer, Sofia Marques, and her deputy, Tomasz Wójcik, are responsible for personal information at DigFashions. Write to dpo@digfashions.example, use the privacy complaint form in your account, or write to DigFashions, Data Protection Officer, Speicherallee 8, 20457 Hamburg. We confirm every complaint within two working days. You may also complain to your data protection authority.',
        ],
      ],
    ],
  },
];

const publishedOrder = policyVersions.map((version) => version.label);

/** Whether a wording `since` belongs to version `label`: up to it in the published line, or its own. */
function applies(since: string, label: string): boolean {
  if (since === label) return true;
  const sinceAt = publishedOrder.indexOf(since);
  if (sinceAt < 0) return false;
  const labelAt = publishedOrder.indexOf(label);
  // A version of the pipeline is based on the version in force (the last published one).
  return labelAt < 0 ? true : sinceAt <= labelAt;
}

function wordingFor(wordings: Wordings, label: string): string {
  let text = '';
  for (const [since, wording] of wordings) if (applies(since, label)) text = wording;
  return text;
}

/** The Markdown body of the seeded version `label` (a published one or one of the pipeline). Throws for another label. */
export function policyBody(label: string): string {
  if (!publishedOrder.includes(label) && !(label in pipeline))
    throw new Error(`policy bodies: no version ${label}`);
  const out = ['# DigFashions privacy policy'];
  sections.forEach((section, index) => {
    const parts = section.parts.map((part) => wordingFor(part, label)).filter((text) => text !== '');
    if (parts.length === 0) return;
    out.push(`## ${String(index + 1)}. ${section.heading}`, ...parts);
  });
  return `${out.join('\n\n')}\n`;
}
