/**
 * @module Word lists for the English prose generator. Each list is ordered from common to
 * rare: the generator draws from it with a Zipf law, so the first words land in most articles
 * of their section and the last ones in few. Lists avoid every word that is also a country
 * sense (turkey, china, jordan, chad) so the ground truth stays exact.
 */

export interface SectionLexicon {
  name: string;
  slug: string;
  /** share of the corpus (relative weight) */
  weight: number;
  nouns: readonly string[];
  plurals: readonly string[];
  verbs: readonly string[];
  /** topical tags (the site's tags are topics and nations) */
  tags: readonly string[];
}

export const SECTIONS: readonly SectionLexicon[] = [
  {
    name: 'News', slug: 'news', weight: 42,
    nouns: ['government', 'ceasefire', 'offensive', 'parliament', 'election', 'border', 'coalition', 'ministry', 'delegation', 'crisis', 'conflict', 'summit', 'agreement', 'investigation', 'campaign', 'military', 'opposition', 'referendum', 'constitution', 'blockade', 'withdrawal', 'deployment', 'mandate', 'truce', 'uprising', 'insurgency', 'crackdown', 'amnesty', 'resolution', 'roadmap', 'dialogue', 'checkpoint', 'convoy', 'corridor', 'tribunal', 'verdict', 'curfew', 'embargo', 'annexation', 'mediation', 'detention', 'evacuation', 'reconstruction', 'ballot', 'cabinet reshuffle', 'security pact', 'peace process', 'prisoner swap', 'no-fly zone', 'state of emergency'],
    plurals: ['officials', 'forces', 'troops', 'militants', 'refugees', 'protesters', 'sanctions', 'airstrikes', 'talks', 'negotiations', 'lawmakers', 'diplomats', 'civilians', 'casualties', 'fighters', 'observers', 'activists', 'voters', 'detainees', 'displaced families', 'aid agencies', 'security services', 'border crossings', 'peacekeepers', 'envoys', 'militias', 'tribal leaders', 'election monitors'],
    verbs: ['approved', 'rejected', 'condemned', 'announced', 'postponed', 'extended', 'suspended', 'welcomed', 'criticised', 'endorsed', 'launched', 'halted', 'resumed', 'denounced', 'ratified', 'blocked', 'brokered', 'vetoed', 'reaffirmed', 'overturned'],
    tags: ['Politics', 'Diplomacy', 'Conflict', 'Security', 'Refugees', 'Elections', 'Human Rights', 'Coalition', 'ISIS', 'Daesh', 'Terrorism', 'Protests'],
  },
  {
    name: 'Business', slug: 'business', weight: 20,
    nouns: ['economy', 'market', 'budget', 'deficit', 'inflation', 'investment', 'oil output', 'revenue', 'stock exchange', 'merger', 'acquisition', 'listing', 'bond issue', 'currency', 'interest rate', 'trade deal', 'stimulus package', 'free zone', 'pipeline', 'refinery', 'privatisation', 'sovereign fund', 'credit rating', 'joint venture', 'tender', 'subsidy', 'tariff', 'remittance', 'tourism sector', 'real estate market', 'logistics hub', 'dividend', 'balance sheet', 'liquidity', 'debt restructuring', 'initial public offering', 'gas field', 'solar plant', 'desalination plant', 'trade surplus'],
    plurals: ['investors', 'shares', 'exports', 'imports', 'profits', 'prices', 'banks', 'companies', 'lenders', 'shareholders', 'analysts', 'contracts', 'bonds', 'consumers', 'developers', 'startups', 'airlines', 'retailers', 'manufacturers', 'property prices', 'oil prices', 'fuel prices', 'job seekers', 'small businesses'],
    verbs: ['reported', 'raised', 'cut', 'forecast', 'posted', 'signed', 'secured', 'acquired', 'listed', 'downgraded', 'upgraded', 'expanded', 'slashed', 'doubled', 'financed', 'unveiled', 'delayed', 'priced', 'restructured', 'outperformed'],
    tags: ['Economy', 'Oil', 'Markets', 'Banking', 'Investment', 'Real Estate', 'Energy', 'Trade', 'LNG', 'Startups', 'Tourism'],
  },
  {
    name: 'Sports', slug: 'sports', weight: 10,
    nouns: ['match', 'tournament', 'league', 'championship', 'qualifier', 'season', 'stadium', 'final', 'semi-final', 'transfer', 'penalty', 'derby', 'title race', 'friendly', 'group stage', 'world cup campaign', 'squad', 'federation', 'contract', 'injury', 'comeback', 'hat-trick', 'clean sheet', 'red card', 'extra time', 'marathon', 'grand prix', 'medal tally', 'training camp', 'relegation battle'],
    plurals: ['fans', 'players', 'goals', 'clubs', 'supporters', 'referees', 'athletes', 'points', 'tickets', 'medals', 'coaches', 'defenders', 'goalkeepers', 'spectators', 'sponsors', 'rivals'],
    verbs: ['won', 'lost', 'drew', 'signed', 'scored', 'clinched', 'secured', 'hosted', 'defeated', 'edged', 'thrashed', 'overturned', 'sealed', 'missed', 'celebrated'],
    tags: ['Football', 'World Cup', 'Olympics', 'Formula 1', 'Tennis', 'Basketball', 'Saudi Pro League', 'AFC', 'Transfers'],
  },
  {
    name: 'Entertainment', slug: 'entertainment', weight: 10,
    nouns: ['film', 'album', 'concert', 'series', 'festival', 'premiere', 'box office', 'soundtrack', 'music video', 'red carpet', 'award ceremony', 'talent show', 'documentary', 'sequel', 'streaming deal', 'world tour', 'comedy', 'drama', 'screenplay', 'casting call', 'remake', 'fan base', 'wedding', 'interview', 'single', 'cover shoot'],
    plurals: ['fans', 'viewers', 'critics', 'artists', 'celebrities', 'audiences', 'performers', 'followers', 'producers', 'musicians', 'filmmakers', 'influencers', 'ratings', 'streams'],
    verbs: ['released', 'premiered', 'announced', 'performed', 'shared', 'revealed', 'launched', 'teased', 'won', 'thrilled', 'surprised', 'topped', 'cancelled', 'wrapped', 'celebrated'],
    tags: ['Celebrities', 'Music', 'Film', 'TV', 'Ramadan Series', 'Fashion', 'Viral', 'Festivals'],
  },
  {
    name: 'Opinion', slug: 'opinion', weight: 5,
    nouns: ['policy', 'debate', 'strategy', 'approach', 'legacy', 'dilemma', 'reform agenda', 'social contract', 'narrative', 'consensus', 'doctrine', 'balance of power', 'vision', 'question', 'paradox', 'lesson', 'gamble', 'illusion', 'turning point', 'status quo'],
    plurals: ['governments', 'leaders', 'citizens', 'young people', 'elites', 'institutions', 'critics', 'reformers', 'neighbours', 'allies', 'commentators', 'historians'],
    verbs: ['ignored', 'misread', 'underestimated', 'exposed', 'reshaped', 'tested', 'undermined', 'revived', 'abandoned', 'embraced', 'questioned', 'squandered'],
    tags: ['Analysis', 'Opinion', 'Geopolitics', 'Reform', 'Society'],
  },
  {
    name: 'Life & Style', slug: 'life-style', weight: 8,
    nouns: ['recipe', 'fashion week', 'travel guide', 'diet', 'hotel', 'resort', 'wellness retreat', 'collection', 'restaurant', 'beauty trend', 'skincare routine', 'workout', 'heritage site', 'desert camp', 'wedding season', 'iftar menu', 'coffee culture', 'art fair', 'design week', 'perfume', 'museum', 'road trip', 'street food', 'sleep habit', 'home makeover'],
    plurals: ['visitors', 'tourists', 'designers', 'shoppers', 'families', 'travellers', 'chefs', 'guests', 'parents', 'students', 'doctors', 'nutritionists', 'bloggers', 'collectors'],
    verbs: ['opened', 'unveiled', 'showcased', 'recommended', 'reinvented', 'celebrated', 'welcomed', 'introduced', 'curated', 'designed', 'revived', 'attracted'],
    tags: ['Travel', 'Food', 'Fashion', 'Health', 'Ramadan', 'Beauty', 'Culture', 'Wellness'],
  },
  {
    name: 'Tech', slug: 'tech', weight: 5,
    nouns: ['app', 'platform', 'smartphone', 'data centre', 'cloud service', 'artificial intelligence', 'chatbot', 'network', 'cyberattack', 'data breach', 'satellite', 'electric vehicle', 'fintech licence', 'semiconductor plant', 'software update', 'broadband rollout', 'e-commerce', 'digital wallet', 'drone programme', 'gaming studio'],
    plurals: ['users', 'engineers', 'developers', 'hackers', 'subscribers', 'regulators', 'gamers', 'programmers', 'researchers', 'devices', 'downloads', 'servers'],
    verbs: ['launched', 'unveiled', 'acquired', 'hacked', 'updated', 'banned', 'tested', 'rolled out', 'licensed', 'patched', 'integrated', 'crashed'],
    tags: ['Technology', 'AI', 'Cybersecurity', 'Startups', 'Telecom', 'Space'],
  },
];

/** Shared words, common first: these are what put some words in most articles. */
export const ADJECTIVES = ['new', 'major', 'senior', 'regional', 'national', 'international', 'local', 'economic', 'political', 'significant', 'recent', 'key', 'official', 'public', 'historic', 'critical', 'growing', 'latest', 'joint', 'controversial', 'unprecedented', 'ambitious', 'fragile', 'sweeping', 'long-awaited', 'landmark', 'modest', 'sharp', 'surprise', 'cautious', 'bilateral', 'humanitarian', 'strategic', 'temporary', 'emergency', 'renewed', 'symbolic', 'lengthy', 'rare', 'bitter', 'decisive', 'tentative', 'unexpected', 'record', 'delicate', 'far-reaching', 'informal', 'overdue', 'protracted', 'transitional'];

export const ADVERBS = ['also', 'already', 'still', 'recently', 'repeatedly', 'publicly', 'quietly', 'formally', 'sharply', 'briefly', 'openly', 'largely', 'firmly', 'reportedly', 'gradually'];

export const TIME_PHRASES = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'earlier this month', 'late on Tuesday', 'this week', 'last month', 'earlier this year', 'over the weekend', 'on Thursday evening', 'in recent days'];

export const ATTRIBUTIONS = ['said', 'told reporters', 'said in a statement', 'told Al Bawaba', 'wrote on social media', 'said at a news conference', 'told a local television channel', 'said in an interview'];

export const SOURCES = ['officials', 'sources familiar with the matter', 'a government spokesperson', 'state media', 'a senior diplomat', 'local media reports', 'the state news agency', 'two people briefed on the talks', 'an official statement', 'figures published by the ministry'];

/** Generic nouns shared by every section (the mid band of the distribution). */
export const SHARED_NOUNS = ['plan', 'decision', 'statement', 'report', 'meeting', 'proposal', 'deal', 'move', 'programme', 'project', 'initiative', 'visit', 'announcement', 'process', 'framework', 'deadline', 'timeline', 'review', 'study', 'survey', 'phase', 'target', 'request', 'warning', 'response', 'measure', 'system', 'network', 'partnership', 'strategy', 'committee', 'council', 'authority', 'agency', 'conference', 'forum', 'workshop', 'memorandum', 'decree', 'audit', 'inquiry', 'pledge', 'bid', 'launch', 'ceremony', 'milestone', 'setback', 'shortfall', 'backlash', 'overhaul'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Syllables for the long tail of rare proper nouns (projects, companies, villages). */
export const TAIL_SYLLABLES = ['ka', 'ra', 'mi', 'so', 'tal', 'ven', 'dor', 'lu', 'ne', 'zar', 'qi', 'bel', 'mar', 'ost', 'ri', 'dan', 'fe', 'ha', 'lim', 'no', 'sur', 'tem', 'ul', 'wa', 'yas', 'zen', 'cor', 'dal', 'fir', 'gan', 'hel', 'kes', 'lor', 'mun', 'nar', 'pel', 'rov', 'sil', 'tur'];
export const TAIL_KINDS = ['Holdings', 'Group', 'Institute', 'Partners', 'Capital', 'Foundation', 'Energy', 'Logistics', 'Labs', 'Properties'] as const;
