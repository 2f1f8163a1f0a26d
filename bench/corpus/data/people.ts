/**
 * @module Name parts and roles for the synthetic person pool. Names are combined at random
 * (fixed seed), so they are invented people; particles (al-, bin, von der, Le, de la, van)
 * and titles appear the way they do in real wire copy.
 */

export interface NameGroup {
  /** which nations' officials draw from this group */
  nations: readonly string[];
  first: readonly string[];
  last: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    nations: ['Saudi Arabia', 'Egypt', 'Jordan', 'United Arab Emirates', 'Iraq', 'Syria', 'Lebanon', 'Qatar', 'Kuwait', 'Palestine', 'Bahrain', 'Oman', 'Yemen', 'Libya', 'Morocco', 'Tunisia', 'Algeria', 'Sudan', 'Mauritania'],
    first: ['Ahmed', 'Mohammed', 'Khalid', 'Omar', 'Faisal', 'Tariq', 'Hassan', 'Youssef', 'Samir', 'Nabil', 'Rami', 'Karim', 'Walid', 'Ziad', 'Hani', 'Fadi', 'Layla', 'Rania', 'Noura', 'Huda', 'Dalia', 'Salma', 'Mona', 'Reem', 'Hala', 'Amal', 'Bassem', 'Adel', 'Majid', 'Sultan', 'Abdulrahman', 'Ibrahim', 'Mustafa', 'Jamal', 'Suha', 'Lina', 'Ghassan', 'Marwan', 'Nadia', 'Yasmin'],
    last: ['al-Rashid', 'al-Masri', 'Haddad', 'Khoury', 'Nasser', 'al-Tamimi', 'Mansour', 'Saleh', 'Qasim', 'al-Jabouri', 'Abu Zeid', 'el-Sayed', 'bin Khalifa', 'Aziz', 'Hamdan', 'al-Shami', 'Darwish', 'Barakat', 'Shaheen', 'al-Otaibi', 'al-Harbi', 'Farouk', 'Habib', 'Taha', 'al-Zoubi', 'al-Khatib', 'bin Saeed', 'al-Qahtani', 'Awad', 'Suleiman', 'el-Din', 'al-Hashimi', 'Abdel Nour', 'bin Hamad', 'al-Kaabi', 'Jaber', 'Osman', 'al-Amiri'],
  },
  {
    nations: ['United States', 'United Kingdom', 'Canada', 'Australia'],
    first: ['James', 'Michael', 'David', 'Sarah', 'Emma', 'John', 'Robert', 'Anna', 'Thomas', 'Laura', 'Chad', 'Karen', 'Steven', 'Rebecca', 'Andrew', 'Catherine', 'Mark', 'Jennifer', 'Peter', 'Alison'],
    last: ['Carter', 'Miller', 'Hughes', 'Bennett', 'Walker', 'Thornton', 'Gallagher', 'Price', 'Whitman', 'Sullivan', 'Harrington', 'Foster', 'Blake', 'McKenzie', 'Reynolds', 'Caldwell', 'Pemberton', 'Lockwood'],
  },
  {
    nations: ['France', 'Belgium', 'Switzerland'],
    first: ['Pierre', 'Jean-Marc', 'François', 'Claire', 'Jean-Yves', 'Sophie', 'Laurent', 'Isabelle', 'Olivier', 'Camille', 'Thierry', 'Hélène'],
    last: ['Dubois', 'Moreau', 'Le Gall', 'Le Roux', 'de la Fontaine', 'Lefèvre', 'Girard', 'Le Bris', 'Marchand', 'de Villiers', 'Rousseau', 'Fabre'],
  },
  {
    nations: ['Germany', 'Netherlands', 'Sweden', 'Norway', 'Poland', 'Czech Republic', 'Ukraine'],
    first: ['Hans', 'Klaus', 'Ursula', 'Ingrid', 'Lars', 'Anke', 'Jan', 'Katarzyna', 'Pieter', 'Sven', 'Olena', 'Tomas'],
    last: ['von der Heide', 'Schneider', 'Weber', 'Lindqvist', 'Novak', 'Kowalski', 'van Dijk', 'Brandt', 'Jansen', 'Halvorsen', 'Kovalenko', 'von Arnim'],
  },
  {
    nations: ['Italy', 'Spain', 'Greece', 'Cyprus', 'Brazil', 'Argentina', 'Mexico'],
    first: ['Giulia', 'Marco', 'Elena', 'Carlos', 'Sofia', 'Javier', 'Nikos', 'Lucia', 'Andreas', 'Mateo'],
    last: ['Rossi', 'Bianchi', 'Garcia', 'Fernandez', 'Papadopoulos', 'Moretti', 'de la Cruz', 'Alvarez', 'Georgiou', 'Santoro'],
  },
  {
    nations: ['Turkey', 'Iran', 'Azerbaijan', 'Armenia', 'Afghanistan', 'Pakistan'],
    first: ['Mehmet', 'Ayse', 'Emre', 'Reza', 'Ali', 'Mahmoud', 'Javad', 'Zeynep', 'Farhad', 'Selin', 'Imran', 'Arman'],
    last: ['Yilmaz', 'Demir', 'Kaya', 'Hosseini', 'Rahimi', 'Tehrani', 'Aliyev', 'Sarkissian', 'Karimi', 'Ozturk', 'Qureshi', 'Safavi'],
  },
  // Smaller groups where a first name only fits its own country's surnames.
  { nations: ['Russia'], first: ['Sergei', 'Dmitry', 'Olga', 'Andrei'], last: ['Volkov', 'Ivanov', 'Sokolov', 'Morozov'] },
  { nations: ['China'], first: ['Wei', 'Li', 'Jun', 'Mei'], last: ['Zhang', 'Chen', 'Wang', 'Liu'] },
  { nations: ['Japan'], first: ['Hiroshi', 'Yuki', 'Kenji'], last: ['Tanaka', 'Sato', 'Nakamura'] },
  { nations: ['South Korea', 'North Korea'], first: ['Min-jun', 'Ji-woo', 'Seo-yeon'], last: ['Park', 'Kim', 'Choi'] },
  { nations: ['India'], first: ['Rajesh', 'Priya', 'Arjun', 'Sunita'], last: ['Sharma', 'Patel', 'Iyer', 'Gupta'] },
  { nations: ['Indonesia', 'Malaysia'], first: ['Budi', 'Siti', 'Agus'], last: ['Santoso', 'Wijaya', 'Rahman'] },
  { nations: ['Israel'], first: ['Avi', 'Noa', 'Yossi'], last: ['Levi', 'Mizrahi', 'Peretz'] },
  { nations: ['Ethiopia', 'Somalia', 'Kenya'], first: ['Abiy', 'Amina', 'Dawit', 'Wanjiru'], last: ['Tesfaye', 'Warsame', 'Mwangi', 'Bekele'] },
  { nations: ['Nigeria', 'South Africa'], first: ['Chidi', 'Thabo', 'Ngozi', 'Sipho'], last: ['Okafor', 'Mokoena', 'Adeyemi', 'Dlamini'] },
];

/**
 * Roles. `official` roles belong to a nation and are introduced with its demonym
 * ("French Foreign Minister X"), which is also how the nation enters the ground truth.
 */
export interface Role {
  title: string;
  official: boolean;
  /** sections in which this role tends to be quoted */
  sections: readonly string[];
}

export const ROLES: readonly Role[] = [
  { title: 'President', official: true, sections: ['News', 'Opinion'] },
  { title: 'Prime Minister', official: true, sections: ['News', 'Opinion'] },
  { title: 'Foreign Minister', official: true, sections: ['News'] },
  { title: 'Defense Minister', official: true, sections: ['News'] },
  { title: 'Defense Secretary', official: true, sections: ['News'] },
  { title: 'Interior Minister', official: true, sections: ['News'] },
  { title: 'Finance Minister', official: true, sections: ['Business', 'News'] },
  { title: 'Energy Minister', official: true, sections: ['Business'] },
  { title: 'Economy Minister', official: true, sections: ['Business'] },
  { title: 'Tourism Minister', official: true, sections: ['Life & Style', 'Business'] },
  { title: 'Culture Minister', official: true, sections: ['Entertainment', 'Life & Style'] },
  { title: 'Sports Minister', official: true, sections: ['Sports'] },
  { title: 'Ambassador', official: true, sections: ['News'] },
  { title: 'General', official: true, sections: ['News'] },
  { title: 'central bank governor', official: true, sections: ['Business'] },
  { title: 'Sheikh', official: true, sections: ['News', 'Business'] },
  { title: 'spokesperson', official: true, sections: ['News'] },
  { title: 'analyst', official: false, sections: ['News', 'Business', 'Opinion'] },
  { title: 'economist', official: false, sections: ['Business'] },
  { title: 'professor', official: false, sections: ['News', 'Opinion', 'Life & Style'] },
  { title: 'chief executive', official: false, sections: ['Business', 'Tech'] },
  { title: 'founder', official: false, sections: ['Tech', 'Business', 'Life & Style'] },
  { title: 'coach', official: false, sections: ['Sports'] },
  { title: 'striker', official: false, sections: ['Sports'] },
  { title: 'midfielder', official: false, sections: ['Sports'] },
  { title: 'singer', official: false, sections: ['Entertainment'] },
  { title: 'actress', official: false, sections: ['Entertainment'] },
  { title: 'director', official: false, sections: ['Entertainment'] },
  { title: 'chef', official: false, sections: ['Life & Style'] },
  { title: 'designer', official: false, sections: ['Life & Style'] },
  { title: 'researcher', official: false, sections: ['Tech', 'News'] },
];

/** Arabic name parts for the Arabic edition (persons there are written in Arabic). */
export const AR_FIRST = ['أحمد', 'محمد', 'خالد', 'عمر', 'فيصل', 'طارق', 'حسن', 'يوسف', 'سمير', 'نبيل', 'رامي', 'كريم', 'وليد', 'زياد', 'هاني', 'فادي', 'ليلى', 'رانيا', 'نورة', 'هدى', 'داليا', 'سلمى', 'منى', 'ريم', 'هالة', 'أمل', 'باسل', 'عادل', 'ماجد', 'سلطان', 'إبراهيم', 'مصطفى', 'جمال', 'سهى', 'غسان', 'مروان'] as const;
export const AR_LAST = ['الرشيد', 'المصري', 'حداد', 'خوري', 'ناصر', 'التميمي', 'منصور', 'صالح', 'قاسم', 'الجبوري', 'أبو زيد', 'السيد', 'العزيز', 'حمدان', 'الشامي', 'درويش', 'بركات', 'شاهين', 'العتيبي', 'الحربي', 'فاروق', 'حبيب', 'طه', 'الزعبي', 'العبادي', 'الخطيب', 'القحطاني', 'الكعبي', 'الهاشمي', 'العامري'] as const;

export interface ArRole { title: string; official: boolean }
/** Arabic titles; official ones take the nation adjective after them (وزير الخارجية الأردني). */
export const AR_ROLES: readonly ArRole[] = [
  { title: 'وزير الخارجية', official: true },
  { title: 'وزير الدفاع', official: true },
  { title: 'وزير المالية', official: true },
  { title: 'وزير الطاقة', official: true },
  { title: 'رئيس الوزراء', official: true },
  { title: 'السفير', official: true },
  { title: 'المتحدث باسم الحكومة', official: false },
  { title: 'الخبير الاقتصادي', official: false },
  { title: 'المحلل السياسي', official: false },
  { title: 'الدكتور', official: false },
  { title: 'المدرب', official: false },
  { title: 'الفنان', official: false },
];

/** Bylines: staff names and desk bylines, as the site shows them. */
export const AUTHORS_EN = ['Al Bawaba', 'Al Bawaba', 'Al Bawaba Business', 'Hiba Qaddoura', 'Nizar Salloum', 'Ruba Kanaan', 'Issa Mahfouz', 'Dima Ghanem', 'Fares Touma', 'Jad Sarraf', 'Tala Bitar', 'Wassim Akl', 'Maysa Haj', 'Nour Abboud', 'Joseph Kassab', 'Reem Shadid', 'Ward Tannous', 'Ahmad Zaher', 'Leen Obeidat', 'Bashar Hourani'] as const;
export const AUTHORS_AR = ['البوابة', 'البوابة', 'هبة القدومي', 'نزار سلوم', 'ربى كنعان', 'عيسى محفوظ', 'رشا الحلبي', 'مازن القيسي'] as const;
