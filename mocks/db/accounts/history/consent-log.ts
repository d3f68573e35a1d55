import {
  isRequiredPurpose,
  purposeIds,
  type ConsentAction,
  type ConsentChannel,
  type ConsentEvent,
  type ConsentSource,
  type PurposeId,
} from '@/shared/contract/consent';
import { day, hour, isoAt, minute } from '@mocks/clock';
import { platforms } from '../catalog';
import { consentEventIds, eventsPerAccount } from '../../event-ids';
import {
  effectiveAt,
  introducedIn,
  noticeSentAt,
  noticeTextFor,
  labelOf,
  policyVersions,
  versionIndexAt,
} from '../../policy-versions';
import { Random, deriveSeed } from '../../random';
import { type AccountBasics, type AccountFacts, ipToString, marketOf, randomIp } from './basics';

/** An account's seeded consent log, generated from its seed along its devices' timeline. */

/** Share of customers who say yes when asked, per purpose. */
const willingness: Record<PurposeId, number> = {
  essential_cookies: 1,
  analytics_cookies: 0.62,
  personalized_recommendations: 0.5,
  marketing_email: 0.55,
  email_tracking_pixels: 0.3,
  affiliate_sharing: 0.25,
  partner_sharing: 0.2,
  sensitive_data_sharing: 0.1,
};

/** Days a changed purpose's old grant lasts without a new answer. */
export const reconsentGraceDays = 60;

type Origin = { kind: 'device'; device: number } | { kind: 'email' } | { kind: 'system' };

interface RawConsent {
  /** The occasion that made it: one form, banner or click, so one address and browser. */
  occasion: number;
  at: number;
  purposeId: PurposeId;
  action: ConsentAction;
  source: ConsentSource;
  channel: ConsentChannel;
  version: number;
  origin: Origin;
}

interface Occasion {
  at: number;
  order: number;
  run: () => void;
}

/** A time-ordered queue of things that happen to the account; running one may schedule more. */
class Timeline {
  private readonly queue: Occasion[] = [];
  private order = 0;

  add(at: number, run: () => void): void {
    const occasion = { at, order: (this.order += 1), run };
    let low = 0;
    let high = this.queue.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = this.queue[middle];
      if (other && (other.at < at || (other.at === at && other.order < occasion.order))) low = middle + 1;
      else high = middle;
    }
    this.queue.splice(low, 0, occasion);
  }

  /** The order number of the occasion running now. */
  current = 0;

  run(): void {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      this.current = next.order;
      next.run();
    }
  }
}

export function generateConsent(facts: AccountFacts, basics: AccountBasics): ConsentEvent[] {
  const { draw, anchor } = facts;
  if (draw.status === 'anonymized' || draw.traits?.consentHistory === 'none' || basics.devices.length === 0)
    return [];
  const random = new Random(deriveSeed(facts.seed, 'consent', facts.index));
  const market = marketOf(facts);
  const heavy = draw.traits?.consentHistory === 'heavy';
  const always = new Set(draw.traits?.alwaysGrants ?? []);
  const yes = Object.fromEntries(
    purposeIds.map((purpose) => [purpose, always.has(purpose) || random.chance(willingness[purpose])]),
  ) as Record<PurposeId, boolean>;
  // The account stops making choices when it is closed; notices and expiries stop with it.
  const end = draw.status === 'closed' ? facts.lastSeenAt : anchor;
  const logStart = effectiveAt(anchor, 0);

  const raw: RawConsent[] = [];
  const state = new Map<PurposeId, { granted: boolean; version: number }>();
  const timeline = new Timeline();

  const emit = (
    at: number,
    purposeId: PurposeId,
    action: ConsentAction,
    source: ConsentSource,
    channel: ConsentChannel,
    version: number,
    origin: Origin,
  ): void => {
    raw.push({ occasion: timeline.current, at, purposeId, action, source, channel, version, origin });
    if (action === 'granted') state.set(purposeId, { granted: true, version });
    if (action === 'withdrawn' || action === 'expired') state.set(purposeId, { granted: false, version });
  };
  const purposesAt = (version: number): PurposeId[] =>
    purposeIds.filter((purpose) => introducedIn(purpose) <= version);
  const deviceAt = (at: number): number => {
    const usable = basics.devices.flatMap((seeded, index) =>
      Date.parse(seeded.device.firstSeenAt) <= at && at <= Date.parse(seeded.device.lastSeenAt)
        ? [index]
        : [],
    );
    return usable.length > 0 ? random.pick(usable) : 0;
  };
  const channelOf = (device: number): ConsentChannel => basics.devices[device]?.platform.channel ?? 'web';

  /** Every purpose of the version in force, as a sign-up form or a first cookie banner asks them. */
  const askAll = (at: number, source: ConsentSource, device: number): void => {
    const version = versionIndexAt(anchor, at);
    purposesAt(version).forEach((purpose, order) => {
      emit(
        at + order * 1000,
        purpose,
        yes[purpose] ? 'granted' : 'withdrawn',
        source,
        channelOf(device),
        version,
        { kind: 'device', device },
      );
    });
  };

  if (facts.createdAt >= logStart) {
    const signUp = facts.createdAt + random.int(20, 90) * 1000;
    timeline.add(signUp, () => {
      askAll(signUp, 'registration', 0);
    });
  } else {
    // Migrated from the old shop without consent records: asked on the first visit after the
    // consent log started, if there was one.
    const firstVisit = logStart + random.float() * 90 * day;
    if (firstVisit <= facts.lastSeenAt)
      timeline.add(firstVisit, () => {
        askAll(firstVisit, 'cookie_banner', deviceAt(firstVisit));
      });
  }

  // Cookie banners: each browser or app asks again after a while (often for a heavy user who
  // clears cookies), recording the essential cookies and the analytics choice.
  const bannerEvery = heavy ? 40 * day : 365 * day;
  basics.devices.forEach((seeded, device) => {
    const first = Date.parse(seeded.device.firstSeenAt);
    const last = Date.parse(seeded.device.lastSeenAt);
    for (
      let at = device === 0 ? first + bannerEvery : first + hour;
      at <= last;
      at += bannerEvery * (0.8 + random.float() * 0.4)
    ) {
      if (at < logStart) continue;
      const when = at;
      timeline.add(when, () => {
        const version = versionIndexAt(anchor, when);
        const channel = channelOf(device);
        emit(when, 'essential_cookies', 'granted', 'cookie_banner', channel, version, {
          kind: 'device',
          device,
        });
        const current = state.get('analytics_cookies');
        const flip = always.has('analytics_cookies') ? false : random.chance(heavy ? 0.35 : 0.1);
        const granted = current === undefined ? yes.analytics_cookies : current.granted !== flip;
        emit(
          when + 1000,
          'analytics_cookies',
          granted ? 'granted' : 'withdrawn',
          'cookie_banner',
          channel,
          version,
          { kind: 'device', device },
        );
      });
    }
  });

  // Policy notices: new purposes are asked for, changed ones asked again (the old grant expires
  // without an answer).
  policyVersions.forEach((version, k) => {
    const effective = effectiveAt(anchor, k);
    // Signed up under this version already: the sign-up form asked. Signed up between the notice
    // and the effective date: the notice reaches them an hour after sign-up.
    if (k === 0 || facts.createdAt >= effective) return;
    const sent = Math.max(noticeSentAt(anchor, k) + random.int(0, 6 * 60) * minute, facts.createdAt + hour);
    if (sent > end) return;
    const engaged = facts.lastSeenAt >= sent;
    const answerAt = effective + random.float() * 40 * day;
    const answered = (purpose: PurposeId): boolean =>
      answerAt <= end && (always.has(purpose) || random.chance(engaged ? 0.7 : 0.12));
    const answer = (purpose: PurposeId, grant: boolean): void => {
      const viaEmail = random.chance(0.6);
      const device = deviceAt(answerAt);
      emit(
        answerAt,
        purpose,
        grant ? 'granted' : 'withdrawn',
        viaEmail ? 'email_link' : 'cookie_banner',
        viaEmail ? 'email' : channelOf(device),
        k,
        viaEmail ? { kind: 'email' } : { kind: 'device', device },
      );
    };
    timeline.add(sent, () => {
      for (const purpose of version.newPurposes) {
        if (state.has(purpose)) continue;
        emit(sent, purpose, 'reconsent_requested', 'policy_update', 'email', k, { kind: 'system' });
        if (answered(purpose))
          timeline.add(answerAt, () => {
            if (!state.has(purpose)) answer(purpose, yes[purpose]);
          });
      }
      for (const purpose of version.changedPurposes) {
        if (!state.get(purpose)?.granted) continue;
        emit(sent, purpose, 'reconsent_requested', 'policy_update', 'email', k, { kind: 'system' });
        const stillOld = (): boolean => {
          const current = state.get(purpose);
          return current !== undefined && current.granted && current.version < k;
        };
        if (answered(purpose)) {
          timeline.add(answerAt, () => {
            if (stillOld()) answer(purpose, always.has(purpose) || random.chance(0.8));
          });
        } else {
          const lapse = effective + reconsentGraceDays * day;
          if (lapse <= end)
            timeline.add(lapse, () => {
              if (stillOld())
                emit(lapse, purpose, 'expired', 'policy_update', 'email', k, { kind: 'system' });
            });
        }
      }
    });
  });

  // Changes of mind in the privacy settings or through an email's unsubscribe link.
  const years = Math.max(0, facts.lastSeenAt - Math.max(facts.createdAt, logStart)) / (365 * day);
  const perYear = heavy
    ? 20
    : random.weighted([
        [0, 50],
        [0.3, 35],
        [1, 12],
        [4, 3],
      ] as const);
  const toggles = Math.round(perYear * years * (0.5 + random.float()));
  for (let t = 0; t < toggles; t += 1) {
    const at =
      Math.max(facts.createdAt, logStart) +
      random.float() * (facts.lastSeenAt - Math.max(facts.createdAt, logStart));
    timeline.add(at, () => {
      const version = versionIndexAt(anchor, at);
      const choices = purposesAt(version).filter(
        (purpose) => !isRequiredPurpose(purpose) && !always.has(purpose),
      );
      if (choices.length === 0) return;
      const purpose = random.pick(choices);
      const granted = state.get(purpose)?.granted ?? false;
      const emailable = purpose === 'marketing_email' || purpose === 'email_tracking_pixels';
      if (granted && emailable && random.chance(0.4)) {
        emit(at, purpose, 'withdrawn', 'email_link', 'email', version, { kind: 'email' });
        return;
      }
      const device = deviceAt(at);
      emit(at, purpose, granted ? 'withdrawn' : 'granted', 'settings', channelOf(device), version, {
        kind: 'device',
        device,
      });
    });
  }

  // Closing the account ends every consent it held.
  if (draw.status === 'closed') {
    timeline.add(facts.lastSeenAt, () => {
      const version = versionIndexAt(anchor, facts.lastSeenAt);
      const device = basics.devices.length - 1;
      purposeIds.forEach((purpose, order) => {
        if (state.get(purpose)?.granted) {
          emit(
            facts.lastSeenAt - 1000 * (purposeIds.length - order),
            purpose,
            'withdrawn',
            'settings',
            channelOf(device),
            version,
            { kind: 'device', device },
          );
        }
      });
    });
  }

  timeline.run();

  const sorted = raw
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.at - b.event.at || a.order - b.order)
    .slice(0, eventsPerAccount - 96)
    .map(({ event }) => event);
  const ips = new Random(deriveSeed(facts.seed, 'consent-ips', facts.index));
  // An email link opens in a browser: one of the customer's, or a phone's default one.
  const browser =
    basics.devices.find((seeded) => seeded.platform.channel === 'web')?.platform ??
    platforms.find((platform) => platform.kind === 'mobile' && platform.channel === 'web');
  const seen = new Map<number, { ip: string; userAgent: string }>();
  const whereFrom = (event: RawConsent): { ip: string; userAgent: string } => {
    const { origin } = event;
    if (origin.kind === 'system') return { ip: '', userAgent: '' };
    const known = seen.get(event.occasion);
    if (known) return known;
    const seeded = origin.kind === 'device' ? basics.devices[origin.device] : undefined;
    const mobile =
      (seeded ? seeded.platform.kind === 'mobile' : browser?.kind === 'mobile') && ips.chance(0.7);
    const home = basics.homeIps[ips.int(0, basics.homeIps.length - 1)] ?? 0;
    const made = {
      ip: ipToString(mobile ? randomIp(ips, market) : home),
      userAgent: (seeded?.platform ?? browser)?.userAgent ?? '',
    };
    seen.set(event.occasion, made);
    return made;
  };
  return sorted.map((event, slot): ConsentEvent => {
    const { ip, userAgent } = whereFrom(event);
    return {
      id: consentEventIds.encode(facts.index, slot),
      at: isoAt(Math.round(event.at)),
      purposeId: event.purposeId,
      action: event.action,
      source: event.source,
      channel: event.channel,
      policyVersion: labelOf(event.version),
      noticeText: noticeTextFor(event.purposeId, event.version) ?? '',
      ip,
      userAgent,
    };
  });
}
