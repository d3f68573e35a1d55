import { describeError, isApiError } from '@/shared/api/api-error';
import type { Incident, IncidentNoticeChannel, NoticeDraft } from '@/shared/contract/incidents';
import { incidentNoticeChannelLabels } from '../incident-labels';

// How the notices section says a notice's reach and a refusal, in sentences a person acts on.

/**
 * How many people a notice reaches (docs/api.md, Incidents, "Sending": a batch's `total`): every
 * affected account (`incident.affectedAccountCount`) for `all_affected`, the named accounts for
 * `account_ids`, nobody individually (0) for `public`, an announcement only.
 */
export function noticeAudienceSize(
  notice: Pick<NoticeDraft, 'audience' | 'accountIds'>,
  incident: Pick<Incident, 'affectedAccountCount'>,
): number {
  if (notice.audience === 'all_affected') return incident.affectedAccountCount;
  if (notice.audience === 'account_ids') return notice.accountIds?.length ?? 0;
  return 0;
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** The audience in words with its size: "12,480 affected accounts", "3 named accounts", "the public". */
export function audienceSizeText(
  notice: Pick<NoticeDraft, 'audience' | 'accountIds'>,
  incident: Pick<Incident, 'affectedAccountCount'>,
): string {
  const size = noticeAudienceSize(notice, incident);
  if (notice.audience === 'all_affected') return plural(size, 'affected account', 'affected accounts');
  if (notice.audience === 'account_ids') return plural(size, 'named account', 'named accounts');
  return 'the public (an announcement, no individual messages)';
}

/** Channels as a phrase: "email", "email and push notification", "email, letter and phone call". */
export function channelsText(channels: readonly IncidentNoticeChannel[]): string {
  const names = channels.map((channel) => incidentNoticeChannelLabels[channel].toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The send confirmation's question, restating audience size and channels: "Send to 12,480
 * affected accounts by email and push notification?"; for a public audience, which reaches
 * nobody individually, "Publish this notice as a public announcement?".
 */
export function sendQuestion(
  notice: Pick<NoticeDraft, 'audience' | 'accountIds' | 'channels'>,
  incident: Pick<Incident, 'affectedAccountCount'>,
): string {
  if (notice.audience === 'public') return 'Publish this notice as a public announcement?';
  return `Send to ${audienceSizeText(notice, incident)} by ${channelsText(notice.channels)}?`;
}

/** Which notice write failed, for the sentence that explains it. */
export type NoticeStep = 'save' | 'approve' | 'send';

/**
 * A notice write's failure in words: a 403 that is not about roles is the four-eyes rule (API.md:
 * a notice is approved by someone other than its author), a 409 is the notice's state (approved
 * notices are read-only, a part is missing, already sent) with the API's `detail`; anything else
 * as `describeError` says it.
 */
export function noticeFailureText(step: NoticeStep, error: unknown): string {
  if (isApiError(error) && error.status === 403 && !error.isRoleRequired) {
    return step === 'approve'
      ? 'The API refused: you wrote this notice, and another person must approve a notice you wrote (four-eyes). Ask a colleague in legal or the privacy officer to approve it.'
      : describeError(error);
  }
  if (isApiError(error) && error.isConflict) {
    const detail = error.detail ?? 'The notice is no longer in a state that allows this.';
    if (step === 'save') {
      return `${detail} An approved or sent notice can no longer be edited: what you typed is still here, copy it into a new draft if it is needed.`;
    }
    return `${detail} The section now shows the notice as it is.`;
  }
  return describeError(error);
}
