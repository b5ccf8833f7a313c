// The tables behind the redaction keep list that ICU/CLDR does not provide: U.S. race and ethnicity categories, world
// religions, and Sacramento's neighbourhoods and major streets. Each table names its source; generate-keep-list.ts
// merges them with CLDR's country and language names into src/lib/harvest/redaction/keep-list.data.ts.

/**
 * OMB Statistical Policy Directive No. 15 (revised 2024; 89 FR 22182, 29 March 2024): the seven minimum categories and
 * the required detailed categories under each, then detailed groups tabulated in the 2020 Census Detailed DHC-A files
 * (race and ethnic group codes) that Sacramento-area communities use. The Census lists are much longer; this is the
 * subset transcribed here, with common adjective/plural forms people write.
 */
export const RACE_AND_ETHNICITY_SOURCE = 'OMB SPD 15 (2024), 89 FR 22182; U.S. Census Bureau 2020 Census Detailed DHC-A race and ethnic group codes (subset)';
export const RACE_AND_ETHNICITY: readonly string[] = [
	// SPD 15 minimum categories.
	'American Indian', 'Alaska Native', 'American Indian or Alaska Native', 'Asian', 'Black', 'African American',
	'Black or African American', 'Hispanic', 'Latino', 'Hispanic or Latino', 'Middle Eastern', 'North African',
	'Middle Eastern or North African', 'MENA', 'Native Hawaiian', 'Pacific Islander', 'Native Hawaiian or Pacific Islander',
	'White', 'Multiracial',
	// SPD 15 required detailed categories.
	'Navajo', 'Navajo Nation', 'Blackfeet', 'Inupiat', 'Aztec', 'Maya', 'Mayan', 'Chinese', 'Asian Indian', 'Indian',
	'Filipino', 'Vietnamese', 'Korean', 'Japanese', 'Jamaican', 'Haitian', 'Nigerian', 'Ethiopian', 'Somali', 'Mexican',
	'Puerto Rican', 'Salvadoran', 'Cuban', 'Dominican', 'Guatemalan', 'Lebanese', 'Iranian', 'Egyptian', 'Syrian',
	'Iraqi', 'Israeli', 'Samoan', 'Chamorro', 'Tongan', 'Fijian', 'Marshallese', 'English', 'German', 'Irish', 'Italian',
	'Polish', 'Scottish',
	// 2020 Census detailed groups: Asian.
	'Bangladeshi', 'Bhutanese', 'Burmese', 'Cambodian', 'Hmong', 'Indonesian', 'Laotian', 'Lao', 'Malaysian', 'Mongolian',
	'Nepalese', 'Nepali', 'Okinawan', 'Pakistani', 'Singaporean', 'Sri Lankan', 'Taiwanese', 'Thai', 'Iu Mien', 'Mien',
	'Khmu', 'Tibetan', 'Punjabi', 'Sikh', 'Afghan', 'Hazara', 'Pashtun', 'Tajik', 'Uzbek', 'Kazakh', 'Kachin',
	'Rohingya',
	// 2020 Census detailed groups: Native Hawaiian and Pacific Islander.
	'Carolinian', 'Chuukese', 'Kosraean', 'Palauan', 'Pohnpeian', 'Yapese', 'Micronesian', 'Tahitian', 'Tokelauan',
	'I-Kiribati', 'Papua New Guinean', 'Solomon Islander', 'Ni-Vanuatu', 'Niuean', 'Maori', 'Polynesian', 'Melanesian',
	// 2020 Census detailed groups: Black or African American.
	'Ghanaian', 'Kenyan', 'Liberian', 'Sierra Leonean', 'South African', 'Sudanese', 'South Sudanese', 'Eritrean',
	'Barbadian', 'Trinidadian', 'Bahamian', 'Belizean', 'Congolese', 'Cameroonian', 'Cape Verdean', 'Ugandan',
	'Zimbabwean', 'Senegalese', 'Ivorian', 'Togolese', 'Rwandan', 'Burundian', 'Tanzanian', 'Afro-Caribbean',
	'Afro-Latino', 'Afro-Latina', 'West Indian', 'Oromo', 'Amhara', 'Tigrayan', 'Igbo', 'Yoruba',
	// 2020 Census detailed groups: Middle Eastern or North African.
	'Algerian', 'Moroccan', 'Tunisian', 'Libyan', 'Jordanian', 'Palestinian', 'Yemeni', 'Saudi', 'Kuwaiti', 'Emirati',
	'Omani', 'Qatari', 'Bahraini', 'Kurdish', 'Kurd', 'Assyrian', 'Chaldean', 'Armenian', 'Arab', 'Berber', 'Amazigh',
	'Persian', 'Turkish', 'Druze', 'Coptic',
	// 2020 Census detailed groups: Hispanic or Latino.
	'Colombian', 'Honduran', 'Ecuadorian', 'Peruvian', 'Spaniard', 'Nicaraguan', 'Venezuelan', 'Argentinian',
	'Argentine', 'Panamanian', 'Chilean', 'Costa Rican', 'Bolivian', 'Uruguayan', 'Paraguayan', 'Chicano', 'Chicana',
	'Chicanx', 'Latina', 'Latinx', 'Latine', 'Mexican American', 'Tejano', 'Garifuna',
	// 2020 Census detailed groups: American Indian and Alaska Native, including Mexican and Central American Indian
	// groups and the Sacramento region's tribes.
	'Mixtec', 'Mixteco', 'Zapotec', 'Purépecha', 'Tarascan', 'Triqui', 'Nahua', 'Yaqui', "K'iche'", 'Quiché',
	'Q\'anjob\'al', 'Miwok', 'Maidu', 'Nisenan', 'Pomo', 'Wintun', 'Yurok', 'Karuk', 'Hupa', 'Paiute', 'Washoe',
	'Cherokee', 'Lakota', 'Sioux', 'Ojibwe', 'Apache', 'Hopi', 'Yupik', "Yup'ik", 'Tlingit', 'Aleut', 'Native American',
	'Indigenous', 'Native',
	// 2020 Census detailed groups: White.
	'Russian', 'Ukrainian', 'Romanian', 'Moldovan', 'Belarusian', 'Georgian', 'Greek', 'Portuguese', 'French', 'Dutch',
	'Swedish', 'Norwegian', 'Hungarian', 'Czech', 'Slovak', 'Bosnian', 'Serbian', 'Croatian', 'Albanian', 'Slavic',
	'Cajun', 'Irish Traveller', 'Caucasian'
];

/**
 * Communities' own names that no table above spells the way people write them: the Romani (CLDR says "Romany"), and
 * the umbrella terms organizers use. Kept short; each is a self-name or a term of the SCORE initiative's equity work.
 */
export const SELF_NAMES_SOURCE = 'self-names of communities (Romani: Council of Europe glossary on Roma and Travellers, 2012); umbrella terms of U.S. equity work';
export const SELF_NAMES: readonly string[] = [
	'Romani', 'Roma', 'Sinti', 'Traveller', 'BIPOC', 'POC', 'AAPI', 'NHPI', 'AANHPI', 'Asian American',
	'Pacific Islander', 'South Asian', 'Southeast Asian', 'East Asian', 'Central Asian', 'Desi', 'Pinoy', 'Pinay',
	'Filipina', 'Filipinx', 'Immigrant', 'Refugee', 'Hmong American', 'Black American', 'Native Hawaiian'
];

/**
 * World religions and their adherents' names: the groups of the Pew Research Center's "The Global Religious Landscape"
 * (2012: Christian, Muslim, unaffiliated, Hindu, Buddhist, folk religions, Jewish, and "other religions": Baha'i, Jain,
 * Shinto, Sikh, Taoist, Tenrikyo, Wicca, Zoroastrian), the denominational families of the U.S. Religion Census 2020
 * (RCMS), and Vietnamese and Hmong traditions practised in Sacramento.
 */
export const RELIGIONS_SOURCE = 'Pew Research Center, The Global Religious Landscape (2012); U.S. Religion Census 2020 (RCMS) denominational families';
export const RELIGIONS: readonly string[] = [
	'Christian', 'Christianity', 'Muslim', 'Islam', 'Islamic', 'Hindu', 'Hinduism', 'Buddhist', 'Buddhism', 'Jewish',
	'Judaism', 'Jew', "Baha'i", 'Bahai', 'Jain', 'Jainism', 'Shinto', 'Sikh', 'Sikhism', 'Taoist', 'Taoism', 'Daoist',
	'Tenrikyo', 'Wicca', 'Wiccan', 'Zoroastrian', 'Zoroastrianism', 'Parsi', 'Animist', 'Shaman', 'Shamanism',
	'Confucian', 'Rastafarian', 'Rastafari', 'Cao Dai', 'Caodaist', 'Hoa Hao', 'Santería', 'Vodou', 'Candomblé',
	'Catholic', 'Roman Catholic', 'Orthodox', 'Eastern Orthodox', 'Protestant', 'Evangelical', 'Baptist', 'Methodist',
	'Lutheran', 'Presbyterian', 'Pentecostal', 'Episcopal', 'Episcopalian', 'Anglican', 'Adventist',
	'Seventh-day Adventist', 'Latter-day Saints', 'Mormon', "Jehovah's Witnesses", 'Quaker', 'Mennonite', 'Amish',
	'Unitarian', 'Molokan', 'Old Believer', 'Coptic Orthodox', 'Armenian Apostolic', 'Sunni', 'Shia', "Shi'a", 'Shiite',
	'Ismaili', 'Ahmadiyya', 'Ahmadi', 'Sufi', 'Theravada', 'Mahayana', 'Vajrayana', 'Zen', 'Hasidic', 'Messianic',
	'Native American Church', 'Agnostic', 'Atheist', 'Gurdwara', 'Mosque', 'Masjid', 'Temple', 'Church', 'Synagogue',
	'Wat', 'Mandir', 'Ramadan', 'Eid', 'Diwali', 'Vaisakhi', 'Navruz', 'Nowruz', 'Passover', 'Christmas', 'Easter',
	'Tet', 'Lunar New Year', 'Hmong New Year', 'Bible', 'Quran', 'Torah', 'God', 'Allah', 'Jesus', 'Dios'
];

/**
 * Sacramento's neighbourhoods, nearby cities and major streets. Neighbourhood names follow the City of Sacramento's
 * community plan areas and neighbourhood-association map as listed in Wikipedia's "List of neighborhoods in
 * Sacramento, California"; streets are the arterials of the City's 2040 General Plan mobility map. Transcribed in
 * this session without network access: check them against the City's open-data "Neighborhoods" layer
 * (data.cityofsacramento.org) when it is reachable.
 */
export const SACRAMENTO_SOURCE = 'City of Sacramento neighbourhoods (Wikipedia, List of neighborhoods in Sacramento, California) and 2040 General Plan arterials; transcribed, to be checked against data.cityofsacramento.org';
export const SACRAMENTO_PLACES: readonly string[] = [
	'Sacramento', 'South Sacramento', 'North Sacramento', 'West Sacramento', 'East Sacramento', 'Old North Sacramento',
	'Old Sacramento', 'Sacramento County', 'Alkali Flat', 'Avondale', 'Ben Ali', 'Boulevard Park', 'Campus Commons',
	'Carleton Tract', 'Colonial Heights', 'Colonial Village', 'Curtis Park', 'Del Paso Heights', 'Del Paso',
	'Del Paso Park', 'Downtown', 'Elmhurst', 'Fruitridge Manor', 'Fruitridge', 'Gardenland', 'Glen Elder',
	'Golf Course Terrace', 'Greenhaven', 'Hagginwood', 'Hollywood Park', 'Johnson Heights', 'Land Park',
	'Upper Land Park', 'South Land Park', 'Lemon Hill', 'Little Pocket', 'Mansion Flats', 'McKinley Park', 'Meadowview',
	'Midtown', 'Newton Booth', 'New Era Park', 'Noralto', 'North City Farms', 'Oak Park', 'North Oak Park', 'Natomas',
	'North Natomas', 'South Natomas', 'Oak Knoll', 'Parkway', 'Pocket', 'Poverty Ridge', 'Richardson Village',
	'River Park', 'Robla', 'Sierra Oaks', 'Southside Park', 'Strawberry Manor', 'Sutterville Heights', 'Tahoe Park',
	'Tallac Village', 'Valley Hi', 'North Laguna', 'Village Green', 'Willow Rancho', 'Woodbine', 'Woodlake',
	'Freeport Manor', 'Elder Creek', 'Florin', 'Little Saigon', 'Chinatown', 'Japantown', 'Arden', 'Arden-Arcade',
	'Arden Fair', 'Carmichael', 'Citrus Heights', 'Elk Grove', 'Fair Oaks', 'Foothill Farms', 'Gold River',
	'North Highlands', 'Orangevale', 'Rancho Cordova', 'Rio Linda', 'Rosemont', 'Vineyard', 'Antelope', 'Folsom',
	'Galt', 'Mather', 'McClellan', 'Elverta', 'La Riviera', 'UC Davis', 'Woodland', 'Roseville', 'Rocklin', 'Yuba City',
	'Marysville', 'Lodi', 'Stockton', 'Yolo', 'Yolo County', 'Placer', 'American River', 'Sacramento River',
	'Central Valley', 'Bay Area', 'Stockton Boulevard', 'Franklin Boulevard', 'Florin Road', 'Fruitridge Road',
	'Mack Road', 'Meadowview Road', 'Power Inn Road', 'Folsom Boulevard', 'Broadway', 'Freeport Boulevard',
	'Riverside Boulevard', 'Land Park Drive', 'Alhambra Boulevard', 'Capitol Avenue', 'Capitol Mall', 'Del Paso Boulevard',
	'Marysville Boulevard', 'Norwood Avenue', 'Rio Linda Boulevard', 'Northgate Boulevard', 'Northgate', 'Truxel Road',
	'El Camino Avenue', 'Arden Way', 'Fair Oaks Boulevard', 'Watt Avenue', 'Howe Avenue', 'Fulton Avenue',
	'Auburn Boulevard', 'Madison Avenue', 'Greenback Lane', 'Sunrise Boulevard', 'Elk Grove Boulevard', 'Center Parkway',
	'Valley Hi Drive', 'Elder Creek Road', 'Gerber Road', 'Calvine Road', 'Highway 99', 'Highway 50', 'Interstate 5',
	'Interstate 80', 'Business 80', 'Cal Expo', 'Sac State', 'Golden 1 Center', "Sutter's Fort", 'Tower Bridge',
	'William Land Park', 'Hiram Johnson', 'Luther Burbank', 'Burbank', 'McClatchy', 'Grant Union', 'Rosemont High',
	'Southgate', 'State Capitol', 'Capitol'
];

/**
 * First-level subdivisions people in these circles come from, by their ISO 3166-2 names (United States, Mexico,
 * India, the Philippines' regions and provinces with large Sacramento diasporas, Afghanistan, Iran, Ukraine, Laos,
 * Vietnam), Philippine cities, and former or everyday names of countries and cities that CLDR and the IANA
 * time-zone database spell otherwise ("Ivory Coast", "Burma", "Saigon").
 */
export const SUBDIVISIONS_SOURCE = 'ISO 3166-2 subdivision names (US, MX, IN, PH, AF, IR, UA, LA, VN; selected) and everyday city names';
export const SUBDIVISIONS: readonly string[] = [
	'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
	'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
	'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
	'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
	'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
	'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
	'Aguascalientes', 'Baja California', 'Campeche', 'Chiapas', 'Chihuahua', 'Coahuila', 'Colima', 'Durango',
	'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla',
	'Querétaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz',
	'Yucatán', 'Zacatecas', 'Ciudad de México', 'Mexico City', 'Guadalajara', 'Tijuana', 'Morelia', 'Monterrey',
	'Punjab', 'Haryana', 'Gujarat', 'Kerala', 'Tamil Nadu', 'Uttar Pradesh', 'Bihar', 'Rajasthan', 'Maharashtra',
	'West Bengal', 'Telangana', 'Andhra Pradesh', 'Karnataka', 'Himachal Pradesh', 'Jammu', 'Kashmir', 'Delhi',
	'Amritsar', 'Jalandhar', 'Ludhiana', 'Chandigarh', 'Patiala', 'Bathinda', 'Hoshiarpur', 'Moga',
	'Ilocos', 'Ilocos Norte', 'Ilocos Sur', 'Pangasinan', 'Pampanga', 'Bulacan', 'Batangas', 'Cavite', 'Laguna',
	'Quezon', 'Quezon City', 'Cebu', 'Iloilo', 'Davao', 'Leyte', 'Samar', 'Mindanao', 'Visayas', 'Luzon', 'Metro Manila',
	'Kabul', 'Herat', 'Kandahar', 'Mazar', 'Mazar-i-Sharif', 'Jalalabad', 'Kunduz', 'Bamyan', 'Ghazni',
	'Tehran', 'Shiraz', 'Isfahan', 'Mashhad', 'Tabriz', 'Ahvaz', 'Kermanshah', 'Rasht', 'Qom', 'Kurdistan',
	'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Crimea',
	'Vientiane', 'Luang Prabang', 'Xieng Khouang', 'Long Tieng', 'Ban Vinai', 'Savannakhet', 'Champasak',
	'Saigon', 'Sài Gòn', 'Hà Nội', 'Hanoi', 'Huế', 'Hue', 'Đà Nẵng', 'Da Nang', 'Cần Thơ', 'Nha Trang', 'Hải Phòng',
	'Bacolod', 'Baguio', 'Zamboanga', 'Cagayan de Oro', 'Dagupan', 'Vigan', 'Laoag', 'Angeles', 'Olongapo', 'Tarlac',
	'Ivory Coast', 'Burma', 'East Timor', 'Swaziland', 'Czech Republic', 'Macedonia', 'Holland', 'Great Britain',
	'England', 'Scotland', 'Wales', 'Persia', 'Zaire', 'Ceylon', 'Siam', 'Kampuchea', 'Gaza', 'West Bank',
	'Deep South', 'Midwest', 'East Coast', 'West Coast', 'Pacific Northwest', 'Sierra Nevada', 'Tahoe', 'Central America',
	'Latin America', 'South America', 'Southeast Asia', 'Central Asia', 'Middle East', 'Horn of Africa', 'Caribbean'
];

/**
 * Language names CLDR does not carry, by their ISO 639-3 reference names (SIL International, the registration
 * authority) and the forms people write: Indigenous languages of Mexico and Guatemala, and Pacific languages.
 */
export const ISO_639_3_SOURCE = 'ISO 639-3 reference names (SIL International), selected languages CLDR lacks';
export const ISO_639_3_LANGUAGES: readonly string[] = [
	'Nahuatl', 'Náhuatl', 'Mixtec', 'Mixteco', 'Zapotec', 'Zapoteco', 'Triqui', 'Trique', 'Tzotzil', 'Tzeltal',
	'Chinantec', 'Mazatec', 'Otomi', 'Totonac', 'Purepecha', 'Mixe', 'Chatino', 'Tlapanec', 'Amuzgo', "Q'anjob'al",
	'Kanjobal', 'Akateko', 'Chuj', 'Ixil', 'Kaqchikel', "Q'eqchi'", 'Garifuna', 'Chuukese', 'Pohnpeian', 'Kosraean',
	'Yapese', 'Palauan', 'Kiribati', 'Tuvaluan', 'Tokelauan', 'Niuean', 'Rotuman', 'Ilocano', 'Ilokano', 'Hiligaynon',
	'Ilonggo', 'Bisaya', 'Visayan', 'Kapampangan', 'Pangasinan', 'Bikol', 'Waray', 'Chaldean Neo-Aramaic', 'Assyrian',
	'Dari', 'Hazaragi', 'Pashto', 'Pothwari', 'Saraiki', 'Sylheti', 'Hakka', 'Teochew', 'Toishanese', 'Taishanese',
	'Fuzhounese', 'Hokkien', 'Iu Mien', 'Khmu', 'Tai Dam', 'Karenni'
];

/**
 * The most populous U.S. cities (U.S. Census Bureau, 2020 Census, incorporated places) and California's larger ones:
 * where families moved from within the country. IANA names only a few.
 */
export const US_CITIES_SOURCE = 'U.S. Census Bureau 2020 Census most populous incorporated places; California places over 100,000';
export const US_CITIES: readonly string[] = [
	'New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas',
	'San Jose', 'Austin', 'Jacksonville', 'Fort Worth', 'Columbus', 'Indianapolis', 'Charlotte', 'San Francisco',
	'Seattle', 'Denver', 'Oklahoma City', 'Nashville', 'El Paso', 'Washington, D.C.', 'Boston', 'Las Vegas', 'Portland',
	'Detroit', 'Louisville', 'Memphis', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Mesa',
	'Sacramento', 'Atlanta', 'Kansas City', 'Omaha', 'Colorado Springs', 'Raleigh', 'Long Beach', 'Virginia Beach',
	'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Bakersfield', 'Wichita', 'Arlington', 'Aurora', 'Tampa', 'New Orleans',
	'Cleveland', 'Honolulu', 'Anaheim', 'Lexington', 'Stockton', 'Riverside', 'Saint Paul', 'St. Paul', 'Santa Ana',
	'Irvine', 'Chula Vista', 'Fremont', 'San Bernardino', 'Modesto', 'Fontana', 'Moreno Valley', 'Santa Clarita',
	'Glendale', 'Huntington Beach', 'Oxnard', 'Ontario', 'Elk Grove', 'Santa Rosa', 'Rancho Cucamonga', 'Oceanside',
	'Garden Grove', 'Lancaster', 'Palmdale', 'Salinas', 'Hayward', 'Pomona', 'Sunnyvale', 'Escondido', 'Torrance',
	'Pasadena', 'Roseville', 'Visalia', 'Vallejo', 'Concord', 'Fairfield', 'Berkeley', 'Richmond', 'Antioch',
	'Merced', 'Yuba City', 'Chico', 'Redding', 'Eureka', 'Marysville', 'Lodi', 'Tracy', 'Manteca', 'Turlock', 'Delano'
];

/**
 * What people call themselves, their country and Sacramento in the UI languages where CLDR gives only the country's
 * formal name: Tagalog "Pilipino", Vietnamese "Việt", Hmong (which CLDR lacks entirely) and the city's name in each
 * script. Transcribed from standard usage by the engineer who wrote this list; a speaker of each should review it.
 */
export const ENDONYMS_SOURCE = 'endonyms and exonyms in the UI languages (Tagalog, Vietnamese, White and Green Hmong RPA) and Sacramento in each script';
export const ENDONYMS: readonly string[] = [
	'Pilipino', 'Pilipina', 'Pinoy', 'Pinay', 'Kastila', 'Intsik', 'Amerikano', 'Amerikana', 'Mehikano', 'Mehikana',
	'Hapon', 'Koreano', 'Bumbay', 'Arabo', 'Taga-Sacramento',
	'Việt', 'Việt Nam', 'người Việt', 'Mỹ', 'Hoa Kỳ', 'Hmông', 'Mông', 'Miên', 'Khơ-me', 'Chăm', 'Lào', 'Thái', 'Sài Gòn',
	'Hmoob', 'Hmoob Dawb', 'Hmoob Ntsuab', 'Moob', 'Nplog', 'Nplog Teb', 'Thaib', 'Thaib Teb', 'Meskas', 'Asmeskas',
	'Nyab Laj', 'Suav', 'Mev', 'Mev Teb', 'Los Tsuas', 'Kab Lis Fos Nias', 'Xeev Kas Lis Fos Nias', 'Hmoob Teb',
	'Сакраменто', 'ساکرامنتو', 'سکرامنتو', '萨克拉门托', '薩克拉門托', 'सैक्रामेंटो', 'ਸੈਕਰਾਮੈਂਟੋ', 'Xakalameetoo'
];
