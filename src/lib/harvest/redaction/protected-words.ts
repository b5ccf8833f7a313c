// Words the redactor must keep: race, ethnicity, origin, religion, language and place are what equity notes are about,
// plus the everyday capitalised words (days, "Mom", "City Council") that a name detector would otherwise take for names.

/**
 * Never redacted by the name layers, however capitalised and wherever they stand. Matched whole-word, ignoring case and
 * accents; a phrase matches across spaces or hyphens ("African-American"), a single word also in the plural ("Sikhs").
 * The one exception is the circle's own roster, in a name-like position: see `findRosterNames` in names.ts.
 */
export const PROTECTED_WORDS: readonly string[] = [
	// Race and ethnicity.
	'Black', 'White', 'Brown', 'African American', 'Afro-Latino', 'Afro-Latina', 'Latino', 'Latina', 'Latinx', 'Latine',
	'Hispanic', 'Chicano', 'Chicana', 'Chicanx', 'Asian', 'Asian American', 'Pacific Islander', 'Native',
	'Native American', 'Indigenous', 'Alaska Native', 'Middle Eastern', 'Arab', 'Caucasian', 'BIPOC', 'POC', 'AAPI',
	'Hmong', 'Mien', 'Iu Mien', 'Lao', 'Laotian', 'Khmu', 'Cambodian', 'Khmer', 'Vietnamese', 'Chinese', 'Japanese',
	'Korean', 'Thai', 'Filipino', 'Filipina', 'Pinoy', 'Pinay', 'Samoan', 'Tongan', 'Fijian', 'Punjabi', 'Indian',
	'South Asian', 'Pakistani', 'Mexican', 'Mexican American', 'Salvadoran', 'Guatemalan', 'Honduran', 'Puerto Rican',
	'Cuban', 'Mixteco', 'Triqui', 'Russian', 'Ukrainian', 'Slavic', 'Moldovan', 'Armenian', 'Persian', 'Iranian',
	'Afghan', 'Syrian', 'Iraqi', 'Somali', 'Ethiopian', 'Eritrean', 'Nigerian', 'Jamaican', 'Haitian', 'Creole',
	'Miwok', 'Nisenan', 'Maidu', 'American', 'Immigrant', 'Refugee', 'Hazara', 'Pashtun', 'Tajik', 'Uzbek', 'Kazakh',
	'Kurdish', 'Assyrian', 'Chaldean', 'Tibetan', 'Burmese', 'Nepali', 'Bhutanese', 'Salvadorian',
	// Religion.
	'Sikh', 'Sikhs', 'Muslim', 'Muslims', 'Islam', 'Islamic', 'Jewish', 'Jew', 'Jews', 'Christian', 'Catholic',
	'Protestant', 'Baptist', 'Evangelical', 'Orthodox', 'Buddhist', 'Buddhism', 'Hindu', 'Mormon', 'Shaman', 'Gurdwara',
	'Mosque', 'Temple', 'Church', 'Synagogue', 'Ramadan', 'Eid', 'Diwali', 'Vaisakhi', 'Passover', 'Christmas', 'Easter',
	'Tet', 'Hmong New Year', 'Lunar New Year', 'Juneteenth', 'Bible', 'Quran', 'Torah', 'God', 'Allah', 'Jesus',
	// Languages.
	'English', 'Spanish', 'Tagalog', 'Farsi', 'Dari', 'Pashto', 'Arabic', 'Cantonese', 'Mandarin', 'Hindi', 'Urdu',
	'ASL', 'Ilocano',
	// Countries and regions of origin.
	'Laos', 'Thailand', 'Vietnam', 'Cambodia', 'China', 'Philippines', 'India', 'Punjab', 'Pakistan', 'Afghanistan',
	'Iran', 'Iraq', 'Syria', 'Ukraine', 'Russia', 'Moldova', 'Armenia', 'Mexico', 'Oaxaca', 'Michoacan', 'Jalisco',
	'El Salvador', 'Guatemala', 'Honduras', 'Somalia', 'Ethiopia', 'Eritrea', 'Nigeria', 'Jamaica', 'Haiti', 'Fiji',
	'Tonga', 'Samoa', 'Korea', 'Japan', 'Africa', 'Asia', 'Europe', 'Latin America', 'Central America', 'Central Asia',
	// Cities and regions people here came from: compromise knows few, and an unknown capitalised word reads as a name.
	'Tehran', 'Shiraz', 'Isfahan', 'Mashhad', 'Tabriz', 'Kabul', 'Herat', 'Kandahar', 'Mazar', 'Jalalabad', 'Hanoi',
	'Saigon', 'Ho Chi Minh City', 'Da Nang', 'Vientiane', 'Luang Prabang', 'Xieng Khouang', 'Long Tieng',
	'Ban Vinai', 'Manila', 'Cebu', 'Ilocos', 'Pampanga', 'Amritsar', 'Jalandhar', 'Ludhiana', 'Chandigarh', 'Delhi',
	'Lahore', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Moscow', 'Minsk', 'Chisinau', 'Yerevan', 'Mogadishu',
	'Addis Ababa', 'Asmara', 'Guadalajara', 'Tijuana', 'Mexico City', 'Morelia', 'Puebla', 'San Salvador',
	'Tegucigalpa', 'Guatemala City', 'Havana', 'South',
	'Deep South', 'Mississippi', 'Alabama', 'Louisiana', 'Texas', 'Oregon', 'America', 'United States', 'US', 'USA',
	// Sacramento: neighbourhoods, the region and well-known public places.
	'Sacramento', 'South Sacramento', 'North Sacramento', 'West Sacramento', 'Oak Park', 'Del Paso Heights', 'Del Paso',
	'Meadowview', 'Valley Hi', 'Florin', 'Fruitridge', 'Lemon Hill', 'Tahoe Park', 'Colonial Heights', 'Avondale',
	'Glen Elder', 'Parkway', 'Pocket', 'Greenhaven', 'Land Park', 'Curtis Park', 'Midtown', 'Downtown', 'East Sacramento',
	'Natomas', 'North Natomas', 'South Natomas', 'Arden', 'Arden-Arcade', 'Rancho Cordova', 'Citrus Heights',
	'North Highlands', 'Foothill Farms', 'Carmichael', 'Elk Grove', 'Florin Road', 'Stockton Boulevard',
	'Franklin Boulevard', 'Franklin', 'Norwood', 'Marysville', 'Northgate', 'Rio Linda', 'Watt Avenue', 'Broadway', 'Alkali Flat', 'Southside Park', 'Mack Road', 'Cal Expo', 'Old Sacramento',
	'Stockton', 'Fresno', 'Oakland', 'San Francisco', 'Los Angeles', 'Bay Area', 'Central Valley', 'Yolo',
	'California', 'Sacramento County', 'American River', 'Sacramento River', 'Capitol', 'State Capitol', 'Sac State',
	'UC Davis', 'Kaiser', 'Sutter', 'Dignity Health', 'SMUD', 'SacRT', 'Regional Transit', 'Light Rail', 'DMV', 'DHA',
	'SHRA', 'CalFresh', 'Medi-Cal', 'Medicare', 'WIC', 'SNAP', 'Section', 'Covid', 'COVID', 'Zoom', 'Facebook',
	'Instagram', 'WhatsApp', 'TikTok', 'WeChat', 'YouTube', 'Google', 'Uber', 'Lyft', 'DoorDash', 'Walmart', 'Target',
	'Safeway', 'Costco', 'Amazon', 'Wi-Fi', 'WiFi', 'Sierra Nevada', 'Tahoe',
	// Days, months and seasons.
	'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
	'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	// Everyday capitalised words and public roles.
	'I', 'Mom', 'Mama', 'Dad', 'Papa', 'Grandma', 'Grandpa', 'City', 'Council', 'City Council', 'Councilmember', 'Mayor',
	'Police', 'Sheriff', 'Department', 'Police Department', 'County', 'State', 'Federal', 'Supervisor', 'Superintendent',
	'District', 'School Board', 'Board', 'Office', 'Equity', 'Office of Equity', 'Community', 'Neighborhood',
	'Association', 'Center', 'Program', 'Circle', 'Keeper', 'Participant', 'Elder', 'Elders', 'Youth', 'Chief', 'Judge',
	'Governor', 'President', 'Congress', 'Constitution', 'Civil Rights', 'Black Lives Matter', 'Pride'
];

/**
 * A capitalised word followed by one of these names an institution or a street ("Luther Burbank High", "Florin Road",
 * "Hiram Johnson High School"): public places, not people, so the non-roster name layers leave the run alone.
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
	'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'way', 'drive', 'lane', 'park', 'school',
	'high', 'elementary', 'middle', 'academy', 'college', 'university', 'church', 'temple', 'mosque', 'gurdwara',
	'center', 'centre', 'clinic', 'hospital', 'library', 'market', 'mall', 'plaza', 'county', 'river', 'creek', 'lake',
	'station', 'heights', 'village', 'apartments', 'manor', 'terrace', 'foundation', 'institute', 'department',
	'program', 'association', 'alliance', 'coalition', 'collective', 'services', 'ministries', 'store', 'restaurant',
	'bakery', 'cafe', 'kitchen', 'pantry', 'community'
]);

/**
 * Words just before a name that say a person follows: honorifics, kin and relationship words (including Hmong,
 * Vietnamese, Punjabi, Spanish, Tagalog, Persian and Russian forms) and public titles ("Chief Hahn"), because
 * compromise misses many non-Anglo names.
 * "Sister" and "Father" are here for nuns and priests as much as for siblings.
 */
export const NAME_CUES: ReadonlySet<string> = new Set([
	'mr', 'ms', 'mrs', 'miss', 'mx', 'dr', 'sir', 'madam', 'dona', 'senor', 'senora', 'sr', 'sra', 'srta',
	'friend', 'neighbor', 'neighbour', 'roommate', 'coworker', 'classmate', 'boss', 'landlord', 'manager', 'caseworker',
	'counselor', 'teacher', 'coach', 'pastor', 'imam', 'father', 'officer', 'deputy', 'sergeant', 'detective', 'nurse',
	'auntie', 'aunty', 'aunt', 'uncle', 'cousin', 'brother', 'sister', 'son', 'daughter', 'nephew', 'niece', 'wife',
	'husband', 'partner', 'boyfriend', 'girlfriend', 'grandson', 'granddaughter', 'grandma', 'grandpa', 'grandmother',
	'grandfather', 'mom', 'dad', 'mother', 'tio', 'tia', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'comadre',
	'compadre', 'prima', 'primo', 'tita', 'tito', 'lola', 'lolo', 'kuya', 'manong', 'manang', 'niam', 'txiv', 'tais',
	'yawm', 'chu', 'bac', 'ong', 'ba', 'bhaji', 'veerji', 'bibi', 'masi', 'massi', 'chacha', 'bhua',
	'agha', 'amu', 'khaleh', 'babushka', 'named', 'chief', 'judge', 'mayor', 'councilmember', 'supervisor',
	'principal', 'professor', 'captain', 'lieutenant'
]);

/** Honorifics written after a name: Persian "khanum", "joon", "agha"; Punjabi and Hindi "ji", "sahib". (Not "jan": also a name.) */
export const POST_NAME_CUES: ReadonlySet<string> = new Set(['khanum', 'khanom', 'joon', 'ji', 'sahib', 'saab', 'agha']);

/** Verbs of speech: strong enough to make "June said" a person even though June is also a month. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
	'said', 'says', 'told', 'tells', 'asked', 'asks', 'shared', 'shares', 'mentioned', 'explained', 'added', 'replied',
	'answered', 'agreed', 'disagreed', 'suggested', 'spoke', 'speaks', 'talked', 'talks', 'texted', 'wrote', 'writes',
	'admitted', 'insisted', 'complained', 'described', 'whispered', 'shouted', 'prayed', 'sang', 'cried', 'laughed'
]);

/**
 * Verbs after a capitalised word that say a person did something ("Txawj said", "Ligaya works nights"). Only words
 * that are not ordinary English are taken as names on this cue, so "Staff said" stays. Auxiliaries and verbs that
 * things do too ("is", "has", "runs", "went") are left out: "Transit is late" must not read as a person.
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
	...SPEECH_VERBS, 'called', 'smiled', 'remembered', 'remembers', 'felt', 'feels', 'thinks', 'thought', 'believes',
	'believed', 'wants', 'wanted', 'hopes', 'hoped', 'lives', 'lived', 'works', 'worked', 'drives', 'drove', 'cooks',
	'cooked', 'teaches', 'taught', 'volunteers', 'volunteered', 'organizes', 'organized', 'brought', 'brings', 'moved',
	'arrived', 'helped', 'helps', 'stayed', 'waited', 'walked', 'knows', 'knew', 'worried', 'raised', 'translated',
	'interpreted', 'invited', 'introduced', 'joined', 'sells', 'sold', 'fixed', 'fixes', 'cleans', 'studies', 'loves'
]);

/** Lower-case particles inside a name ("María José de la Cruz", "Ludwig van Beethoven"): kept only between names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'van', 'von', 'der', 'bin', 'binti', 'al', 'el', 'y', 'e']);

/**
 * Short name parts that English also uses as words ("Pa", "Her", "Le", "Lo"). Alone they stay; next to a name they
 * join it, so "Pa Houa" and "Mai Her" go whole.
 */
export const NAME_PARTS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['pa', 'her', 'le', 'lo', 'ly', 'may', 'mai', 'bao', 'see', 'van', 'do', 'ho', 'ha', 'long', 'young', 'king']);
