/**
 * @module The synthetic corpus's gazetteer: 60 states, each with the forms the prose may use.
 * Every form here maps to exactly one canonical name, so the generator's ground truth is exact.
 * Cities are kept apart on purpose: they are mentioned without counting as nations.
 */

export interface NationForms {
  /** canonical everyday English short name (the entity rules' form) */
  name: string;
  /** noun forms used in running text, the first one the most common */
  forms: readonly string[];
  /** adjective / demonym ("French", "Iraqi") */
  demonym: string;
  /** plural people noun ("the French" is awkward, so "Iraqis", "Egyptians") */
  people: string;
  /** cities in the state: mentioned in prose, never counted as the nation */
  cities: readonly string[];
  /** Arabic name as written in running text */
  ar: string;
  /** Arabic masculine adjective with article (الأردني); feminine is this + ة */
  arAdj: string | null;
  /** weight: how often the corpus mentions it (Middle East heavy, like the site) */
  weight: number;
}

// One nation a line.
// prettier-ignore
export const NATIONS: readonly NationForms[] = [
  { name: 'United States', forms: ['the United States', 'the US', 'America', 'the U.S.'], demonym: 'American', people: 'Americans', cities: ['Washington', 'New York'], ar: 'الولايات المتحدة', arAdj: 'الأمريكي', weight: 30 },
  { name: 'Saudi Arabia', forms: ['Saudi Arabia', 'the Kingdom of Saudi Arabia', 'KSA'], demonym: 'Saudi', people: 'Saudis', cities: ['Riyadh', 'Jeddah'], ar: 'السعودية', arAdj: 'السعودي', weight: 24 },
  { name: 'Egypt', forms: ['Egypt'], demonym: 'Egyptian', people: 'Egyptians', cities: ['Cairo', 'Alexandria'], ar: 'مصر', arAdj: 'المصري', weight: 22 },
  { name: 'Jordan', forms: ['Jordan'], demonym: 'Jordanian', people: 'Jordanians', cities: ['Amman', 'Aqaba'], ar: 'الأردن', arAdj: 'الأردني', weight: 20 },
  { name: 'United Arab Emirates', forms: ['the United Arab Emirates', 'the UAE', 'the Emirates'], demonym: 'Emirati', people: 'Emiratis', cities: ['Abu Dhabi', 'Dubai', 'Sharjah'], ar: 'الإمارات', arAdj: 'الإماراتي', weight: 20 },
  { name: 'Iraq', forms: ['Iraq'], demonym: 'Iraqi', people: 'Iraqis', cities: ['Baghdad', 'Mosul', 'Basra', 'Erbil'], ar: 'العراق', arAdj: 'العراقي', weight: 20 },
  { name: 'Syria', forms: ['Syria'], demonym: 'Syrian', people: 'Syrians', cities: ['Damascus', 'Aleppo', 'Raqqa', 'Homs'], ar: 'سوريا', arAdj: 'السوري', weight: 20 },
  { name: 'Turkey', forms: ['Turkey', 'Türkiye'], demonym: 'Turkish', people: 'Turks', cities: ['Ankara', 'Istanbul'], ar: 'تركيا', arAdj: 'التركي', weight: 16 },
  { name: 'Iran', forms: ['Iran'], demonym: 'Iranian', people: 'Iranians', cities: ['Tehran', 'Isfahan'], ar: 'إيران', arAdj: 'الإيراني', weight: 16 },
  { name: 'France', forms: ['France'], demonym: 'French', people: 'French citizens', cities: ['Paris', 'Marseille'], ar: 'فرنسا', arAdj: 'الفرنسي', weight: 14 },
  { name: 'United Kingdom', forms: ['the United Kingdom', 'Britain', 'the UK'], demonym: 'British', people: 'Britons', cities: ['London', 'Manchester'], ar: 'بريطانيا', arAdj: 'البريطاني', weight: 14 },
  { name: 'Lebanon', forms: ['Lebanon'], demonym: 'Lebanese', people: 'Lebanese citizens', cities: ['Beirut', 'Sidon'], ar: 'لبنان', arAdj: 'اللبناني', weight: 14 },
  { name: 'Qatar', forms: ['Qatar'], demonym: 'Qatari', people: 'Qataris', cities: ['Doha'], ar: 'قطر', arAdj: 'القطري', weight: 12 },
  { name: 'Kuwait', forms: ['Kuwait'], demonym: 'Kuwaiti', people: 'Kuwaitis', cities: ['Jahra'], ar: 'الكويت', arAdj: 'الكويتي', weight: 10 },
  { name: 'Russia', forms: ['Russia', 'the Russian Federation'], demonym: 'Russian', people: 'Russians', cities: ['Moscow', 'Saint Petersburg'], ar: 'روسيا', arAdj: 'الروسي', weight: 12 },
  { name: 'Palestine', forms: ['Palestine'], demonym: 'Palestinian', people: 'Palestinians', cities: ['Ramallah', 'Nablus'], ar: 'فلسطين', arAdj: 'الفلسطيني', weight: 10 },
  { name: 'Israel', forms: ['Israel'], demonym: 'Israeli', people: 'Israelis', cities: ['Tel Aviv', 'Haifa'], ar: 'إسرائيل', arAdj: 'الإسرائيلي', weight: 10 },
  { name: 'China', forms: ['China'], demonym: 'Chinese', people: 'Chinese nationals', cities: ['Beijing', 'Shanghai'], ar: 'الصين', arAdj: 'الصيني', weight: 10 },
  { name: 'Germany', forms: ['Germany'], demonym: 'German', people: 'Germans', cities: ['Berlin', 'Munich'], ar: 'ألمانيا', arAdj: 'الألماني', weight: 8 },
  { name: 'Bahrain', forms: ['Bahrain'], demonym: 'Bahraini', people: 'Bahrainis', cities: ['Manama'], ar: 'البحرين', arAdj: 'البحريني', weight: 7 },
  { name: 'Oman', forms: ['Oman'], demonym: 'Omani', people: 'Omanis', cities: ['Muscat', 'Salalah'], ar: 'سلطنة عمان', arAdj: 'العماني', weight: 7 },
  { name: 'Yemen', forms: ['Yemen'], demonym: 'Yemeni', people: 'Yemenis', cities: ['Sanaa', 'Aden'], ar: 'اليمن', arAdj: 'اليمني', weight: 9 },
  { name: 'Libya', forms: ['Libya'], demonym: 'Libyan', people: 'Libyans', cities: ['Benghazi', 'Misrata'], ar: 'ليبيا', arAdj: 'الليبي', weight: 7 },
  { name: 'Morocco', forms: ['Morocco'], demonym: 'Moroccan', people: 'Moroccans', cities: ['Rabat', 'Casablanca', 'Marrakech'], ar: 'المغرب', arAdj: 'المغربي', weight: 7 },
  { name: 'Tunisia', forms: ['Tunisia'], demonym: 'Tunisian', people: 'Tunisians', cities: ['Tunis', 'Sfax'], ar: 'تونس', arAdj: 'التونسي', weight: 6 },
  { name: 'Algeria', forms: ['Algeria'], demonym: 'Algerian', people: 'Algerians', cities: ['Algiers', 'Oran'], ar: 'الجزائر', arAdj: 'الجزائري', weight: 6 },
  { name: 'Sudan', forms: ['Sudan'], demonym: 'Sudanese', people: 'Sudanese civilians', cities: ['Khartoum', 'Omdurman'], ar: 'السودان', arAdj: 'السوداني', weight: 6 },
  { name: 'India', forms: ['India'], demonym: 'Indian', people: 'Indians', cities: ['New Delhi', 'Mumbai'], ar: 'الهند', arAdj: 'الهندي', weight: 6 },
  { name: 'Pakistan', forms: ['Pakistan'], demonym: 'Pakistani', people: 'Pakistanis', cities: ['Islamabad', 'Karachi'], ar: 'باكستان', arAdj: 'الباكستاني', weight: 5 },
  { name: 'Afghanistan', forms: ['Afghanistan'], demonym: 'Afghan', people: 'Afghans', cities: ['Kabul', 'Kandahar'], ar: 'أفغانستان', arAdj: 'الأفغاني', weight: 5 },
  { name: 'Italy', forms: ['Italy'], demonym: 'Italian', people: 'Italians', cities: ['Rome', 'Milan'], ar: 'إيطاليا', arAdj: 'الإيطالي', weight: 5 },
  { name: 'Spain', forms: ['Spain'], demonym: 'Spanish', people: 'Spaniards', cities: ['Madrid', 'Barcelona'], ar: 'إسبانيا', arAdj: 'الإسباني', weight: 4 },
  { name: 'Japan', forms: ['Japan'], demonym: 'Japanese', people: 'Japanese officials', cities: ['Tokyo', 'Osaka'], ar: 'اليابان', arAdj: 'الياباني', weight: 4 },
  { name: 'South Korea', forms: ['South Korea', 'the Republic of Korea'], demonym: 'South Korean', people: 'South Koreans', cities: ['Seoul', 'Busan'], ar: 'كوريا الجنوبية', arAdj: null, weight: 4 },
  { name: 'North Korea', forms: ['North Korea'], demonym: 'North Korean', people: 'North Koreans', cities: ['Pyongyang'], ar: 'كوريا الشمالية', arAdj: null, weight: 2 },
  { name: 'Canada', forms: ['Canada'], demonym: 'Canadian', people: 'Canadians', cities: ['Ottawa', 'Toronto'], ar: 'كندا', arAdj: 'الكندي', weight: 3 },
  { name: 'Mexico', forms: ['Mexico'], demonym: 'Mexican', people: 'Mexicans', cities: ['Guadalajara', 'Monterrey'], ar: 'المكسيك', arAdj: 'المكسيكي', weight: 2 },
  { name: 'Brazil', forms: ['Brazil'], demonym: 'Brazilian', people: 'Brazilians', cities: ['Brasilia', 'Sao Paulo'], ar: 'البرازيل', arAdj: 'البرازيلي', weight: 3 },
  { name: 'Argentina', forms: ['Argentina'], demonym: 'Argentine', people: 'Argentines', cities: ['Buenos Aires', 'Rosario'], ar: 'الأرجنتين', arAdj: 'الأرجنتيني', weight: 2 },
  { name: 'Australia', forms: ['Australia'], demonym: 'Australian', people: 'Australians', cities: ['Canberra', 'Sydney'], ar: 'أستراليا', arAdj: 'الأسترالي', weight: 3 },
  { name: 'Indonesia', forms: ['Indonesia'], demonym: 'Indonesian', people: 'Indonesians', cities: ['Jakarta', 'Surabaya'], ar: 'إندونيسيا', arAdj: 'الإندونيسي', weight: 3 },
  { name: 'Malaysia', forms: ['Malaysia'], demonym: 'Malaysian', people: 'Malaysians', cities: ['Kuala Lumpur', 'Penang'], ar: 'ماليزيا', arAdj: 'الماليزي', weight: 2 },
  { name: 'Greece', forms: ['Greece'], demonym: 'Greek', people: 'Greeks', cities: ['Athens', 'Thessaloniki'], ar: 'اليونان', arAdj: 'اليوناني', weight: 2 },
  { name: 'Cyprus', forms: ['Cyprus'], demonym: 'Cypriot', people: 'Cypriots', cities: ['Nicosia', 'Limassol'], ar: 'قبرص', arAdj: 'القبرصي', weight: 2 },
  { name: 'Netherlands', forms: ['the Netherlands', 'Holland'], demonym: 'Dutch', people: 'Dutch nationals', cities: ['Amsterdam', 'The Hague'], ar: 'هولندا', arAdj: 'الهولندي', weight: 2 },
  { name: 'Belgium', forms: ['Belgium'], demonym: 'Belgian', people: 'Belgians', cities: ['Antwerp', 'Liege'], ar: 'بلجيكا', arAdj: 'البلجيكي', weight: 2 },
  { name: 'Sweden', forms: ['Sweden'], demonym: 'Swedish', people: 'Swedes', cities: ['Stockholm', 'Gothenburg'], ar: 'السويد', arAdj: 'السويدي', weight: 2 },
  { name: 'Norway', forms: ['Norway'], demonym: 'Norwegian', people: 'Norwegians', cities: ['Oslo', 'Bergen'], ar: 'النرويج', arAdj: 'النرويجي', weight: 2 },
  { name: 'Switzerland', forms: ['Switzerland'], demonym: 'Swiss', people: 'Swiss nationals', cities: ['Geneva', 'Zurich'], ar: 'سويسرا', arAdj: 'السويسري', weight: 3 },
  { name: 'Poland', forms: ['Poland'], demonym: 'Polish', people: 'Poles', cities: ['Warsaw', 'Krakow'], ar: 'بولندا', arAdj: 'البولندي', weight: 2 },
  { name: 'Ukraine', forms: ['Ukraine'], demonym: 'Ukrainian', people: 'Ukrainians', cities: ['Kyiv', 'Odesa'], ar: 'أوكرانيا', arAdj: 'الأوكراني', weight: 4 },
  { name: 'Azerbaijan', forms: ['Azerbaijan'], demonym: 'Azerbaijani', people: 'Azerbaijanis', cities: ['Baku'], ar: 'أذربيجان', arAdj: 'الأذربيجاني', weight: 2 },
  { name: 'Armenia', forms: ['Armenia'], demonym: 'Armenian', people: 'Armenians', cities: ['Yerevan'], ar: 'أرمينيا', arAdj: 'الأرميني', weight: 2 },
  { name: 'Ethiopia', forms: ['Ethiopia'], demonym: 'Ethiopian', people: 'Ethiopians', cities: ['Addis Ababa'], ar: 'إثيوبيا', arAdj: 'الإثيوبي', weight: 2 },
  { name: 'Somalia', forms: ['Somalia'], demonym: 'Somali', people: 'Somalis', cities: ['Mogadishu'], ar: 'الصومال', arAdj: 'الصومالي', weight: 2 },
  { name: 'Kenya', forms: ['Kenya'], demonym: 'Kenyan', people: 'Kenyans', cities: ['Nairobi', 'Mombasa'], ar: 'كينيا', arAdj: 'الكيني', weight: 2 },
  { name: 'Nigeria', forms: ['Nigeria'], demonym: 'Nigerian', people: 'Nigerians', cities: ['Abuja', 'Lagos'], ar: 'نيجيريا', arAdj: 'النيجيري', weight: 2 },
  { name: 'South Africa', forms: ['South Africa'], demonym: 'South African', people: 'South Africans', cities: ['Pretoria', 'Johannesburg'], ar: 'جنوب أفريقيا', arAdj: null, weight: 2 },
  { name: 'Mauritania', forms: ['Mauritania'], demonym: 'Mauritanian', people: 'Mauritanians', cities: ['Nouakchott'], ar: 'موريتانيا', arAdj: 'الموريتاني', weight: 1 },
  { name: 'Czech Republic', forms: ['the Czech Republic', 'Czechia'], demonym: 'Czech', people: 'Czechs', cities: ['Prague', 'Brno'], ar: 'التشيك', arAdj: 'التشيكي', weight: 1 },
];

/** Regions, organisations and look-alikes: in the prose, never nations (entity traps). */
export const NOT_NATIONS = {
  regions: ['the Gulf', 'the Middle East', 'the Levant', 'North Africa', 'the Kurdistan region', 'Sinai', 'Gaza', 'the West Bank', 'the Red Sea', 'the Horn of Africa', 'Central Asia', 'the Mediterranean'],
  organisations: ['the United Nations', 'the UN', 'the European Union', 'the EU', 'NATO', 'OPEC', 'the GCC', 'the Arab League', 'the IMF', 'the World Bank', 'the African Union', 'the Red Crescent'],
  /** company or place names holding a country word: the rules say they do not count alone */
  lookalikes: ['Qatar Airways', 'Oman Air', 'Saudi Aramco', 'Emirates NBD', 'Kuwait Petroleum Corporation'],
  /** places named after a river or a person: not nations, not persons */
  places: ['the Jordan River', 'King Fahd Causeway', 'Charles de Gaulle Airport', 'King Abdulaziz International Airport'],
} as const;

export const AR_NOT_NATIONS = ['الخليج', 'الشرق الأوسط', 'الأمم المتحدة', 'الاتحاد الأوروبي', 'الجامعة العربية', 'صندوق النقد الدولي', 'قطاع غزة', 'الضفة الغربية'] as const;
