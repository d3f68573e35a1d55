import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  createNoticeRequestSchema,
  incidentNoticeChannels,
  type CreateNoticeRequest,
  type IncidentNoticeChannel,
  type NoticeAudience,
  type NoticeContent,
  type NoticeDraft,
  type PatchNoticeRequest,
} from '@/shared/contract/incidents';
import { parseAccountIds } from '@/shared/lib/account-ids';

// The notice form's values and how they become the contract's create and patch bodies.

/** What the notice form holds: the account ids as pasted text, everything else as the API has it. */
export interface NoticeFormValues {
  audience: NoticeAudience;
  /** Account ids as pasted: separated by spaces, commas, semicolons or line breaks. */
  accountIdsText: string;
  channels: IncidentNoticeChannel[];
  content: NoticeContent;
  publicReason: string;
}

const emptyContent: NoticeContent = {
  natureAndImpact: '',
  measuresTaken: '',
  userSuggestions: '',
  remedies: '',
  contact: '',
};

/** The form's start: a new notice (all affected, by email) or the draft being edited. */
export function noticeFormValues(notice?: NoticeDraft): NoticeFormValues {
  if (!notice) {
    return {
      audience: 'all_affected',
      accountIdsText: '',
      channels: ['email'],
      content: emptyContent,
      publicReason: '',
    };
  }
  return {
    audience: notice.audience,
    accountIdsText: (notice.accountIds ?? []).join('\n'),
    channels: [...notice.channels],
    content: { ...notice.content },
    publicReason: notice.publicReason ?? '',
  };
}

/** Whether the values announce publicly (a public audience or the public-announcement channel). */
export function announcesPublicly(values: Pick<NoticeFormValues, 'audience' | 'channels'>): boolean {
  return values.audience === 'public' || values.channels.includes('public_announcement');
}

/**
 * The create body the values make (`POST …/notices`): account ids only for the named-accounts
 * audience, the public reason only when announcing publicly, the channels in the contract's order,
 * the parts trimmed (as the API stores them).
 */
export function toCreateRequest(values: NoticeFormValues): CreateNoticeRequest {
  const publicReason = values.publicReason.trim();
  return {
    audience: values.audience,
    ...(values.audience === 'account_ids' ? { accountIds: parseAccountIds(values.accountIdsText).ids } : {}),
    channels: incidentNoticeChannels.filter((channel) => values.channels.includes(channel)),
    content: {
      natureAndImpact: values.content.natureAndImpact.trim(),
      measuresTaken: values.content.measuresTaken.trim(),
      userSuggestions: values.content.userSuggestions.trim(),
      remedies: values.content.remedies.trim(),
      contact: values.content.contact.trim(),
    },
    ...(announcesPublicly(values) && publicReason !== '' ? { publicReason } : {}),
  };
}

/**
 * The patch body (`PATCH …/notices/{id}`): the whole draft as the form holds it, the public reason
 * cleared (`''`) when the draft no longer announces publicly.
 */
export function toPatchRequest(values: NoticeFormValues): PatchNoticeRequest {
  const body = toCreateRequest(values);
  return { ...body, publicReason: body.publicReason ?? '' };
}

type FieldName =
  'audience' | 'accountIdsText' | 'channels' | 'publicReason' | `content.${keyof NoticeContent}`;

/** The form field an API field path names (`accountIds` → the pasted text). */
export function formFieldOfApiPath(path: string): FieldName | undefined {
  if (path === 'accountIds' || path.startsWith('accountIds.')) return 'accountIdsText';
  if (path === 'audience' || path === 'channels' || path === 'publicReason') return path;
  if (path.startsWith('channels.')) return 'channels';
  const match = /^content\.(natureAndImpact|measuresTaken|userSuggestions|remedies|contact)$/.exec(path);
  return match?.[1] ? (`content.${match[1]}` as FieldName) : undefined;
}

/**
 * The form's errors for `values`, by the contract (`createNoticeRequestSchema`: channels ≥ 1, the
 * audience rules, the lengths of the reason and the parts) plus pasted text that is not an account id. Parts may stay
 * empty in a draft: what is still missing before approval is shown beside them, not refused.
 * Returns `{}` when the API should take the draft.
 */
export function noticeFormErrors(values: NoticeFormValues): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const parsed = createNoticeRequestSchema.safeParse(toCreateRequest(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOfApiPath(issue.path.map(String).join('.')) ?? 'audience';
      errors[field] ??= issue.message;
    }
  }
  if (values.audience === 'account_ids') {
    const { malformed } = parseAccountIds(values.accountIdsText);
    if (malformed.length > 0) {
      errors.accountIdsText = `Not account ids (they start with acc_): ${malformed.slice(0, 5).join(', ')}${
        malformed.length > 5 ? ` and ${String(malformed.length - 5)} more` : ''
      }`;
    }
  }
  return errors;
}

/** react-hook-form's resolver over `noticeFormErrors`. */
export const noticeFormResolver: Resolver<NoticeFormValues> = (values) => {
  const messages = noticeFormErrors(values);
  const errors: Record<string, unknown> = {};
  for (const [field, message] of Object.entries(messages)) {
    const [head, part] = field.split('.') as [string, string | undefined];
    const error = { type: 'validate', message };
    if (part === undefined) errors[head] = error;
    else errors[head] = { ...(errors[head] as object | undefined), [part]: error };
  }
  return Object.keys(errors).length === 0
    ? { values, errors: {} }
    : { values: {}, errors: errors as FieldErrors<NoticeFormValues> };
};
