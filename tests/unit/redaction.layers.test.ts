// The layers issue 8 added to redaction, one behaviour each: identifiers, dates of birth, identifying roles, phones
// and emails in more shapes, names in scripts without capitals, English words that are names, and the sourced keep
// list. Recall on whole sentences is in redaction.corpus.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PII_KINDS, PLACEHOLDERS, redact } from '$lib/harvest/redaction';

const run = (text: string, roster: readonly string[] = []) => redact(text, { roster }).text;

describe('the identifier layer', () => {
	it.each([
		['an SSN', 'She read out 572-44-8391 by mistake.', 'She read out [number] by mistake.'],
		['a spaced SSN after "social"', 'My social is 604 22 1987.', 'My social is [number].'],
		['an A-number', 'Her A-number is A-212-448-913.', 'Her A-number is [number].'],
		['a Medi-Cal CIN', 'The Medi-Cal ID is 90834472A.', 'The Medi-Cal ID is [number].'],
		['an EBT card number', 'The EBT card 5077 1234 5678 9012 was skimmed.', 'The EBT card [number] was skimmed.'],
		["a driver's licence", 'License D4821937 was photographed.', 'License [number] was photographed.'],
		['a licence plate', 'They ran plate 8KJD294 twice.', 'They ran plate [number] twice.'],
		['a case number', 'Case SAC-2023-004417 is still open.', 'Case [number] is still open.'],
		['a report number with #', 'Report #2023-118876 says nothing.', 'Report #[number] says nothing.'],
		['digits after "report number"', 'The report number is 24061738.', 'The report number is [number].']
	])('removes %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});

	it.each([
		['years, counts and money', 'From 2019 to 2024, 12 families paid $1,200 and 300 people came.'],
		['a school year and an ISO date', 'The 2023-2024 year ended on 2024-06-14.'],
		['a highway and a program', 'Traffic on I-80 and Section 8 vouchers came up.'],
		['a date that is not a birth date', 'The raid was on 3/14/2024 at 6:30 pm.']
	])('keeps %s', (_case, text) => {
		expect(run(text)).toBe(text);
	});

	it.each([
		['after "born"', 'He was born on March 3, 1991 in Kabul.', 'He was born on [date of birth] in Kabul.'],
		['after "DOB"', 'DOB: 1987-11-02.', 'DOB: [date of birth].'],
		['in Spanish', 'Nació el 12 de marzo de 1984 en Jalisco.', 'Nació el [date of birth] en Jalisco.']
	])('removes a date of birth %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});
});

describe('the role layer', () => {
	it.each([
		['a numbered station', 'He is the only Hmong firefighter at Station 5.', 'He is the only Hmong [role].'],
		['a named school', 'As the only Black teacher at Kennedy High, she hears it all.', 'As the only Black [role], she hears it all.'],
		['a workplace noun after the name', 'The only Sikh deputy at the Elk Grove substation spoke.', 'The only Sikh [role] spoke.'],
		['Spanish', 'Es la única mixteca maestra en la escuela Ethel Baker.', 'Es la única mixteca [role].']
	])('replaces a unique job at %s and keeps the group word', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});

	it.each([
		['uniqueness without a workplace', 'She is the only Black tenant in her building in Del Paso Heights.'],
		['a relative clause', 'She is the one who cooks for everyone at the Guatemalan church.'],
		['"the only one"', 'He was the only one at the Filipino center who spoke up.'],
		['a town taken for a workplace (regression: it lost "Rancho Cordova")', 'The church runs the only after-school program in Rancho Cordova.']
	])('keeps %s', (_case, text) => {
		expect(run(text)).toBe(text);
	});
});

describe('contacts in more shapes', () => {
	it.each([
		['a Philippine mobile with its trunk 0', 'Call 0917 555 0134.', 'Call [phone].'],
		['an Iranian mobile', 'She uses 0912 555 7788.', 'She uses [phone].'],
		['a Vietnamese mobile', 'Her number is 090 555 1234.', 'Her number is [phone].'],
		['a Mexican number with the mobile 1', 'Es el +52 1 951 555 0199.', 'Es el [phone].'],
		['an Indian number', 'His is +91 98155 01234.', 'His is [phone].'],
		['digits spelled out', 'call nine one six, five five five, zero one four two now', 'call [phone] now'],
		['a phone right after Chinese', '号码是(279) 555-0188。', '号码是[phone]。'],
		['an email with spaces', 'Write rosalba . mendez @ gmail . com today.', 'Write [email] today.'],
		['a Spanish spelled email', 'Es luna arroba gmail punto com.', 'Es [email].'],
		['a Spanish-format address', 'Vive en Calle Pino 2231, depto. 4 ahora.', 'Vive en [address] ahora.'],
		['a full mailing address', 'Meet at 4410 Oak Rd, Sacramento, CA 95820-3341 soon.', 'Meet at [address] soon.'],
		['a ZIP+4', 'Mail goes to 95823-1907.', 'Mail goes to [address].'],
		['a lone unit', 'The mold is in Apt 214.', 'The mold is in [address].'],
		['a discriminator', 'My discord is txawj_v#4821.', 'My discord is [handle].']
	])('removes %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});
});

describe('names in scripts without capitals', () => {
	it.each([
		['Punjabi after a kin word', 'ਮੇਰੀ ਗੁਆਂਢਣ ਹਰਜੀਤ ਨੇ ਕਿਹਾ', 'ਮੇਰੀ ਗੁਆਂਢਣ [name] ਨੇ ਕਿਹਾ'],
		['Punjabi with Singh', 'ਜਸਵਿੰਦਰ ਸਿੰਘ ਟਰੱਕ ਚਲਾਉਂਦਾ ਹੈ।', '[name] ਟਰੱਕ ਚਲਾਉਂਦਾ ਹੈ।'],
		['Hindi before "ji"', 'राजेश जी ने बताया।', '[name] जी ने बताया।'],
		['Hindi after "name"', 'मेरे बेटे का नाम आरव है।', 'मेरे बेटे का नाम [name] है।'],
		['Persian after "Mrs."', 'خانم شیرین احمدی آمد.', 'خانم [name] آمد.'],
		['Persian before "said"', 'همسایه‌ام مریم گفت.', 'همسایه‌ام [name] گفت.'],
		['Chinese after "my neighbour"', '我的邻居王秀英说警察来过。', '我的邻居[name]说警察来过。'],
		['Chinese before "Mr."', '请打电话给黄志明先生。', '请打电话给[name]先生。'],
		['Russian after a cue', 'Моя соседка Людмила боится.', 'Моя соседка [name] боится.'],
		['a Vietnamese given name that is also a kin word', 'Anh nói xe buýt không đến.', '[name] nói xe buýt không đến.']
	])('finds %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});

	it('finds a roster name typed in Chinese inside a run of Chinese text, and counts it as a roster name', () => {
		expect(redact('今天王秀英来了。', { roster: ['王秀英'] })).toEqual({ text: '今天[name]来了。', removed: [{ kind: 'roster-name', count: 1 }] });
	});

	it.each([
		['police saying something', 'पुलिस ने कहा कि हिंदी में कोई अनुवादक नहीं है।'],
		['group words in Chinese', '很多华人住在萨克拉门托。'],
		['Russian place names in any case', 'Семьи из Украины и Молдовы живут в Сакраменто.']
	])('keeps %s', (_case, text) => {
		expect(run(text)).toBe(text);
	});
});

describe('an unknown word opening a sentence', () => {
	it.each([
		['"is the one who"', 'Xiomara is the one who drives the van.', '[name] is the one who drives the van.'],
		['"was my neighbor"', 'Sagal was my neighbor.', '[name] was my neighbor.'],
		['"is from"', 'Tsehay is from Addis Ababa.', '[name] is from Addis Ababa.']
	])('is a name before %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});

	it('is a word before anything else said of it', () => {
		expect(run('Transit is late. Nextdoor is where the rumours start.')).toBe('Transit is late. Nextdoor is where the rumours start.');
	});
});

describe('English words that are names', () => {
	it.each([
		['after a kin word', 'My daughter Joy told me about it.', 'My daughter [name] told me about it.'],
		['before a speech verb', 'Will told the circle about his mom.', '[name] told the circle about his mom.'],
		['capitalised mid-sentence', 'We sat with Hope after the circle.', 'We sat with [name] after the circle.'],
		['listed with one', 'Precious and Unique said it too.', '[name] and [name] said it too.'],
		['in lower case after "told"', 'i told joy i would come', 'i told [name] i would come'],
		['before "is the one who"', 'Grace is the one who drives the van.', '[name] is the one who drives the van.'],
		['before a kin word in commas', 'Hope, my cousin, came too.', '[name], my cousin, came too.']
	])('redacts one %s', (_case, text, expected) => {
		expect(run(text)).toBe(expected);
	});

	it.each([
		'Will the city pay for interpreters?',
		'Mark my words, the rent will go up.',
		'Sunny mornings are when the elders walk.',
		'Hope is what keeps us coming.',
		'By the grace of God the clinic stayed open.'
	])('keeps "%s"', (text) => {
		expect(run(text)).toBe(text);
	});

	it('keeps ordinary uses of a roster name that is a word, and removes the name', () => {
		const roster = ['Grace Okonkwo', 'Mark Delgado', 'Paloma Reyes'];
		expect(run('The grace we gave each other is what I remember.', roster)).toBe('The grace we gave each other is what I remember.');
		expect(run('Please mark the day on the calendar.', roster)).toBe('Please mark the day on the calendar.');
		expect(run('La paloma se paró en la ventana.', roster)).toBe('La paloma se paró en la ventana.');
		expect(run('Mark from Parks said the pool closed.', roster)).toBe('[name] from Parks said the pool closed.');
	});
});

describe('the sourced keep list', () => {
	it.each([
		'Oromo, Marshallese, Mixtec, Amharic and Romani speakers came.',
		"Baha'i and Native Hawaiian families were there.",
		'The apartments on 65th Street and 47th Avenue have mold.',
		'Families from Eritrea, Burma, Ivory Coast and Georgia spoke.',
		'Youth from Gardenland, Robla and Hagginwood came.',
		'Mi familia es de Guatemala y Honduras.'
	])('keeps every group, language, nation, faith and place word in "%s"', (text) => {
		expect(run(text)).toBe(text);
	});

	it('keeps weekdays, months and public words in the other languages, and a month that names someone yields', () => {
		expect(run('Los domingos vamos a la Iglesia y en Navidad nos juntamos.')).toBe('Los domingos vamos a la Iglesia y en Navidad nos juntamos.');
		expect(run('Pumunta kami sa Simbahan noong Linggo.')).toBe('Pumunta kami sa Simbahan noong Linggo.');
		expect(run('Julio dijo que en julio subió la renta.')).toBe('[name] dijo que en julio subió la renta.');
	});

	it('removes a participant named for a place where the name stands as a name, and keeps the place', () => {
		const roster = ['Jordan Price', 'India Johnson'];
		expect(run('We sat with Jordan, and India thanked us.', roster)).toBe('We sat with [name], and [name] thanked us.');
		expect(run('Families from Jordan and India came.', roster)).toBe('Families from Jordan and India came.');
	});

	it('yields a place name that is also a person name only where a name stands', () => {
		expect(run('Then Jamal Washington stood up.')).toBe('Then [name] stood up.');
		expect(run('We heard from Guadalupe, whose son was stopped.')).toBe('We heard from [name], whose son was stopped.');
		expect(run('Families from Laos and Cambodia said the same.')).toBe('Families from Laos and Cambodia said the same.');
	});

	it('is generated with its sources named in the file', () => {
		const data = readFileSync(join(import.meta.dirname, '../../src/lib/harvest/redaction/keep-list.data.ts'), 'utf8');
		expect(data).toMatch(/^\/\/ Generated by scripts\/generate-keep-list\.ts/u);
		for (const source of ['CLDR', 'IANA', 'SPD 15', 'Pew Research Center', 'City of Sacramento']) expect(data).toContain(source);
	});
});

describe('the public API', () => {
	it('lists every kind with a placeholder, the new ones included', () => {
		expect(PII_KINDS).toEqual(['roster-name', 'person-name', 'email', 'phone', 'address', 'url', 'handle', 'identifier', 'date-of-birth', 'role']);
		expect(PII_KINDS.map((kind) => PLACEHOLDERS[kind])).toEqual(['[name]', '[name]', '[email]', '[phone]', '[address]', '[link]', '[handle]', '[number]', '[date of birth]', '[role]']);
	});
});
