import type { DeviceKind } from '@/shared/contract/accounts';
import type { ConsentChannel } from '@/shared/contract/consent';

/**
 * Fixed catalogues the per-account histories draw from: device platforms with their user agents
 * and MAC vendor prefixes, the shop's pages, and what customers search for. The histories store
 * indices into these lists, so a long access log costs a few bytes per event.
 */

export interface Platform {
  readonly kind: DeviceKind;
  readonly os: string;
  readonly browser: string;
  /** How the consent log names where a choice was made on this device. */
  readonly channel: Extract<ConsentChannel, 'web' | 'ios' | 'android'>;
  readonly userAgent: string;
  /** MAC vendor prefixes (OUI) of devices like this. */
  readonly ouis: readonly string[];
}

const chrome = 'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0';
const safari = 'AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1';
const apple = ['3C:22:FB', 'A4:83:E7', 'F0:18:98', '8C:85:90', 'BC:D0:74'];
const pcs = ['3C:A9:F4', '8C:8D:28', 'F8:BC:12', '54:EE:75', 'A0:36:9F'];
const androids = ['8C:F5:A3', '5C:0A:5B', '64:09:80', '28:6C:07', '3C:5A:B4'];
const huawei = ['00:E0:FC', '48:DB:50', 'AC:E2:15'];

export const platforms: readonly Platform[] = [
  {
    kind: 'desktop',
    os: 'Windows 11',
    browser: 'Chrome 142',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${chrome} Safari/537.36`,
    ouis: pcs,
  },
  {
    kind: 'desktop',
    os: 'Windows 11',
    browser: 'Edge 142',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${chrome} Safari/537.36 Edg/142.0.0.0`,
    ouis: pcs,
  },
  {
    kind: 'desktop',
    os: 'Windows 10',
    browser: 'Firefox 145',
    channel: 'web',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
    ouis: pcs,
  },
  {
    kind: 'desktop',
    os: 'macOS 26',
    browser: 'Safari 26.1',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${safari} Safari/605.1.15`,
    ouis: apple,
  },
  {
    kind: 'desktop',
    os: 'macOS 26',
    browser: 'Chrome 142',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${chrome} Safari/537.36`,
    ouis: apple,
  },
  {
    kind: 'desktop',
    os: 'Ubuntu 24.04',
    browser: 'Firefox 145',
    channel: 'web',
    userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
    ouis: pcs,
  },
  {
    kind: 'mobile',
    os: 'iOS 26.1',
    browser: 'Safari 26.1',
    channel: 'web',
    userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) ${safari} Mobile/15E148 Safari/604.1`,
    ouis: apple,
  },
  {
    kind: 'mobile',
    os: 'iOS 26.1',
    browser: 'DigFashions app 6.4',
    channel: 'ios',
    userAgent: 'DigFashions/6.4.0 (iPhone; iOS 26.1; Scale/3.00)',
    ouis: apple,
  },
  {
    kind: 'mobile',
    os: 'Android 16',
    browser: 'Chrome 142',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Linux; Android 10; K) ${chrome} Mobile Safari/537.36`,
    ouis: androids,
  },
  {
    kind: 'mobile',
    os: 'Android 15',
    browser: 'Samsung Internet 29',
    channel: 'web',
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
    ouis: androids,
  },
  {
    kind: 'mobile',
    os: 'Android 16',
    browser: 'DigFashions app 6.4',
    channel: 'android',
    userAgent: 'DigFashions/6.4.0 (Android 16; build 6400)',
    ouis: androids,
  },
  {
    kind: 'mobile',
    os: 'HarmonyOS 5',
    browser: 'DigFashions app 6.4',
    channel: 'android',
    userAgent: 'DigFashions/6.4.0 (HarmonyOS 5; build 6400)',
    ouis: huawei,
  },
  {
    kind: 'tablet',
    os: 'iPadOS 26.1',
    browser: 'Safari 26.1',
    channel: 'web',
    userAgent: `Mozilla/5.0 (iPad; CPU OS 18_7 like Mac OS X) ${safari} Mobile/15E148 Safari/604.1`,
    ouis: apple,
  },
  {
    kind: 'tablet',
    os: 'iPadOS 26.1',
    browser: 'DigFashions app 6.4',
    channel: 'ios',
    userAgent: 'DigFashions/6.4.0 (iPad; iPadOS 26.1; Scale/2.00)',
    ouis: apple,
  },
  {
    kind: 'tablet',
    os: 'Android 15',
    browser: 'Chrome 142',
    channel: 'web',
    userAgent: `Mozilla/5.0 (Linux; Android 10; K) ${chrome} Safari/537.36`,
    ouis: androids,
  },
];

/** Platform weights per device kind; Huawei's HarmonyOS only in China. */
export function platformWeights(kind: DeviceKind, market: string): (readonly [number, number])[] {
  const weights: Record<string, number> = {
    'Windows 11|Chrome 142': 40,
    'Windows 11|Edge 142': 15,
    'Windows 10|Firefox 145': 8,
    'macOS 26|Safari 26.1': 20,
    'macOS 26|Chrome 142': 12,
    'Ubuntu 24.04|Firefox 145': 3,
    'iOS 26.1|Safari 26.1': market === 'JP' || market === 'US' || market === 'GB' ? 30 : 18,
    'iOS 26.1|DigFashions app 6.4': market === 'JP' || market === 'US' || market === 'GB' ? 25 : 14,
    'Android 16|Chrome 142': 22,
    'Android 15|Samsung Internet 29': market === 'CN' ? 0 : 8,
    'Android 16|DigFashions app 6.4': 20,
    'HarmonyOS 5|DigFashions app 6.4': market === 'CN' ? 25 : 0,
    'iPadOS 26.1|Safari 26.1': 40,
    'iPadOS 26.1|DigFashions app 6.4': 25,
    'Android 15|Chrome 142': 35,
  };
  const choices: (readonly [number, number])[] = [];
  platforms.forEach((platform, index) => {
    const weight = weights[`${platform.os}|${platform.browser}`] ?? 0;
    if (platform.kind === kind && weight > 0) choices.push([index, weight]);
  });
  return choices;
}

export const shopOrigin = 'https://shop.digfashions.example';

const products = [
  '10482-linen-midi-dress',
  '11057-wide-leg-jeans',
  '11230-merino-crew-jumper',
  '11618-leather-ankle-boots',
  '12004-white-court-sneakers',
  '12211-trench-coat-beige',
  '12390-silk-scarf-print',
  '12547-pleated-maxi-skirt',
  '12871-denim-jacket-washed',
  '13025-cashmere-cardigan',
  '13340-puffer-jacket-black',
  '13512-cotton-oxford-shirt',
  '13769-swimsuit-one-piece',
  '13904-canvas-tote-bag',
  '14118-running-shoes-grey',
  '14362-wool-blend-coat',
  '14590-cargo-trousers-olive',
  '14822-strappy-sandals',
  '15067-rain-jacket-navy',
  '15233-knit-beanie',
];

/** Pages of the shop, as paths; `page_view` events point at one by index. */
export const shopPages: readonly string[] = [
  '/',
  '/new-in',
  '/sale',
  '/women',
  '/women/dresses',
  '/women/knitwear',
  '/women/coats-jackets',
  '/men',
  '/men/shirts',
  '/men/coats-jackets',
  '/shoes/sneakers',
  '/shoes/boots',
  '/bags',
  '/cart',
  '/checkout',
  '/checkout/confirmation',
  '/account/orders',
  '/account/returns',
  '/account/addresses',
  '/account/privacy',
  '/account/wishlist',
  '/help/delivery',
  '/help/returns',
  ...products.map((product) => `/product/${product}`),
];

export const signInPage = '/account/sign-in';
export const signOutPage = '/account/sign-out';
export const securityPage = '/account/security';

/** What customers search for, by the first part of their language tag; `en` is everyone's fallback. */
export const searchTerms: Readonly<Record<string, readonly string[]>> = {
  en: [
    'linen dress',
    'white sneakers',
    'summer dress',
    'wool coat',
    'wide leg jeans',
    'trench coat',
    'cashmere sweater',
    'running shoes',
    'black ankle boots',
    'silk scarf',
    'maxi skirt',
    'denim jacket',
    'swimsuit',
    'gift card',
    'puffer jacket',
    'cargo pants',
    'sandals size 38',
    'rain jacket',
    'leather bag',
    'oxford shirt',
  ],
  de: [
    'leinenkleid',
    'weiße sneaker',
    'wintermantel',
    'strickpullover',
    'jeans weites bein',
    'regenjacke',
    'lederstiefel',
  ],
  fr: [
    'robe en lin',
    'baskets blanches',
    'manteau en laine',
    'pull cachemire',
    'jupe longue',
    'bottines noires',
  ],
  es: ['vestido de lino', 'zapatillas blancas', 'abrigo de lana', 'bolso de piel', 'falda larga'],
  ca: ['vestit de lli', 'abric de llana', 'sabatilles blanques'],
  pt: ['vestido de linho', 'tênis branco', 'casaco de lã', 'biquíni', 'jaqueta jeans'],
  ja: ['ワンピース', 'スニーカー 白', 'トレンチコート', 'カーディガン', 'ロングスカート'],
  zh: ['连衣裙', '白色运动鞋', '羊绒衫', '羽绒服', '阔腿牛仔裤', '风衣'],
  hi: ['कुर्ता', 'सफेद जूते', 'साड़ी'],
};

/** One flat list, so an event stores a single index. */
export const allSearchTerms: readonly string[] = Object.values(searchTerms).flat();

export function searchTermIndices(language: string): readonly number[] {
  const own = searchTerms[language.slice(0, 2)] ?? [];
  const english = searchTerms.en ?? [];
  return [...own, ...english].map((term) => allSearchTerms.indexOf(term));
}
