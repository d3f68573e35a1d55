/**
 * The shop's markets and what a customer there looks like: names, email providers, the shape of a
 * mobile number, languages, telecom operators and address blocks. The account seed draws from
 * these; nothing here is a real person.
 *
 * Chinese and Japanese names are shown in their own script; the search string holds their
 * romanization too (see `accounts/seed.ts`), so staff find "王伟" by typing "wang wei" as well.
 */

export const marketCodes = ['BR', 'CN', 'DE', 'ES', 'FR', 'GB', 'IN', 'JP', 'SG', 'US'] as const;
export type MarketCode = (typeof marketCodes)[number];

export interface NamePart {
  /** As shown. */
  readonly display: string;
  /** Latin letters: the same for Latin-script names, the romanization otherwise. */
  readonly latin: string;
}

export interface Market {
  readonly code: MarketCode;
  /** Share of the customer base (relative). */
  readonly weight: number;
  readonly dialCode: string;
  readonly languages: readonly (readonly [string, number])[];
  readonly givenNames: readonly NamePart[];
  readonly familyNames: readonly NamePart[];
  /** `family-first`: "王伟", "佐藤 陽翔"; `given-first`: "Lena Hoffmann". */
  readonly order: 'given-first' | 'family-first';
  /** Between the two names when shown (Chinese names have none). */
  readonly separator: '' | ' ';
  /** Names in a script outside Latin-1: the search string holds `latin`, a second one `display`. */
  readonly nativeScript: boolean;
  readonly emailDomains: readonly (readonly [string, number])[];
  /** Share of addresses that are a number only (QQ mail in China). */
  readonly numericEmailShare: number;
  /** A mobile number: one of `prefixes`, then `leading` (one digit out of it, if given), then `rest` digits. */
  readonly phone: { readonly prefixes: readonly string[]; readonly leading?: string; readonly rest: number };
  readonly operators: readonly string[];
  /** First two octets of the address blocks customers connect from. */
  readonly ipPrefixes: readonly string[];
  /** Hours ahead of UTC, so activity happens in the customers' daytime. */
  readonly utcOffsetHours: number;
}

function latin(names: string): NamePart[] {
  return names.split(',').map((name) => ({ display: name.trim(), latin: name.trim() }));
}

/**
 * A copy of `text` that V8 stores at one byte per character. A piece cut out of a string that
 * holds any character beyond Latin-1 keeps two bytes per character, and so does everything built
 * from it — one such romanized name would double the size of the whole accounts search string.
 */
export function latin1(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new Error(`latin1: "${text}" has a character beyond Latin-1`);
    out += String.fromCharCode(code);
  }
  return out;
}

/** `"王:Wang, 李:Li"` → parts with their romanization. */
function romanized(pairs: string): NamePart[] {
  return pairs.split(',').map((pair) => {
    const [display = '', roman = ''] = pair.trim().split(':');
    return { display, latin: latin1(roman) };
  });
}

export const markets: readonly Market[] = [
  {
    code: 'BR',
    weight: 8,
    dialCode: '55',
    languages: [['pt-BR', 1]],
    givenNames: latin(
      'Miguel, Helena, Arthur, Alice, Gael, Laura, Heitor, Manuela, Théo, Valentina, Davi, Sophia, Bernardo, Isabella, Gabriel, Luíza, Lucas, Júlia, Matheus, Beatriz, João, Ana, Pedro, Mariana, Rafael, Letícia, Thiago, Camila',
    ),
    familyNames: latin(
      'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Araújo, Gonçalves, Moreira',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 55],
      ['inbox.example', 20],
      ['correio.example', 10],
      ['outpost.example', 8],
      ['caixa.example', 5],
      ['bolsa.example', 2],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['11', '21', '31', '41', '51', '61', '71', '81', '85', '19'], leading: '9', rest: 8 },
    operators: ['Vivo', 'Claro', 'TIM', 'Oi'],
    ipPrefixes: ['177.32', '179.96', '186.204', '187.64', '189.4', '191.32', '200.148', '201.6'],
    utcOffsetHours: -3,
  },
  {
    code: 'CN',
    weight: 18,
    dialCode: '86',
    languages: [['zh-CN', 1]],
    givenNames: romanized(
      '伟:Wei, 芳:Fang, 娜:Na, 秀英:Xiuying, 敏:Min, 静:Jing, 丽:Li, 强:Qiang, 磊:Lei, 军:Jun, 洋:Yang, 勇:Yong, 艳:Yan, 杰:Jie, 娟:Juan, 涛:Tao, 明:Ming, 超:Chao, 秀兰:Xiulan, 霞:Xia, 平:Ping, 刚:Gang, 浩然:Haoran, 子涵:Zihan, 欣怡:Xinyi, 梓萱:Zixuan, 宇轩:Yuxuan, 诗涵:Shihan, 一诺:Yinuo, 俊杰:Junjie',
    ),
    familyNames: romanized(
      '王:Wang, 李:Li, 张:Zhang, 刘:Liu, 陈:Chen, 杨:Yang, 黄:Huang, 赵:Zhao, 吴:Wu, 周:Zhou, 徐:Xu, 孙:Sun, 马:Ma, 朱:Zhu, 胡:Hu, 郭:Guo, 何:He, 高:Gao, 林:Lin, 罗:Luo, 郑:Zheng, 梁:Liang, 谢:Xie, 宋:Song, 唐:Tang, 许:Xu, 韩:Han, 冯:Feng, 邓:Deng, 曹:Cao',
    ),
    order: 'family-first',
    separator: '',
    nativeScript: true,
    emailDomains: [
      ['qmail.example', 45],
      ['wangyi.example', 25],
      ['youxiang.example', 10],
      ['xinlang.example', 5],
      ['huli.example', 5],
      ['outpost.example', 5],
      ['mail.example', 5],
    ],
    numericEmailShare: 0.3,
    phone: {
      prefixes: [
        '130',
        '131',
        '132',
        '133',
        '135',
        '136',
        '137',
        '138',
        '139',
        '150',
        '151',
        '152',
        '155',
        '157',
        '158',
        '159',
        '166',
        '176',
        '177',
        '180',
        '181',
        '182',
        '185',
        '186',
        '187',
        '188',
        '189',
        '199',
      ],
      rest: 8,
    },
    operators: ['China Mobile', 'China Unicom', 'China Telecom'],
    ipPrefixes: [
      '36.112',
      '58.33',
      '101.227',
      '112.65',
      '114.88',
      '117.136',
      '120.229',
      '183.192',
      '223.104',
    ],
    utcOffsetHours: 8,
  },
  {
    code: 'DE',
    weight: 12,
    dialCode: '49',
    languages: [
      ['de-DE', 95],
      ['en-GB', 5],
    ],
    givenNames: latin(
      'Lena, Leon, Hannah, Lukas, Mia, Finn, Emma, Jonas, Sophie, Paul, Marie, Felix, Anna, Maximilian, Laura, Jan, Katharina, Tobias, Julia, Niklas, Sabine, Thomas, Petra, Michael, Ursula, Jürgen, Jörg, Lea',
    ),
    familyNames: latin(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Weiß',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 25],
      ['netzpost.example', 22],
      ['postfach.example', 22],
      ['telepost.example', 12],
      ['outpost.example', 8],
      ['post.example', 5],
      ['briefkasten.example', 3],
      ['cloud.example', 3],
    ],
    numericEmailShare: 0,
    phone: {
      prefixes: [
        '151',
        '152',
        '157',
        '159',
        '160',
        '162',
        '170',
        '171',
        '172',
        '175',
        '176',
        '177',
        '178',
        '179',
      ],
      rest: 8,
    },
    operators: ['Telekom', 'Vodafone', 'O2', '1&1'],
    ipPrefixes: ['77.183', '79.192', '84.160', '87.123', '91.64', '93.208', '95.91', '217.229'],
    utcOffsetHours: 1,
  },
  {
    code: 'ES',
    weight: 6,
    dialCode: '34',
    languages: [
      ['es-ES', 85],
      ['ca-ES', 15],
    ],
    givenNames: latin(
      'Lucía, Hugo, Sofía, Martín, Martina, Mateo, María, Leo, Julia, Daniel, Paula, Pablo, Valeria, Álvaro, Carmen, Alejandro, Elena, Javier, Laura, Sergio, Marta, Adrián, Irene, Diego',
    ),
    familyNames: latin(
      'García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 45],
      ['buzon.example', 20],
      ['outpost.example', 10],
      ['cloud.example', 10],
      ['post.example', 8],
      ['correo.example', 7],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['6', '7'], rest: 8 },
    operators: ['Movistar', 'Vodafone España', 'Orange España', 'MásMóvil'],
    ipPrefixes: ['79.148', '80.24', '83.32', '84.78', '88.12', '90.160', '95.120', '213.97'],
    utcOffsetHours: 1,
  },
  {
    code: 'FR',
    weight: 9,
    dialCode: '33',
    languages: [['fr-FR', 1]],
    givenNames: latin(
      'Camille, Louis, Léa, Gabriel, Chloé, Raphaël, Manon, Arthur, Inès, Jules, Emma, Hugo, Sarah, Lucas, Juliette, Nathan, Élodie, Thomas, Margaux, Antoine, Céline, Mathieu, Amélie, Théo',
    ),
    familyNames: latin(
      'Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 35],
      ['courriel.example', 15],
      ['inbox.example', 15],
      ['libre.example', 10],
      ['boite.example', 8],
      ['reseau.example', 7],
      ['post.example', 5],
      ['cloud.example', 5],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['6', '7'], rest: 8 },
    operators: ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile'],
    ipPrefixes: ['2.8', '78.192', '82.64', '86.192', '90.3', '92.184', '109.190', '176.128'],
    utcOffsetHours: 1,
  },
  {
    code: 'GB',
    weight: 10,
    dialCode: '44',
    languages: [['en-GB', 1]],
    givenNames: latin(
      'Oliver, Amelia, George, Isla, Harry, Ava, Jack, Mia, Charlie, Ivy, Noah, Grace, Freddie, Emily, Alfie, Poppy, James, Sophie, William, Chloe, Thomas, Lucy, Daniel, Hannah',
    ),
    familyNames: latin(
      'Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Murphy',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 40],
      ['inbox.example', 15],
      ['outpost.example', 12],
      ['post.example', 10],
      ['cloud.example', 10],
      ['telecom.example', 8],
      ['broadband.example', 5],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['74', '75', '77', '78', '79'], rest: 8 },
    operators: ['EE', 'Vodafone UK', 'Virgin Media O2', 'Three'],
    ipPrefixes: ['2.96', '31.48', '81.96', '86.128', '90.192', '92.40', '109.144', '146.198'],
    utcOffsetHours: 0,
  },
  {
    code: 'IN',
    weight: 8,
    dialCode: '91',
    languages: [
      ['en-IN', 75],
      ['hi-IN', 25],
    ],
    givenNames: latin(
      'Aarav, Ananya, Vivaan, Diya, Aditya, Saanvi, Arjun, Aadhya, Vihaan, Isha, Reyansh, Kavya, Sai, Priya, Rohan, Neha, Rahul, Pooja, Amit, Sneha, Vikram, Divya, Karthik, Lakshmi',
    ),
    familyNames: latin(
      'Sharma, Verma, Gupta, Singh, Kumar, Patel, Shah, Reddy, Nair, Iyer, Rao, Joshi, Mehta, Chopra, Malhotra, Bose, Das, Banerjee, Mukherjee, Pillai, Menon, Agarwal, Khan, Kapoor',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 65],
      ['post.example', 12],
      ['outpost.example', 10],
      ['dakghar.example', 8],
      ['inbox.example', 5],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['6', '7', '8', '9'], rest: 9 },
    operators: ['Jio', 'Airtel', 'Vi', 'BSNL'],
    ipPrefixes: ['49.36', '103.21', '106.193', '117.96', '122.161', '157.32', '182.64', '223.176'],
    utcOffsetHours: 5,
  },
  {
    code: 'JP',
    weight: 9,
    dialCode: '81',
    languages: [['ja-JP', 1]],
    givenNames: romanized(
      '陽翔:Haruto, 蓮:Ren, 湊:Minato, 大翔:Hiroto, 悠真:Yuma, 陽葵:Himari, 凛:Rin, 結菜:Yuna, 葵:Aoi, 芽依:Mei, 翔太:Shota, 健太:Kenta, 美咲:Misaki, さくら:Sakura, 花子:Hanako, 健一:Kenichi, 由美:Yumi, 直樹:Naoki, 恵:Megumi, 拓海:Takumi',
    ),
    familyNames: romanized(
      '佐藤:Sato, 鈴木:Suzuki, 高橋:Takahashi, 田中:Tanaka, 伊藤:Ito, 渡辺:Watanabe, 山本:Yamamoto, 中村:Nakamura, 小林:Kobayashi, 加藤:Kato, 吉田:Yoshida, 山田:Yamada, 佐々木:Sasaki, 山口:Yamaguchi, 松本:Matsumoto, 井上:Inoue, 木村:Kimura, 林:Hayashi, 清水:Shimizu, 斎藤:Saito',
    ),
    order: 'family-first',
    separator: ' ',
    nativeScript: true,
    emailDomains: [
      ['mail.example', 35],
      ['post.example', 25],
      ['keitai.example', 12],
      ['cloud.example', 12],
      ['denwa.example', 8],
      ['outpost.example', 8],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['70', '80', '90'], rest: 8 },
    operators: ['NTT Docomo', 'au (KDDI)', 'SoftBank', 'Rakuten Mobile'],
    ipPrefixes: ['60.34', '106.128', '110.233', '126.208', '153.156', '180.16', '220.96'],
    utcOffsetHours: 9,
  },
  {
    code: 'SG',
    weight: 5,
    dialCode: '65',
    languages: [
      ['en-SG', 70],
      ['zh-SG', 30],
    ],
    givenNames: latin(
      'Jasmine, Ryan, Wei Ling, Jun Jie, Hui Min, Kai Wen, Siti, Nurul, Muhammad, Aisyah, Priya, Arjun, Rachel, Marcus, Cheryl, Darren, Xin Yi, Zhi Hao',
    ),
    familyNames: latin(
      'Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Chan, Koh, Teo, Rahman, Ismail, Kumar, Pillai, Nair',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 60],
      ['inbox.example', 15],
      ['post.example', 10],
      ['outpost.example', 10],
      ['merlion.example', 5],
    ],
    numericEmailShare: 0,
    phone: { prefixes: ['8', '9'], rest: 7 },
    operators: ['Singtel', 'StarHub', 'M1', 'SIMBA'],
    ipPrefixes: ['42.60', '116.14', '118.200', '175.156', '202.166', '219.74'],
    utcOffsetHours: 8,
  },
  {
    code: 'US',
    weight: 15,
    dialCode: '1',
    languages: [
      ['en-US', 88],
      ['es-US', 12],
    ],
    givenNames: latin(
      'Liam, Olivia, Noah, Emma, James, Charlotte, Elijah, Sophia, Mason, Ava, Ethan, Isabella, Logan, Mia, Lucas, Evelyn, Jackson, Harper, Aiden, Madison, Tyler, Ashley, Brandon, Jessica, Jayden, Destiny',
    ),
    familyNames: latin(
      'Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Walker, Young, Nguyen, Kim',
    ),
    order: 'given-first',
    separator: ' ',
    nativeScript: false,
    emailDomains: [
      ['mail.example', 50],
      ['post.example', 15],
      ['cloud.example', 12],
      ['inbox.example', 10],
      ['outpost.example', 8],
      ['dialup.example', 5],
    ],
    numericEmailShare: 0,
    phone: {
      prefixes: [
        '201',
        '212',
        '213',
        '305',
        '312',
        '415',
        '503',
        '512',
        '617',
        '646',
        '702',
        '713',
        '718',
        '773',
        '818',
        '917',
        '929',
      ],
      leading: '23456789',
      rest: 6,
    },
    operators: ['Verizon', 'AT&T', 'T-Mobile', 'Comcast Xfinity'],
    ipPrefixes: ['24.5', '47.144', '68.32', '73.15', '98.210', '108.28', '172.58', '174.63'],
    utcOffsetHours: -5,
  },
];

export function marketOf(code: MarketCode): Market {
  const market = markets.find((candidate) => candidate.code === code);
  if (!market) throw new Error(`unknown market ${code}`);
  return market;
}

/** Latin letters for an email address: "Gonçalves" → "goncalves", "O'Brien" → "obrien". */
export function asciiFold(text: string): string {
  return latin1(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ''),
  );
}

/**
 * The accounts search's folding (API.md "Accounts", `q`): what support hears on the phone matches
 * what is stored. Takes any text; returns it width-folded (NFKC: "ｃｈｌｏｅ" → "chloe"), lower case,
 * without Latin accents ("Chloé" → "chloe", "Müller" → "muller"), `ß` as `ss`, and every run of
 * white space (no-break and ideographic spaces too) as one space, trimmed. Kana keep their voicing
 * marks. The seed folds the name part of the search string with it and the matcher folds `q`, so
 * both sides agree; throws nothing.
 */
export function searchFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}
