/**
 * @module The contract corpus: fifteen hand-written articles whose words were chosen so every
 * expected hit, order and count in search-engine.ts can be worked out by hand (no accidental
 * typo neighbours, tied matches sit at the same word position, distinct dates).
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../src/document.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Spec {
  key: string;
  title: string;
  subtitle?: string;
  body: string;
  publishedAt: string;
  section: string | null;
  nations: string[];
  persons?: string[];
  lang?: string;
  /** default ['Desk'] */
  authors?: string[];
  /** default 'contract.example.org' */
  source?: string;
}

export function article(s: Spec): Document {
  const url = `https://contract.example.org/${s.key}`;
  const paragraphs = [s.body];
  return {
    id: sha256(url).slice(0, 16),
    url,
    source: s.source ?? 'contract.example.org',
    lang: s.lang ?? 'en',
    title: s.title,
    subtitle: s.subtitle ?? null,
    authors: s.authors ?? ['Desk'],
    publishedAt: s.publishedAt,
    dateSource: 'markup',
    updatedAt: null,
    section: s.section,
    tags: [],
    paragraphs,
    body: s.body,
    entities: { nations: [...s.nations].sort(), persons: [...(s.persons ?? [])].sort() },
    wordCount: s.body.split(/\s+/).length,
    contentHash: sha256(s.body),
    extractor: 'generic',
  };
}

const SPECS: Spec[] = [
  {
    key: 'd01',
    title: 'Jordan opens new solar power plant',
    subtitle: 'A plan to double renewable capacity',
    body: 'Officials in Amman said the solar plant near Maan will supply power to many homes.',
    publishedAt: '2016-03-01T09:00:00Z',
    section: 'Business',
    nations: ['Jordan'],
  },
  {
    key: 'd02',
    title: 'Amman hosts regional water summit',
    body: 'Across Jordan, Egypt and Lebanon ministers discussed water scarcity and solar desalination.',
    publishedAt: '2017-05-10T10:00:00Z',
    section: 'News',
    nations: ['Egypt', 'Jordan', 'Lebanon'],
    authors: ['Rana Ahmad'],
  },
  {
    key: 'd03',
    title: 'Egypt inaugurates the new capital',
    body: 'President Abdel Fattah el-Sisi opened government offices in the new administrative capital east of Cairo.',
    publishedAt: '2018-07-22T08:30:00Z',
    section: 'News',
    nations: ['Egypt'],
    persons: ['Abdel Fattah el-Sisi'],
  },
  {
    key: 'd04',
    title: 'Islamic State claims attack in Sinai',
    body: 'The group, also known as ISIS, said it downed the airliner.',
    publishedAt: '2015-11-03T12:00:00Z',
    section: 'News',
    nations: ['Egypt', 'Russia'],
  },
  {
    key: 'd05',
    title: 'Daesh loses ground near Mosul',
    body: 'Iraqi forces advanced on the city as the militants retreated.',
    publishedAt: '2016-06-14T07:15:00Z',
    section: 'News',
    nations: ['Iraq'],
  },
  {
    key: 'd06',
    title: 'ISIL fighters surrender in Syria',
    body: 'Kurdish-led forces said hundreds of fighters had surrendered near Baghuz.',
    publishedAt: '2019-01-09T16:45:00Z',
    section: 'News',
    nations: ['Syria'],
  },
  {
    key: 'd07',
    title: 'Lebanese chef wins culinary award',
    body: 'The restaurant near the Capitol in Beirut serves traditional mezze with a modern twist.',
    publishedAt: '2014-09-30T11:00:00Z',
    section: 'Lifestyle',
    nations: ['Lebanon'],
  },
  {
    key: 'd08',
    title: 'Saudi Arabia announces tourism visas',
    body: 'Visitors from many countries can now apply online for a tourist visa.',
    publishedAt: '2020-02-18T06:00:00Z',
    section: 'Business',
    nations: ['Saudi Arabia'],
    persons: ['Mohammed bin Salman'],
  },
  {
    key: 'd09',
    title: 'Queen Rania visits refugee camp',
    body: 'In Jordan, Queen Rania met families at the Zaatari camp and spoke about education.',
    publishedAt: '2021-04-05T13:20:00Z',
    section: 'News',
    nations: ['Jordan', 'Syria'],
    persons: ['Queen Rania'],
    authors: ['Rana Ahmad', 'Omar Saleh'],
  },
  {
    key: 'd10',
    title: 'Café culture thrives in Beirut',
    body: 'Despite the crisis, cafés in Beirut are full every evening.',
    publishedAt: '2013-08-12T19:00:00Z',
    section: 'Lifestyle',
    nations: ['Lebanon'],
  },
  {
    key: 'd11',
    title: 'الأردن يفتتح محطة للطاقة الشمسية',
    body: 'قال مسؤولون في عمّان إن المحطة ستزود المنازل بالكهرباء.',
    publishedAt: '2022-10-01T05:00:00Z',
    section: 'News',
    nations: ['Jordan'],
    lang: 'ar',
    source: 'ar.contract.example.org',
  },
  {
    key: 'd12',
    title: 'Markets react to oil prices',
    body: "Brokers in Dubai said <script>alert('x')</script> oil prices & shares fell sharply.",
    publishedAt: '2012-01-20T14:00:00Z',
    section: 'Business',
    nations: ['United Arab Emirates'],
  },
  {
    key: 'd13',
    title: 'Power cuts hit Gaza',
    body: 'Residents of Gaza have electricity for four hours a day, the authority said.',
    publishedAt: '2016-09-09T17:30:00Z',
    section: null,
    nations: ['Palestine'],
  },
  {
    key: 'd14',
    title: 'Solar energy in the desert',
    subtitle: 'Jordan became leader in renewable power',
    body: 'Engineers describe the challenges of building solar farms.',
    publishedAt: '2019-12-12T10:10:00Z',
    section: 'Business',
    nations: ['Jordan'],
    authors: ['Omar Saleh'],
  },
  {
    key: 'd15',
    title: 'Mohammed bin Salman meets Abdel Fattah el-Sisi in Riyadh',
    body: 'The two leaders discussed regional security and investment.',
    publishedAt: '2023-03-15T09:45:00Z',
    section: 'News',
    nations: ['Egypt', 'Saudi Arabia'],
    persons: ['Abdel Fattah el-Sisi', 'Mohammed bin Salman'],
  },
];

/** The corpus as Documents, in key order. */
export const CORPUS: readonly Document[] = SPECS.map(article);

/** Two more, added and removed by the abbreviation case: "U.S." written with and without its dots. */
export const DOTTED: readonly Document[] = [
  {
    key: 'x01',
    title: 'Envoy lands in Amman',
    body: 'The U.S. envoy met the U.N. team at the airport.',
    publishedAt: '2024-01-10T08:00:00Z',
    section: 'News',
    nations: ['Jordan'],
  },
  {
    key: 'x02',
    title: 'Talks resume in Doha',
    body: 'US officials and the UN mediator met again.',
    publishedAt: '2024-01-11T08:00:00Z',
    section: 'News',
    nations: ['Qatar'],
  },
].map(article);

/** Two more published in the same second, older than the corpus, added and removed by the scan case (date ties). */
export const TIES: readonly Document[] = [
  {
    key: 't01',
    title: 'Harbour reopens after storm',
    body: 'Fishing boats returned to the harbour.',
    publishedAt: '2011-05-05T05:05:05Z',
    section: 'News',
    nations: ['Oman'],
  },
  {
    key: 't02',
    title: 'Museum adds a new wing',
    body: 'The wing shows pottery from the coast.',
    publishedAt: '2011-05-05T05:05:05Z',
    section: 'Lifestyle',
    nations: ['Oman'],
  },
].map(article);

/** Document id by its short key ("d01"…). */
export const ID: Readonly<Record<string, string>> = Object.fromEntries(SPECS.map((s, i) => [s.key, CORPUS[i]!.id]));

/** Short key by document id, to state expected orders readably. */
export const KEY: Readonly<Record<string, string>> = Object.fromEntries(SPECS.map((s, i) => [CORPUS[i]!.id, s.key]));

export function byKey(key: string): Document {
  return CORPUS.find((d) => d.id === ID[key])!;
}

export const CONTRACT_SYNONYMS = [['daesh', 'isis', 'isil', 'islamic state']];
