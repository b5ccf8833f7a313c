// The labelled redaction corpus (issue 5 §2): circle-style paraphrases, each with the exact PII it holds and the
// protected words (race, ethnicity, origin, religion, place) that must survive. Names and numbers are invented.
import type { PiiKind } from '$lib/harvest/redaction';

/** Where a name comes from, so the test can show that at least 30 % of sentences carry a non-Anglo name. */
export type NameOrigin =
	| 'hmong' | 'vietnamese' | 'punjabi' | 'russian' | 'ukrainian' | 'spanish' | 'tagalog' | 'persian' | 'afghan'
	| 'somali' | 'arabic' | 'samoan' | 'anglo' | 'african-american';

export const NON_ANGLO_ORIGINS: ReadonlySet<NameOrigin> = new Set(['hmong', 'vietnamese', 'punjabi', 'russian', 'ukrainian', 'spanish', 'tagalog', 'persian', 'afghan', 'somali', 'arabic', 'samoan']);

export interface PiiLabel {
	/** Exactly as written in the sentence. */
	readonly text: string;
	readonly kind: PiiKind;
	readonly origin?: NameOrigin;
}

export interface CorpusSentence {
	readonly text: string;
	readonly roster: readonly string[];
	readonly pii: readonly PiiLabel[];
	/** Words that must still be in the output, as often as in the input. */
	readonly protected: readonly string[];
}

const rosterName = (text: string, origin: NameOrigin): PiiLabel => ({ text, kind: 'roster-name', origin });
const person = (text: string, origin: NameOrigin): PiiLabel => ({ text, kind: 'person-name', origin });
const email = (text: string): PiiLabel => ({ text, kind: 'email' });
const phone = (text: string): PiiLabel => ({ text, kind: 'phone' });
const address = (text: string): PiiLabel => ({ text, kind: 'address' });
const url = (text: string): PiiLabel => ({ text, kind: 'url' });
const handle = (text: string): PiiLabel => ({ text, kind: 'handle' });

type Row = readonly [text: string, pii: readonly PiiLabel[], protectedWords: readonly string[]];

function circle(roster: readonly string[], rows: readonly Row[]): CorpusSentence[] {
	return rows.map(([text, pii, protectedWords]) => ({ text, roster, pii, protected: protectedWords }));
}

/** A housing circle in Del Paso Heights; names typed at join. */
export const DEL_PASO_ROSTER = ['Pa Houa Xiong', 'Txawj Vang', 'Marcus Johnson', 'Guadalupe Reyes', 'Svetlana Ivanova', 'Minh Tran', 'Hope Williams', 'June Lor'];
/** A policing circle in South Sacramento; two names added by the keeper. */
export const SOUTH_SAC_ROSTER = ['Harpreet Kaur', 'Nguyễn Thị Lan', 'María José Hernández', 'Farhad Rahimi', 'Ligaya Santos', 'DeShawn Carter', 'Yeng Vang', 'Oleksandr Kovalenko'];
/** A youth circle in Meadowview; some joined with a first name only. */
export const MEADOWVIEW_ROSTER = ['Shirin Rahimi', 'Gurpreet Singh', 'Marites Dizon', 'Tou Her', 'Keisha Brown', 'Dmitri', 'Lupita', 'Kevin Nguyen'];

const delPaso = circle(DEL_PASO_ROSTER, [
	['Pa Houa said the landlord has not fixed the heater since January.', [rosterName('Pa Houa', 'hmong')], ['January']],
	['Txawj shared that his family came from Laos through Thailand in 2004.', [rosterName('Txawj', 'hmong')], ['Laos', 'Thailand']],
	['Marcus talked about being the only Black tenant in his building in Del Paso Heights.', [rosterName('Marcus', 'anglo')], ['Black', 'Del Paso Heights']],
	['Guadalupe said rent went up three times since she moved from Michoacán.', [rosterName('Guadalupe', 'spanish')], ['Michoacán']],
	['Svetlana explained that Russian-speaking seniors are afraid to call the housing office.', [rosterName('Svetlana', 'russian')], ['Russian']],
	['Minh asked whether the city can send Vietnamese interpreters to tenant meetings.', [rosterName('Minh', 'vietnamese')], ['Vietnamese']],
	['Hope said the Section 8 waitlist has been closed for years.', [rosterName('Hope', 'anglo')], ['Section']],
	['Mrs. Lor from the tenants association said June was the month the evictions started.', [rosterName('Lor', 'hmong')], ['June']],
	['My neighbor Txawj Vang and I both got notices taped to our doors.', [rosterName('Txawj Vang', 'hmong')], []],
	['pa houa xiong said she types everything in lowercase on her phone.', [rosterName('pa houa xiong', 'hmong')], []],
	["Svetlana Ivanova's son translated the lease for three Ukrainian families.", [rosterName('Svetlana Ivanova', 'russian')], ['Ukrainian']],
	['Minh Trần said the code inspector never came to our Meadowview complex.', [rosterName('Minh Trần', 'vietnamese')], ['Meadowview']],
	['Guadalupe Reyes and Hope Williams will co-host the next circle at the church.', [rosterName('Guadalupe Reyes', 'spanish'), rosterName('Hope Williams', 'anglo')], []],
	["When Marcus's mother was evicted, the Sheriff came before the notice ran out.", [rosterName('Marcus', 'anglo')], ['Sheriff']],
	["Txawj's grandmother still speaks only Hmong and needs an interpreter at the clinic.", [rosterName('Txawj', 'hmong')], ['Hmong']],
	['The Mien elders told June Lor they felt invisible at City Hall.', [rosterName('June Lor', 'hmong')], ['Mien', 'City']],
	["Pa Houa's daughter wants the city to fix the streetlights near the park.", [rosterName('Pa Houa', 'hmong')], []],
	['Hope Williams works with Black and Latino renters in North Sacramento.', [rosterName('Hope Williams', 'anglo')], ['Black', 'Latino', 'North Sacramento']],
	['Guadalupe said her tía in Oaxaca keeps asking when she will come home.', [rosterName('Guadalupe', 'spanish')], ['Oaxaca']],
	['Svetlana and Minh both said the landlord only answers texts in English.', [rosterName('Svetlana', 'russian'), rosterName('Minh', 'vietnamese')], ['English']],
	['Marcus Johnson said the police came to the wrong apartment twice.', [rosterName('Marcus Johnson', 'anglo')], []],
	['June Lor shared that Hmong New Year at Cal Expo was the first time she felt at home here.', [rosterName('June Lor', 'hmong')], ['Hmong New Year', 'Cal Expo']],
	['We agreed that Txawj will bring the repair requests to the Council office.', [rosterName('Txawj', 'hmong')], ['Council']],
	["Minh's cousin Bảo lost his job when the warehouse in Elk Grove closed.", [rosterName('Minh', 'vietnamese'), person('Bảo', 'vietnamese')], ['Elk Grove']],
	['The keeper noted that Pa Houa Xiong wants a follow-up about mold in the bathroom.', [rosterName('Pa Houa Xiong', 'hmong')], []],
	["Guadalupe's phone is (916) 555-0143 if anyone needs a ride to the hearing.", [rosterName('Guadalupe', 'spanish'), phone('(916) 555-0143')], []],
	['Hope said you can email her at hope.williams@example.org about the tenant clinic.', [rosterName('Hope', 'anglo'), email('hope.williams@example.org')], []],
	['Svetlana lives at 3120 Norwood Ave Apt 12 and the heat has been off for a week.', [rosterName('Svetlana', 'russian'), address('3120 Norwood Ave Apt 12')], []],
	['Txawj Vang can be reached at txawj.vang@gmail.com or 916.555.0178.', [rosterName('Txawj Vang', 'hmong'), email('txawj.vang@gmail.com'), phone('916.555.0178')], []],
	['Hope is what the Hmong and Black families on this block keep holding on to.', [], ['Hmong', 'Black']],
	['June is when the Juneteenth cookout happens in Oak Park.', [], ['June', 'Juneteenth', 'Oak Park']],
	['Ivanova said the Slavic church on Marysville lets families sleep there after fires.', [rosterName('Ivanova', 'russian')], ['Slavic', 'Marysville']],
	['Reyes told the circle that Mexican families pay cash rent with no receipts.', [rosterName('Reyes', 'spanish')], ['Mexican']],
	['The group thanked Xiong for bringing rice and tea for everyone.', [rosterName('Xiong', 'hmong')], []],
	['Mai, Txawj’s wife, said she cleans offices downtown at night.', [person('Mai', 'hmong'), rosterName('Txawj', 'hmong')], []],
	["txawj said the tenants' union meets at 2831 Del Paso Blvd on Tuesdays.", [rosterName('txawj', 'hmong'), address('2831 Del Paso Blvd')], ['Tuesdays']],
	['Marcus said the Black churches in Del Paso Heights used to hold the neighborhood together.', [rosterName('Marcus', 'anglo')], ['Black', 'Del Paso Heights']],
	['Guadalupe cried when she talked about her brother Tomás being deported to Jalisco.', [rosterName('Guadalupe', 'spanish'), person('Tomás', 'spanish')], ['Jalisco']],
	['Hope, June and Minh volunteered to draft the letter to the Housing Authority.', [rosterName('Hope', 'anglo'), rosterName('June', 'hmong'), rosterName('Minh', 'vietnamese')], []],
	['In May, Svetlana will share what the Russian-speaking tenants decided.', [rosterName('Svetlana', 'russian')], ['May', 'Russian']],
	['The landlord, a man named Gary Pruitt, has not returned calls from any of the Hmong tenants.', [person('Gary Pruitt', 'anglo')], ['Hmong']],
	['Minh said the building manager, Ms. Dolores, only speaks to the Spanish-speaking tenants.', [rosterName('Minh', 'vietnamese'), person('Dolores', 'spanish')], ['Spanish']],
	['Pa Houa asked that the note say the Lao and Hmong families were left out of the survey.', [rosterName('Pa Houa', 'hmong')], ['Lao', 'Hmong']],
	['Svetlana Ivanova wants her number, +1 916 555 0112, shared only with the keeper.', [rosterName('Svetlana Ivanova', 'russian'), phone('+1 916 555 0112')], []],
	['Txawj showed a flyer from www.sacramentotenants.org/repairs that nobody in the room had seen.', [rosterName('Txawj', 'hmong'), url('www.sacramentotenants.org/repairs')], []],
	['Guadalupe Reyes set up gofundme.com/f/reyes-family-rent after the fire.', [rosterName('Guadalupe Reyes', 'spanish'), url('gofundme.com/f/reyes-family-rent')], []],
	["Marcus's grandmother bought the house on 45th Street in 1962, before the freeway came.", [rosterName('Marcus', 'anglo')], []],
	['Minh wrote that the Vietnamese church on Stockton Boulevard hosts free legal clinics.', [rosterName('Minh', 'vietnamese')], ['Vietnamese', 'Stockton Boulevard']],
	['Lor said Hmong grandparents raise half the kids on her street while parents work shifts.', [rosterName('Lor', 'hmong')], ['Hmong']],
	['The circle agreed Williams and Vang will ask the City for a tenant hotline in Hmong and Spanish.', [rosterName('Williams', 'anglo'), rosterName('Vang', 'hmong')], ['City', 'Hmong', 'Spanish']]
]);

const southSac = circle(SOUTH_SAC_ROSTER, [
	['Harpreet said officers stopped her husband twice because of his turban.', [rosterName('Harpreet', 'punjabi')], []],
	['Harpreet Kaur said her Sikh family in South Sacramento does not feel safe calling the police.', [rosterName('Harpreet Kaur', 'punjabi')], ['Sikh', 'South Sacramento']],
	['Lan said her Vietnamese neighbors stopped reporting break-ins years ago.', [rosterName('Lan', 'vietnamese')], ['Vietnamese']],
	['Nguyen Thi Lan asked for the police report to be translated.', [rosterName('Nguyen Thi Lan', 'vietnamese')], []],
	['María José talked about her son being followed in the mall by security.', [rosterName('María José', 'spanish')], []],
	['Maria Jose said the Spanish line at the department never picks up.', [rosterName('Maria Jose', 'spanish')], ['Spanish']],
	['Farhad explained that Persian and Afghan families share one mosque off Florin Road.', [rosterName('Farhad', 'persian')], ['Persian', 'Afghan', 'Florin Road']],
	['Ligaya shared that Filipino nurses in her family work nights and feel unsafe at the light rail stop.', [rosterName('Ligaya', 'tagalog')], ['Filipino']],
	['DeShawn said every Black teenager he knows has been stopped at least once.', [rosterName('DeShawn', 'african-american')], ['Black']],
	['Yeng told the circle that Hmong boys get labelled as gang members at school.', [rosterName('Yeng', 'hmong')], ['Hmong']],
	['Oleksandr said Ukrainian refugees do not know they can file a complaint.', [rosterName('Oleksandr', 'ukrainian')], ['Ukrainian']],
	['Kovalenko is a hard name for officers to say, Oleksandr joked, so they just call him Alex.', [rosterName('Kovalenko', 'ukrainian'), rosterName('Oleksandr', 'ukrainian'), person('Alex', 'anglo')], []],
	['Santos and Carter agreed to meet with the Police Department liaison in March.', [rosterName('Santos', 'tagalog'), rosterName('Carter', 'african-american')], ['Police Department', 'March']],
	["Lan's brother Quang was detained for hours after a traffic stop on Stockton Boulevard.", [rosterName('Lan', 'vietnamese'), person('Quang', 'vietnamese')], ['Stockton Boulevard']],
	["Harpreet's phone number is 916-555-0161 and she is happy to help with Punjabi.", [rosterName('Harpreet', 'punjabi'), phone('916-555-0161')], ['Punjabi']],
	["Farhad Rahimi's email is f.rahimi@example.net for anyone who wants the Farsi flyer.", [rosterName('Farhad Rahimi', 'persian'), email('f.rahimi@example.net')], ['Farsi']],
	['DeShawn posts updates as @deshawn_speaks on Instagram.', [rosterName('DeShawn', 'african-american'), handle('@deshawn_speaks')], ['Instagram']],
	["Ligaya's auntie Marites runs a prayer group at the Catholic church.", [rosterName('Ligaya', 'tagalog'), person('Marites', 'tagalog')], ['Catholic']],
	["yeng vang said the sheriff's deputies do not explain anything in Hmong.", [rosterName('yeng vang', 'hmong')], ['Hmong']],
	['Oleksandr Kovalenko and María José Hernández will write the agreement together.', [rosterName('Oleksandr Kovalenko', 'ukrainian'), rosterName('María José Hernández', 'spanish')], []],
	['The circle thanked Lan for translating for Mrs. Phạm, who only speaks Vietnamese.', [rosterName('Lan', 'vietnamese'), person('Phạm', 'vietnamese')], ['Vietnamese']],
	['Carter said the Chief promised body cameras but nothing changed in Meadowview.', [rosterName('Carter', 'african-american')], ['Chief', 'Meadowview']],
	['Farhad said Iranian and Afghan youth hear the same slurs at the bus stop.', [rosterName('Farhad', 'persian')], ['Iranian', 'Afghan']],
	["María José's cousin Lupita was afraid to call 911 in case ICE came too.", [rosterName('María José', 'spanish'), person('Lupita', 'spanish')], []],
	['Yeng shared a video from the meeting at youtu.be/q8Xk2rT0aaA so the elders could watch it.', [rosterName('Yeng', 'hmong'), url('youtu.be/q8Xk2rT0aaA')], []],
	['Hernández said Latina mothers in Fruitridge teach their sons how to act when stopped.', [rosterName('Hernández', 'spanish')], ['Latina', 'Fruitridge']],
	['Ligaya Santos can be texted at 916 555 0133 about the next Filipino community dinner.', [rosterName('Ligaya Santos', 'tagalog'), phone('916 555 0133')], ['Filipino']],
	['Oleksandr said his mother in Kyiv calls him at +380 44 123 4567 every Sunday.', [rosterName('Oleksandr', 'ukrainian'), phone('+380 44 123 4567')], ['Sunday']],
	['Lan gave the circle the number of her aunt in Manila, +63 917 123 4567, who runs a support group.', [rosterName('Lan', 'vietnamese'), phone('+63 917 123 4567')], []],
	['Farhad’s sister is on WhatsApp at +98 912 345 6789 and wants to join from Tehran.', [rosterName('Farhad', 'persian'), phone('+98 912 345 6789')], ['WhatsApp', 'Tehran']],
	['DeShawn Carter said his cousin in Atlanta was killed during a traffic stop.', [rosterName('DeShawn Carter', 'african-american')], []],
	['Harpreet and Gurdeep said the gurdwara on Bradshaw Road keeps a list of lawyers.', [rosterName('Harpreet', 'punjabi'), person('Gurdeep', 'punjabi')], []],
	['Yeng Vang wants the police to learn that Hmong funerals last three days.', [rosterName('Yeng Vang', 'hmong')], ['Hmong']],
	['The keeper wrote down that Kaur and Rahimi want more Sikh and Muslim voices in the next circle.', [rosterName('Kaur', 'punjabi'), rosterName('Rahimi', 'persian')], ['Sikh', 'Muslim']],
	['Maria José Hernandez said her email is mjhernandez at yahoo dot com.', [rosterName('Maria José Hernandez', 'spanish'), email('mjhernandez at yahoo dot com')], []],
	['Ligaya said her Tagalog-speaking neighbors think the police only work for homeowners.', [rosterName('Ligaya', 'tagalog')], ['Tagalog']],
	['DeShawn reminded everyone that Black residents asked for this circle in the first place.', [rosterName('DeShawn', 'african-american')], ['Black']],
	['Nguyễn said the Asian grocery on Stockton Boulevard has been robbed four times.', [rosterName('Nguyễn', 'vietnamese')], ['Asian', 'Stockton Boulevard']],
	['Oleksandr and his friend Bohdan drive for Uber and get stopped more since they got Ukrainian plates.', [rosterName('Oleksandr', 'ukrainian'), person('Bohdan', 'ukrainian')], ['Uber', 'Ukrainian']],
	['Santos asked if the Police Department could post notices in Tagalog at the Filipino market.', [rosterName('Santos', 'tagalog')], ['Police Department', 'Tagalog', 'Filipino']],
	['Farhad shared a petition at change.org/p/sacramento-language-access with the circle.', [rosterName('Farhad', 'persian'), url('change.org/p/sacramento-language-access')], []],
	["Lan's daughter Vy wants to become an officer so girls like her feel safe.", [rosterName('Lan', 'vietnamese'), person('Vy', 'vietnamese')], []],
	['Harpreet Kaur and Ligaya Santos will carry the agreements to the Office of Equity.', [rosterName('Harpreet Kaur', 'punjabi'), rosterName('Ligaya Santos', 'tagalog')], ['Office of Equity']],
	['María José said Mixteco families in South Sacramento are counted as Mexican and then forgotten.', [rosterName('María José', 'spanish')], ['Mixteco', 'South Sacramento', 'Mexican']],
	['Yeng said his uncle Chue was shot with a beanbag round and nobody apologized.', [rosterName('Yeng', 'hmong'), person('Chue', 'hmong')], []],
	['Oleksandr posts the meeting times on t.me/sacukrainians for the Ukrainian group chat.', [rosterName('Oleksandr', 'ukrainian'), handle('t.me/sacukrainians')], ['Ukrainian']],
	['Carter said that when Black men in Oak Park call for help, they are treated as suspects.', [rosterName('Carter', 'african-american')], ['Black', 'Oak Park']],
	['Rahimi wants the flyer in Farsi and Dari, because Afghan families read Dari.', [rosterName('Rahimi', 'persian')], ['Farsi', 'Dari', 'Afghan']],
	['The keeper thanked Hernandez, Kaur and Vang for staying late to stack chairs.', [rosterName('Hernandez', 'spanish'), rosterName('Kaur', 'punjabi'), rosterName('Vang', 'hmong')], []],
	["Ligaya’s husband Danilo fixes cars at 7200 Franklin Blvd and gets pulled over on the way home.", [rosterName('Ligaya', 'tagalog'), person('Danilo', 'tagalog'), address('7200 Franklin Blvd')], []]
]);

const meadowview = circle(MEADOWVIEW_ROSTER, [
	['Shirin said Persian girls at her high school get asked if they are terrorists.', [rosterName('Shirin', 'persian')], ['Persian']],
	['Gurpreet talked about cutting his hair so teachers would stop staring, even though he is Sikh.', [rosterName('Gurpreet', 'punjabi')], ['Sikh']],
	['Marites said her Tagalog-speaking lola cannot read the school notices.', [rosterName('Marites', 'tagalog')], ['Tagalog']],
	['Tou Her said Hmong students need counselors who look like them.', [rosterName('Tou Her', 'hmong')], ['Hmong']],
	['Tou said his mom cried when he got into Sac State.', [rosterName('Tou', 'hmong')], ['Sac State']],
	['Her brother Tou drives for DoorDash after school.', [rosterName('Tou', 'hmong')], ['Her', 'DoorDash']],
	['Keisha Brown said Black and Brown youth get suspended for the same things others get warnings for.', [rosterName('Keisha Brown', 'african-american')], ['Black', 'Brown']],
	['Keisha said the youth council should meet in Oak Park, not downtown.', [rosterName('Keisha', 'african-american')], ['Oak Park']],
	['Dmitri shared that kids called him a spy because he is Russian.', [rosterName('Dmitri', 'russian')], ['Russian']],
	['Lupita said Latina students want a Spanish-speaking counselor.', [rosterName('Lupita', 'spanish')], ['Latina', 'Spanish']],
	['Kevin Nguyen and Gurpreet Singh will present the youth agreements to the City Council.', [rosterName('Kevin Nguyen', 'vietnamese'), rosterName('Gurpreet Singh', 'punjabi')], ['City Council']],
	['kevin said the bus to Meadowview stops running at 9 pm.', [rosterName('kevin', 'vietnamese')], ['Meadowview']],
	["Shirin Rahimi's instagram is @shirin.draws if anyone wants the mural sketches.", [rosterName('Shirin Rahimi', 'persian'), handle('@shirin.draws')], []],
	["Gurpreet's number is +1 916 555 0199 if the youth council needs a driver.", [rosterName('Gurpreet', 'punjabi'), phone('+1 916 555 0199')], []],
	['Marites Dizon lives in Valley Hi and walks to school past two liquor stores.', [rosterName('Marites Dizon', 'tagalog')], ['Valley Hi']],
	['Dmitri and Lupita said they feel safer at the library than at home.', [rosterName('Dmitri', 'russian'), rosterName('Lupita', 'spanish')], []],
	['Singh said his uncle Balwinder was pulled over on Mack Road for no reason.', [rosterName('Singh', 'punjabi'), person('Balwinder', 'punjabi')], ['Mack Road']],
	["Keisha's TikTok is tiktok.com/@keishab_916 and she films the bus stops.", [rosterName('Keisha', 'african-american'), handle('tiktok.com/@keishab_916')], ['TikTok']],
	["Lupita's abuela prays at Our Lady of Guadalupe every Sunday.", [rosterName('Lupita', 'spanish')], ['Sunday']],
	['Kevin said Vietnamese parents expect straight As and do not talk about feelings.', [rosterName('Kevin', 'vietnamese')], ['Vietnamese']],
	['Tou Her and Marites Dizon want a Hmong and Filipino student union at the high school.', [rosterName('Tou Her', 'hmong'), rosterName('Marites Dizon', 'tagalog')], ['Hmong', 'Filipino']],
	['Shirin told us her dad drives for Lyft and got yelled at for speaking Farsi.', [rosterName('Shirin', 'persian')], ['Lyft', 'Farsi']],
	['Dmitri can be reached at dmitri2009@icloud.com for the skate park petition.', [email('dmitri2009@icloud.com')], []],
	['Gurpreet Singh said Punjabi truck drivers in his family get called terrorists at gas stations.', [rosterName('Gurpreet Singh', 'punjabi')], ['Punjabi']],
	['Keisha said the Black Student Union at her school is the only place she feels seen.', [rosterName('Keisha', 'african-american')], ['Black']],
	['Marites wants the youth circle to keep meeting on Saturdays at the Meadowview library.', [rosterName('Marites', 'tagalog')], ['Saturdays', 'Meadowview']],
	['Lupita and her friend Yesenia were followed by security at the Florin mall.', [rosterName('Lupita', 'spanish'), person('Yesenia', 'spanish')], ['Florin']],
	['Kevin Nguyen posted the group photo at instagram.com/meadowview.youth without faces.', [rosterName('Kevin Nguyen', 'vietnamese'), handle('instagram.com/meadowview.youth')], []],
	['Her said the Hmong clan system helps when the schools do not.', [rosterName('Her', 'hmong')], ['Hmong']],
	['Tou’s sister Nou is the first in the family to go to college.', [rosterName('Tou', 'hmong'), person('Nou', 'hmong')], []],
	['Brown is the color Keisha chose for the youth mural.', [rosterName('Keisha', 'african-american')], ['Brown']],
	["Rahimi's little brother Arash asked if the police can search his phone.", [rosterName('Rahimi', 'persian'), person('Arash', 'persian')], []],
	['Dmitri said Russian and Ukrainian kids at his school stopped sitting together after the war started.', [rosterName('Dmitri', 'russian')], ['Russian', 'Ukrainian']],
	['Gurpreet wants a Sikh history lesson in the district curriculum.', [rosterName('Gurpreet', 'punjabi')], ['Sikh']],
	['Lupita said her cash app is $LupitaG916 if anyone wants to chip in for the mural paint.', [rosterName('Lupita', 'spanish'), handle('$LupitaG916')], []],
	['Marites said her snap is marites.d07 and she will add everyone to the youth group.', [rosterName('Marites', 'tagalog'), handle('marites.d07')], []],
	['Kevin said his cousin Khoa was handcuffed at the light rail station for a missing ticket.', [rosterName('Kevin', 'vietnamese'), person('Khoa', 'vietnamese')], []],
	['Shirin and Keisha want the youth council to include Muslim and Black girls.', [rosterName('Shirin', 'persian'), rosterName('Keisha', 'african-american')], ['Muslim', 'Black']],
	['The youth asked that the harvest say Meadowview, not the names of the students involved.', [], ['Meadowview']],
	['Tou said the counselor, Mr. Hendricks, told him Hmong kids do not go to college.', [rosterName('Tou', 'hmong'), person('Hendricks', 'anglo')], ['Hmong']]
]);

/** Names nobody typed: said in the room, caught only by compromise and the cue heuristics. */
const unlisted = circle([], [
	['My friend Jamal Washington was stopped by police in Oak Park.', [person('Jamal Washington', 'african-american')], ['Oak Park']],
	['A man named Farshid said the DMV treated him like a criminal.', [person('Farshid', 'persian')], ['DMV']],
	['Auntie Pa Nhia cooked for the whole block after the fire.', [person('Pa Nhia', 'hmong')], []],
	['Tío Chuy said nobody from the city came to Del Paso Heights before the shooting.', [person('Chuy', 'spanish')], ['Del Paso Heights']],
	['Mr. Nguyễn Văn Hùng asked why the permit office has no Vietnamese forms.', [person('Nguyễn Văn Hùng', 'vietnamese')], ['Vietnamese']],
	['Ms. Ivanova, a teacher, said Slavic students are bullied in silence.', [person('Ivanova', 'russian')], ['Slavic']],
	['Dr. Kaur from the clinic said Punjabi elders skip appointments because of transportation.', [person('Kaur', 'punjabi')], ['Punjabi']],
	["Svetlana's husband Oleg works at the Russian church on Auburn Boulevard.", [person('Svetlana', 'russian'), person('Oleg', 'russian')], ['Russian']],
	['Ligaya and Marites run the food pantry at the Filipino community center.', [person('Ligaya', 'tagalog'), person('Marites', 'tagalog')], ['Filipino']],
	['Txawj said the Hmong clan leaders were never invited to the City meetings.', [person('Txawj', 'hmong')], ['Hmong', 'City']],
	['Harpreet told us her Sikh temple was vandalized last year.', [person('Harpreet', 'punjabi')], ['Sikh']],
	['Shirin Rahimi works nights at Kaiser and still comes to every circle.', [person('Shirin Rahimi', 'persian')], ['Kaiser']],
	['Gurpreet and his cousin Amrit organized the Vaisakhi parade.', [person('Gurpreet', 'punjabi'), person('Amrit', 'punjabi')], ['Vaisakhi']],
	['Yeng Vang said officers laughed at his English.', [person('Yeng Vang', 'hmong')], ['English']],
	['Oleksandr asked if the program has anyone who speaks Ukrainian.', [person('Oleksandr', 'ukrainian')], ['Ukrainian']],
	['Pastor Williams said the Baptist church would host the next circle.', [person('Williams', 'anglo')], ['Baptist']],
	['Marisol told the group her son was handcuffed at school when he was nine.', [person('Marisol', 'spanish')], []],
	['My coworker Rosalinda drives two hours from Stockton because rent here is impossible.', [person('Rosalinda', 'spanish')], ['Stockton']],
	['Officer Thompson came to the circle and listened without interrupting.', [person('Thompson', 'anglo')], []],
	['Lola Remedios raised six kids in Meadowview and never got a single repair.', [person('Remedios', 'tagalog')], ['Meadowview']],
	['Kuya Jun fixed the community garden fence for free.', [person('Jun', 'tagalog')], []],
	['Bibi Jaswinder said women in her family never speak up in front of the men.', [person('Jaswinder', 'punjabi')], []],
	['Parvin Khanum brought saffron rice and talked about leaving Tehran.', [person('Parvin', 'persian')], ['Tehran']],
	['Chị Hoa runs the nail salon where half the Vietnamese moms meet.', [person('Hoa', 'vietnamese')], ['Vietnamese']],
	['Bà Tư told us about the refugee camp in Thailand.', [person('Tư', 'vietnamese')], ['Thailand']],
	['Miguel Ángel said the Latino youth league lost its field to a parking lot.', [person('Miguel Ángel', 'spanish')], ['Latino']],
	['Abuela Chepa still sells tamales outside the Mexican market on Franklin.', [person('Chepa', 'spanish')], ['Mexican', 'Franklin']],
	['Sister Mary Catherine from the Catholic Worker house sat in on the circle.', [person('Mary Catherine', 'anglo')], ['Catholic']],
	['Brother Malik asked the circle to pray for the family on 47th Avenue.', [person('Malik', 'arabic')], []],
	['DeAndre and Jalen said the youth center in Oak Park closes too early.', [person('DeAndre', 'african-american'), person('Jalen', 'african-american')], ['Oak Park']],
	['Ahmad Zai said Afghan families in Arden need Dari interpreters.', [person('Ahmad Zai', 'afghan')], ['Afghan', 'Arden', 'Dari']],
	['Fatima Hassan said the Somali women want a swim hour at the city pool.', [person('Fatima Hassan', 'somali')], ['Somali']],
	['Tran Van Long said the code officer treated his mother badly.', [person('Tran Van Long', 'vietnamese')], []],
	['Kalani asked the group to remember the Pacific Islander families who left.', [person('Kalani', 'samoan')], ['Pacific Islander']],
	['My neighbor Shirin and I walk our kids to school because the crossing guard quit.', [person('Shirin', 'persian')], []],
	['We heard from Guadalupe, whose son was stopped three times in one month.', [person('Guadalupe', 'spanish')], []],
	['Svetlana Ivanova said the Russian-speaking seniors do not trust the phone line.', [person('Svetlana Ivanova', 'russian')], []],
	['Pa Houa and her daughter Maiv translated for the Hmong grandmothers.', [person('Pa Houa', 'hmong'), person('Maiv', 'hmong')], ['Hmong']],
	['Nguyễn Thị Lan brought bánh mì and asked why the Vietnamese shops were not consulted.', [person('Nguyễn Thị Lan', 'vietnamese')], ['Vietnamese']],
	['Ms. Farida Noori said Afghan women cannot reach the clinic without a driver.', [person('Farida Noori', 'afghan')], ['Afghan']],
	['My friend Gurpreet drove us home and told us about his father in Punjab.', [person('Gurpreet', 'punjabi')], ['Punjab']],
	['Oleksandr Kovalenko said he left Ukraine with two bags and his daughter.', [person('Oleksandr Kovalenko', 'ukrainian')], ['Ukraine']],
	['My tita Ligaya said Filipino caregivers work seven days and nobody sees them.', [person('Ligaya', 'tagalog')], ['Filipino']],
	['The elders said Mrs. Vang was the first Hmong woman to run for the school board.', [person('Vang', 'hmong')], ['Hmong']],
	['Somebody said Chief Hahn should come to the next circle in Meadowview.', [person('Hahn', 'anglo')], ['Meadowview']],
	['Teresa asked us to note that Black and Latino parents face the same principal.', [person('Teresa', 'spanish')], ['Black', 'Latino']],
	['Uncle Xeng said Hmong veterans who fought in Laos are never thanked.', [person('Xeng', 'hmong')], ['Hmong', 'Laos']],
	['María Guadalupe Flores said the Spanish forms have mistakes on every page.', [person('María Guadalupe Flores', 'spanish')], ['Spanish']],
	['Harpreet Kaur asked if the city could light the path by the gurdwara in Elk Grove.', [person('Harpreet Kaur', 'punjabi')], ['Elk Grove']],
	['Marites, Ligaya and Jun will organize the next Filipino family night.', [person('Marites', 'tagalog'), person('Ligaya', 'tagalog'), person('Jun', 'tagalog')], ['Filipino']],
	['My cousin Dao Lee says the Mien church is the only place her mother feels safe.', [person('Dao Lee', 'hmong')], ['Mien']],
	['Shirin, who came from Iran as a child, said her accent still gets mocked at work.', [person('Shirin', 'persian')], ['Iran']],
	['Yesterday Farhad told me the Persian bakery on Fair Oaks was vandalized.', [person('Farhad', 'persian')], ['Persian']],
	['Honestly, Txawj and I were scared to come tonight.', [person('Txawj', 'hmong')], []],
	['Mariana said the DMV line in Spanish keeps hanging up on her mom.', [person('Mariana', 'spanish')], ['DMV', 'Spanish']],
	['Tou Vang and Mai Xiong talked about the Hmong funeral home that closed.', [person('Tou Vang', 'hmong'), person('Mai Xiong', 'hmong')], ['Hmong']],
	['Bao said her parents never learned to read Lao or English.', [person('Bao', 'hmong')], ['Lao', 'English']]
]);

/** Contact details on their own, every form the pattern layers must know. */
const contacts = circle([], [
	['Call the tenant line at (916) 555-0123 before Friday.', [phone('(916) 555-0123')], ['Friday']],
	['The youth coach left 916-555-0123 on the whiteboard.', [phone('916-555-0123')], []],
	['Her cell is 916.555.0123 but she only answers texts.', [phone('916.555.0123')], []],
	['Text +1 916 555 0123 for a ride to the Meadowview circle.', [phone('+1 916 555 0123')], ['Meadowview']],
	['Her brother in London can be reached at +44 20 7946 0958.', [phone('+44 20 7946 0958')], []],
	['The family in Mexico City answers at +52 55 1234 5678 on weekends.', [phone('+52 55 1234 5678')], []],
	['Her mother in the Philippines is at +63 917 123 4567.', [phone('+63 917 123 4567')], ['Philippines']],
	['The legal aid hotline is 1-800-555-0199 and they speak Spanish and Hmong.', [phone('1-800-555-0199')], ['Spanish', 'Hmong']],
	['He wrote his number as 9165550147 on the sign-in sheet.', [phone('9165550147')], []],
	['Her landline is 555-0168, no area code.', [phone('555-0168')], []],
	['Call (916)555-0190 to reach the Hmong Women’s Heritage Association.', [phone('(916)555-0190')], ['Hmong']],
	['The Punjabi radio host takes calls at 916 555 0111 on Sunday mornings.', [phone('916 555 0111')], ['Punjabi', 'Sunday']],
	['Write to keeper.circles@cityofsacramento.example for the next date.', [email('keeper.circles@cityofsacramento.example')], []],
	['She signed the sheet as LAN.NGUYEN+circle@Gmail.com.', [email('LAN.NGUYEN+circle@Gmail.com')], []],
	['The youth email is meadowview_youth2024@outlook.com.', [email('meadowview_youth2024@outlook.com')], []],
	['He said to write to him at oleksandr.k [at] proton [dot] me.', [email('oleksandr.k [at] proton [dot] me')], []],
	['You can reach the Latino parents group at padres.unidos@example.org.', [email('padres.unidos@example.org')], ['Latino']],
	['She lives at 1234 Oak St and the landlord lives out of state.', [address('1234 Oak St')], []],
	['Send the donated coats to 55 Franklin Boulevard Apt 3.', [address('55 Franklin Boulevard Apt 3')], []],
	['Mail the forms to P.O. Box 12 and the office will forward them.', [address('P.O. Box 12')], []],
	['The Sikh youth group uses PO Box 4471 for letters.', [address('PO Box 4471')], ['Sikh']],
	['The fire was at 4500 24th Street, right by the Vietnamese church.', [address('4500 24th Street')], ['Vietnamese']],
	['His grandmother has lived at 812 G St since 1971.', [address('812 G St')], []],
	['The meeting moved to 3400 Martin Luther King Jr. Blvd, Suite 200.', [address('3400 Martin Luther King Jr. Blvd, Suite 200')], []],
	['Drop-off is at 7315 Greenhaven Dr #14 in the Pocket.', [address('7315 Greenhaven Dr #14')], ['Pocket']],
	['The mold complaint is for 2616 W. El Camino Ave Unit 5.', [address('2616 W. El Camino Ave Unit 5')], []],
	['they live at 940 meadowview rd behind the church.', [address('940 meadowview rd')], []],
	['The notes are posted at https://circles.example.org/harvest/meadowview for the keepers.', [url('https://circles.example.org/harvest/meadowview')], []],
	['Sign up at www.sacyouthvoice.org before the Council hearing.', [url('www.sacyouthvoice.org')], ['Council']],
	['The Hmong history slides are at bit.ly/hmong-sac-history.', [url('bit.ly/hmong-sac-history')], ['Hmong']],
	['The shared doc is http://docs.example.com/d/8f3k2 and anyone can edit it.', [url('http://docs.example.com/d/8f3k2')], []],
	['Follow the youth council at @SacYouthVoice for updates.', [handle('@SacYouthVoice')], []],
	['His old account was twitter.com/txawj_v before he deleted it.', [handle('twitter.com/txawj_v')], []],
	['She posts as x.com/latina_in_sac about housing.', [handle('x.com/latina_in_sac')], []],
	['The mural photos are on instagram.com/oakpark.murals.', [handle('instagram.com/oakpark.murals')], []],
	['Her page is facebook.com/ligaya.santos.77 and she posts the food drive dates there.', [handle('facebook.com/ligaya.santos.77')], []],
	['My IG: harpreet.k.art if you want to see the Vaisakhi paintings.', [handle('harpreet.k.art')], ['Vaisakhi']],
	['Add me on snapchat as yengv_99 for the carpool.', [handle('yengv_99')], []],
	['Venmo me @Minh-Tran-12 for the pizza money.', [handle('@Minh-Tran-12')], []],
	['The Russian community page is instagram/slavic.sac.help.', [handle('instagram/slavic.sac.help')], ['Russian']]
]);

/** Sentences full of protected words and no PII: they must come out unchanged. */
const protectedOnly = circle([], [
	['As a Black woman in Oak Park I felt the police did not listen.', [], ['Black', 'Oak Park', 'I']],
	['The Hmong and Mien elders in Meadowview want the City to learn their history from Laos.', [], ['Hmong', 'Mien', 'Meadowview', 'City', 'Laos']],
	['Latino, Latina and Latinx youth said the word Hispanic does not fit all of them.', [], ['Latino', 'Latina', 'Latinx', 'Hispanic']],
	['Punjabi Sikh truck drivers talked about slurs at the Elk Grove truck stops.', [], ['Punjabi', 'Sikh', 'Elk Grove']],
	['Muslim and Jewish participants found they share the same fears after the attacks.', [], ['Muslim', 'Jewish']],
	['Filipino nurses described working doubles during Covid while speaking Tagalog at home.', [], ['Filipino', 'Covid', 'Tagalog']],
	['Mexican and Chicano families in South Sacramento remember when the freeway split the neighborhood.', [], ['Mexican', 'Chicano', 'South Sacramento']],
	['Native and Indigenous participants asked that the circle open by naming the Nisenan and Miwok people.', [], ['Native', 'Indigenous', 'Nisenan', 'Miwok']],
	['Russian and Ukrainian neighbors in North Highlands sat side by side and listened.', [], ['Russian', 'Ukrainian', 'North Highlands']],
	['Persian, Afghan and Iranian families said their names are mispronounced at every office.', [], ['Persian', 'Afghan', 'Iranian']],
	['Somali mothers asked for a women-only hour at the city pool.', [], ['Somali']],
	['White participants said they had never been asked about race by the City before.', [], ['White', 'City']],
	['Vietnamese business owners on Stockton Boulevard said the Police Department ignores them.', [], ['Vietnamese', 'Stockton Boulevard', 'Police Department']],
	['On Monday and Thursday the circle meets in Del Paso Heights; in May it moves downtown.', [], ['Monday', 'Thursday', 'Del Paso Heights', 'May']],
	['I told God and my Mom that I would keep coming to these circles.', [], ['I', 'God', 'Mom']],
	['Dad worked for the County for thirty years and still felt like an outsider.', [], ['Dad', 'County']],
	['The Council and the Police Department both sent staff, and youth from Meadowview spoke first.', [], ['Council', 'Police Department', 'Meadowview']],
	['Asian American students at Sac State said the Black Student Union welcomed them.', [], ['Asian American', 'Sac State', 'Black']],
	['Lao and Hmong are different, one elder reminded the group, and the City keeps mixing them up.', [], ['Lao', 'Hmong', 'City']],
	['In Elk Grove the Sikh gurdwara feeds anyone who walks in.', [], ['Elk Grove', 'Sikh']],
	['The Jewish community center opened its doors to Afghan families in December.', [], ['Jewish', 'Afghan', 'December']],
	['Black and Brown youth said the Police Department treats a hoodie like a weapon.', [], ['Black', 'Brown', 'Police Department']],
	['Hmong, Lao and Khmu families came to Sacramento as refugees after the war in Laos.', [], ['Hmong', 'Lao', 'Khmu', 'Sacramento', 'Laos']],
	['The Latino and Filipino parents in Valley Hi asked for evening meetings.', [], ['Latino', 'Filipino', 'Valley Hi']],
	['Many Punjabi families in South Sacramento work in trucking and in the orchards.', [], ['Punjabi', 'South Sacramento']],
	['Black residents of Oak Park remember the Black Panthers running a free breakfast program.', [], ['Black', 'Oak Park']],
	['Native elders said the American River was a gathering place long before Sacramento existed.', [], ['Native', 'American River', 'Sacramento']],
	['Some participants said Ramadan and Diwali should be on the City calendar.', [], ['Ramadan', 'Diwali', 'City']],
	['Housing is the biggest issue in Del Paso Heights, followed by policing and transit.', [], ['Del Paso Heights']],
	['Staff said the Department would answer in writing by August.', [], ['Department', 'August']],
	['Eviction notices doubled in Meadowview and Valley Hi after the pandemic.', [], ['Meadowview', 'Valley Hi']],
	['The Vietnamese and Chinese elders want interpreters who speak Cantonese too.', [], ['Vietnamese', 'Chinese', 'Cantonese']],
	['Russian-speaking Baptists and Ukrainian Orthodox families both use the church hall.', [], ['Baptists', 'Ukrainian', 'Orthodox']],
	['Participants from Del Paso Heights and North Sacramento said the bus cuts hit them first.', [], ['Del Paso Heights', 'North Sacramento']],
	['African American and Pacific Islander youth asked the City for paid internships.', [], ['African American', 'Pacific Islander', 'City']],
	['The Mayor and the Council were invited, and the Police Chief sent a deputy.', [], ['Mayor', 'Council', 'Police']],
	['Tagalog, Hmong, Punjabi and Farsi interpreters were in the room for the first time.', [], ['Tagalog', 'Hmong', 'Punjabi', 'Farsi']],
	['The circle agreed that Sikh turbans and Muslim hijabs should never be a reason for a stop.', [], ['Sikh', 'Muslim']],
	['Afghan and Iranian women said the clinic in Arden never has a Dari or Farsi speaker.', [], ['Afghan', 'Iranian', 'Arden', 'Dari', 'Farsi']],
	['Youth from Oak Park, Meadowview and Del Paso Heights will meet at City Hall in October.', [], ['Oak Park', 'Meadowview', 'Del Paso Heights', 'City', 'October']],
	['Grace and patience were the two words the circle chose to close with.', [], []],
	['Mexican American and Hmong American veterans shared a table at the Memorial Day lunch.', [], ['Mexican American', 'Hmong']],
	['Elders said the Hmong New Year and Tet are when families need the most help with parking and permits.', [], ['Hmong New Year', 'Tet']],
	['The Jewish and Muslim youth planned a shared Passover and Eid dinner for April.', [], ['Jewish', 'Muslim', 'Passover', 'Eid', 'April']],
	['Chicana mothers from South Sacramento asked the School Board to stop calling the police on children.', [], ['Chicana', 'South Sacramento', 'School Board']],
	['The Somali and Ethiopian families at Natomas said they feel watched at the mosque.', [], ['Somali', 'Ethiopian', 'Natomas']],
	['Black and Hmong participants in Meadowview found they share the same fear of calling the police.', [], ['Black', 'Hmong', 'Meadowview']],
	['The keeper asked whether Latinx or Latine was the better word, and the youth said both.', [], ['Latinx', 'Latine']],
	['Ukrainian and Russian are both spoken at the Slavic church in Rancho Cordova.', [], ['Ukrainian', 'Russian', 'Slavic', 'Rancho Cordova']],
	['Indigenous Mixteco and Triqui families in South Sacramento need interpreters who are not Spanish speakers.', [], ['Indigenous', 'Mixteco', 'Triqui', 'South Sacramento', 'Spanish']],
	['Filipino, Samoan and Tongan families from Meadowview asked for a Pacific Islander liaison.', [], ['Filipino', 'Samoan', 'Tongan', 'Meadowview', 'Pacific Islander']],
	['Participant 3 said the Punjabi community in Elk Grove was never asked about the new bus lines.', [], ['Punjabi', 'Elk Grove']]
]);

/** A city-services circle in Natomas. These sentences and the unlisted ones below were written after the rules were
 * tuned on the groups above, to measure recall on text the rules had not seen; see the commit message. */
export const NATOMAS_ROSTER = ['Mai Nou Yang', 'Phuong Le', 'Jaspreet Dhillon', 'Alejandra Ruiz', 'Natalia Petrenko', 'Rowena Bautista', 'Reza Tehrani', 'Andre Mitchell'];

const natomas = circle(NATOMAS_ROSTER, [
	['Mai Nou said the bus shelter near her house has no lights.', [rosterName('Mai Nou', 'hmong')], []],
	['phuong asked if the library could stay open later for the Vietnamese homework club.', [rosterName('phuong', 'vietnamese')], ['Vietnamese']],
	["Jaspreet's father drives a truck and was stopped in Yolo County twice this month.", [rosterName('Jaspreet', 'punjabi')], ['Yolo', 'County']],
	['Alejandra explained that the water bill came in English only.', [rosterName('Alejandra', 'spanish')], ['English']],
	['Petrenko asked about a Ukrainian interpreter for the permit counter.', [rosterName('Petrenko', 'ukrainian')], ['Ukrainian']],
	['Rowena talked about her Lola who waited six hours at the county office.', [rosterName('Rowena', 'tagalog')], []],
	['Reza said Persian New Year is when his mother misses Shiraz the most.', [rosterName('Reza', 'persian')], ['Persian', 'Shiraz']],
	['Andre Mitchell said the Black barbershop on Broadway is where he hears what the city really thinks.', [rosterName('Andre Mitchell', 'african-american')], ['Black', 'Broadway']],
	['Le and Dhillon will bring the agreements to the Natomas community meeting.', [rosterName('Le', 'vietnamese'), rosterName('Dhillon', 'punjabi')], ['Natomas']],
	['Natalia’s email is natalia.petrenko@proton.me if you want the Russian version.', [rosterName('Natalia', 'ukrainian'), email('natalia.petrenko@proton.me')], ['Russian']],
	["Mai Nou Yang's phone is 916-555-0107.", [rosterName('Mai Nou Yang', 'hmong'), phone('916-555-0107')], []],
	['Bautista said the Filipino seniors at her church cannot use the online portal.', [rosterName('Bautista', 'tagalog')], ['Filipino']],
	['Ruiz wants the city to fix the crosswalk at Northgate and Rio Linda.', [rosterName('Ruiz', 'spanish')], ['Northgate', 'Rio Linda']],
	['Reza Tehrani lives at 2209 Arden Way Apt 7 and has had no hot water since Christmas.', [rosterName('Reza Tehrani', 'persian'), address('2209 Arden Way Apt 7')], ['Christmas']],
	['When Andre spoke about his son, the Police Department liaison took notes.', [rosterName('Andre', 'african-american')], ['Police Department']],
	['Jaspreet Dhillon and Phuong Le agreed to co-host in the spring.', [rosterName('Jaspreet Dhillon', 'punjabi'), rosterName('Phuong Le', 'vietnamese')], []]
]);

const unlistedHeldOut = circle([], [
	['My neighbor Xee Moua says the Hmong elders do not trust the 311 app.', [person('Xee Moua', 'hmong')], ['Hmong']],
	['A young man named Tuan was tased outside the Asian market on Stockton Boulevard.', [person('Tuan', 'vietnamese')], ['Asian', 'Stockton Boulevard']],
	['Sukhwinder told the circle that Sikh drivers keep dashcams now.', [person('Sukhwinder', 'punjabi')], ['Sikh']],
	['Olena and her husband Taras came from Kharkiv last spring.', [person('Olena', 'ukrainian'), person('Taras', 'ukrainian')], ['Kharkiv']],
	['Doña Rosario sells pupusas near the Salvadoran church in South Sacramento.', [person('Rosario', 'spanish')], ['Salvadoran', 'South Sacramento']],
	['Tita Baby and Manang Luz organized the Filipino parol workshop.', [person('Baby', 'tagalog'), person('Luz', 'tagalog')], ['Filipino']],
	['Mahmoud said Afghan and Arab families pray together at the mosque in Arden.', [person('Mahmoud', 'arabic')], ['Afghan', 'Arab', 'Arden']],
	['Ms. Yang from the school district promised Hmong-language report cards.', [person('Yang', 'hmong')], ['Hmong']],
	['We talked about Brianna, whose brother was killed on 47th Avenue.', [person('Brianna', 'african-american')], []],
	['Honestly the hardest part was hearing Kou describe the raid.', [person('Kou', 'hmong')], []],
	['Ana Lucía and Rafael both lost hours when the cannery closed.', [person('Ana Lucía', 'spanish'), person('Rafael', 'spanish')], []],
	["Ngozi Okafor said Nigerian families are invisible in the City's data.", [person('Ngozi Okafor', 'african-american')], ['Nigerian', 'City']],
	['i talked to marisol after the circle and she wants to come back', [person('marisol', 'spanish')], []],
	['Pastor Vue opened the circle with a prayer in Hmong.', [person('Vue', 'hmong')], ['Hmong']],
	['Aunty Zhao said the Chinese seniors in Land Park are afraid to walk at night.', [person('Zhao', 'anglo')], ['Chinese', 'Land Park']],
	['Daniyar, a Kazakh student, asked whether Central Asian families count as Asian on the forms.', [person('Daniyar', 'persian')], ['Kazakh', 'Asian']],
	['Thanh texted the circle at 279-555-0166 to say she was running late.', [person('Thanh', 'vietnamese'), phone('279-555-0166')], []],
	['The flyer links to sacyouth.org/circles and to @sac_youth_circles.', [url('sacyouth.org/circles'), handle('@sac_youth_circles')], []],
	['Fernando said his daughter was followed by a patrol car from Florin to Meadowview.', [person('Fernando', 'spanish')], ['Florin', 'Meadowview']],
	['Ileana y Marco said the Spanish interpreter never showed up.', [person('Ileana', 'spanish'), person('Marco', 'spanish')], ['Spanish']],
	['The keeper noted that Ms. Kaur-Sandhu, a teacher, wants Punjabi classes at the high school.', [person('Kaur-Sandhu', 'punjabi')], ['Punjabi']],
	['Khalid and his wife Amina asked the city for a Somali-speaking caseworker.', [person('Khalid', 'somali'), person('Amina', 'somali')], ['Somali']],
	['Bich Ngoc said the Vietnamese nail techs are scared of inspectors.', [person('Bich Ngoc', 'vietnamese')], ['Vietnamese']],
	['Please call Mrs. Ochoa at (279) 555-0150 about the garden plots.', [person('Ochoa', 'spanish'), phone('(279) 555-0150')], []],
	['Sergio drives for Lyft in Natomas and gets stopped more than his white coworkers.', [person('Sergio', 'spanish')], ['Lyft', 'Natomas']],
	['Hnub Vang said the Hmong shamans need permits to hold ceremonies.', [person('Hnub Vang', 'hmong')], ['Hmong']],
	['The circle heard from Layla, a Muslim nurse who wears hijab at Kaiser.', [person('Layla', 'arabic')], ['Muslim', 'Kaiser']],
	['Ivan Dmitriev and Galina Sokolova help Slavic families fill out housing forms.', [person('Ivan Dmitriev', 'russian'), person('Galina Sokolova', 'russian')], ['Slavic']],
	['Our Black women’s circle met at 3701 Broadway Suite 4 this time.', [address('3701 Broadway Suite 4')], ['Black']],
	['The Lao New Year festival at the temple drew families from all over Sacramento.', [], ['Lao', 'Sacramento']],
	['Juneteenth in Oak Park was the first time some of the Hmong youth had heard the history.', [], ['Juneteenth', 'Oak Park', 'Hmong']],
	['Several Latina mothers said the School Board meets when they are at work.', [], ['Latina', 'School Board']],
	['Elders from Laos and Cambodia said they were never asked what happened to them.', [], ['Laos', 'Cambodia']],
	['The group asked the Office of Equity to publish results in Spanish, Hmong, Vietnamese and Punjabi.', [], ['Office of Equity', 'Spanish', 'Hmong', 'Vietnamese', 'Punjabi']],
	['Muslim families said Ramadan makes evening circles hard.', [], ['Muslim', 'Ramadan']],
	['Sacramento County and the City both claimed the problem belonged to the other.', [], ['Sacramento County', 'City']],
	['Black and Indigenous youth said they are policed in Midtown in ways white youth are not.', [], ['Black', 'Indigenous', 'Midtown']],
	['Teachers, Counselors and Principals were invited; only two came.', [], []],
	['Rent, Repairs and Respect were the three themes from the Del Paso Heights circle.', [], ['Del Paso Heights']]
]);

export const CORPUS: readonly CorpusSentence[] = [...delPaso, ...southSac, ...meadowview, ...unlisted, ...contacts, ...protectedOnly, ...natomas, ...unlistedHeldOut];
