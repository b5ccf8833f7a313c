// Redaction before anything is stored (issue 5 §2), layer by layer: roster, emails, phones, addresses, links, handles,
// other people's names and the keep list. Recall on the labelled corpus is in redaction.corpus.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '$lib/harvest/redaction';
import { TUNE } from '../fixtures/redaction/corpus';

/** Enough generated texts to catch a layer that disagrees with itself; 20 000 runs found nothing beyond what this does. */
const PROPERTY_RUNS = 300;

const run = (text: string, roster: readonly string[] = []) => redact(text, { roster });

describe('the roster layer', () => {
	const roster = ['Pa Houa Xiong', 'Nguyễn Thị Lan', 'Harpreet Kaur', 'Mai-Lee Thao', 'June Lor', 'Hope Williams', 'Tou Her'];
	it.each([
		['a whole name', 'Pa Houa Xiong spoke first.', '[name] spoke first.'],
		['a first name alone', 'Then Harpreet spoke.', 'Then [name] spoke.'],
		['a last name alone', 'Then Kaur spoke.', 'Then [name] spoke.'],
		['a middle part alone', 'Thị asked a question.', '[name] asked a question.'],
		['any case', 'then HARPREET and kaur spoke.', 'then [name] and [name] spoke.'],
		['a possessive', "Lan's son was stopped.", "[name]'s son was stopped."],
		['a curly possessive', 'Lan’s son was stopped.', '[name]’s son was stopped.'],
		['without the accents the roster has', 'Nguyen Thi Lan asked for forms.', '[name] asked for forms.'],
		['with accents the roster lacks', 'Hárpreet asked for forms.', '[name] asked for forms.'],
		['a hyphenated name and its halves', 'Mai-Lee and Lee and Mai came.', '[name] and [name] and [name] came.'],
		['a name typed in lower case', 'pa houa xiong came late.', '[name] came late.'],
		['only whole words', 'The landlord cut the lane lights during maintenance.', 'The landlord cut the lane lights during maintenance.']
	])('redacts %s', (_case, text, expected) => {
		expect(run(text, roster).text).toBe(expected);
	});

	it.each([
		['a month that is also a roster name, as a month', 'In June the rent went up.', 'In June the rent went up.'],
		['the roster name after a speech verb', 'June said the rent went up.', '[name] said the rent went up.'],
		['the roster name after a cue', 'Thank you to my friend June.', 'Thank you to my friend [name].'],
		['the roster name next to its other part', 'June Lor came back.', '[name] came back.'],
		['the roster name listed with another roster name', 'Hope, June and Harpreet stayed.', '[name], [name] and [name] stayed.'],
		['an ordinary word opening a sentence', 'Hope is what we have.', 'Hope is what we have.'],
		['an ordinary word in lower case', 'We hope the city listens.', 'We hope the city listens.'],
		['an ordinary word capitalised mid-sentence', 'We waited for Hope all night.', 'We waited for [name] all night.'],
		['a pronoun that is a roster surname', 'Her son is Tou.', 'Her son is [name].'],
		['the pronoun surname as a speaker', 'Her said the clan helps.', '[name] said the clan helps.']
	])('keeps or redacts %s', (_case, text, expected) => {
		expect(run(text, roster).text).toBe(expected);
	});

	it('counts a multi-word name once', () => {
		expect(run('Pa Houa Xiong and Harpreet came.', roster).removed).toEqual([{ kind: 'roster-name', count: 2 }]);
	});
});

describe('the pattern layers', () => {
	it.each([
		['email', 'Write to mai.vang@gmail.com today.', 'Write to [email] today.'],
		['email with plus and capitals', 'Use LAN.NGUYEN+circle@Gmail.com.', 'Use [email].'],
		['spelled-out email', 'It is mai at gmail dot com.', 'It is [email].'],
		['bracketed email', 'It is mai [at] proton [dot] me.', 'It is [email].'],
		['phone (916) 555-0123', 'Call (916) 555-0123.', 'Call [phone].'],
		['phone 916-555-0123', 'Call 916-555-0123.', 'Call [phone].'],
		['phone 916.555.0123', 'Call 916.555.0123.', 'Call [phone].'],
		['phone +1 916 555 0123', 'Call +1 916 555 0123.', 'Call [phone].'],
		['phone 1-800-555-0199', 'Call 1-800-555-0199.', 'Call [phone].'],
		['phone 9165550123', 'Call 9165550123.', 'Call [phone].'],
		['local phone 555-0123', 'Call 555-0123.', 'Call [phone].'],
		['UK phone', 'Call +44 20 7946 0958.', 'Call [phone].'],
		['Mexican phone', 'Call +52 55 1234 5678.', 'Call [phone].'],
		['Philippine phone', 'Call +63 917 123 4567.', 'Call [phone].'],
		['street address', 'She lives at 1234 Oak St.', 'She lives at [address].'],
		['address with a unit', 'Go to 55 Franklin Boulevard Apt 3 now.', 'Go to [address] now.'],
		['address with an ordinal street', 'It burned at 4500 24th Street.', 'It burned at [address].'],
		['address without a street type but with a unit', 'We met at 3701 Broadway Suite 4 today.', 'We met at [address] today.'],
		['lower-case address', 'we live at 940 meadowview rd now.', 'we live at [address] now.'],
		['post office box', 'Mail it to P.O. Box 12.', 'Mail it to [address].'],
		['link with a scheme', 'See https://example.org/a?b=1.', 'See [link].'],
		['link with www', 'See www.example.org today.', 'See [link] today.'],
		['bare link', 'Give at gofundme.com/f/vang-family now.', 'Give at [link] now.'],
		['handle', 'Follow @txawj_v for dates.', 'Follow [handle] for dates.'],
		['profile link', 'See twitter.com/txawj_v and instagram.com/mai.v.', 'See [handle] and [handle].'],
		['platform and name', 'My IG is mai.vang99 and snap: txawjv.', 'My IG is [handle] and snap: [handle].'],
		['cashtag', 'Send it to $MaiVang916.', 'Send it to [handle].']
	])('redacts a %s', (_case, text, expected) => {
		expect(run(text).text).toBe(expected);
	});

	it.each([
		['years and counts', 'In 1979, 12 families and 300 people came; by 2004 rent was $1,200.'],
		['times and dates', 'We met at 6:30 pm on 3/14/2024 for 90 minutes.'],
		['a trip that is not an address', 'It is a 3 day drive and a 24 hour court.'],
		['a platform without a handle', 'Instagram is where the youth organize.'],
		['a meeting "at" a place', 'We meet at church and talk about it on Facebook.'],
		['money', 'The deposit was $2,500 and the fee $35.']
	])('keeps %s', (_case, text) => {
		expect(run(text).text).toBe(text);
	});

	it('reports each kind removed, in a fixed order', () => {
		expect(run('Call 916-555-0123 or 916-555-0124, write a@b.org, visit 12 Oak St.').removed).toEqual([
			{ kind: 'email', count: 1 },
			{ kind: 'phone', count: 2 },
			{ kind: 'address', count: 1 }
		]);
	});
});

describe('the person-name layer (names nobody typed)', () => {
	it.each([
		['compromise', 'Then Jamal Washington stood up.', 'Then [name] stood up.'],
		['"my friend X"', 'My friend Txawj lost his job.', 'My friend [name] lost his job.'],
		['"named X"', 'A woman named Ligaya spoke.', 'A woman named [name] spoke.'],
		['"X said"', 'Gurpreet said it was hard.', '[name] said it was hard.'],
		['"Mr./Ms./Dr. X"', 'Mr. Nguyễn and Dr. Rahimi came.', 'Mr. [name] and Dr. [name] came.'],
		['"auntie X"', 'Auntie Pa Nhia cooked.', 'Auntie [name] cooked.'],
		['"tío X"', 'Tío Chuy drove us.', 'Tío [name] drove us.'],
		['an unknown capitalised word mid-sentence', 'We sat with Svetlana and Oleksandr.', 'We sat with [name] and [name].'],
		['a list opening a sentence', 'Harpreet and Gurdeep came.', '[name] and [name] came.'],
		['"X and his cousin"', 'Gurpreet and his cousin came.', '[name] and his cousin came.'],
		['an honorific after the name', 'Parvin Khanum brought rice.', '[name] Khanum brought rice.'],
		['"X, whose" even for a place-like name', 'We heard from Guadalupe, whose son was stopped.', 'We heard from [name], whose son was stopped.'],
		['a particle inside a name', 'We met María José de la Cruz there.', 'We met [name] there.'],
		['a later mention of a found name', 'My friend Txawj came. Txawj has three kids.', 'My friend [name] came. [name] has three kids.']
	])('finds a name by %s', (_case, text, expected) => {
		expect(run(text).text).toBe(expected);
	});

	it.each([
		['race and ethnicity', 'Black, White, Latino, Latina, Latinx, Hispanic and Asian families came.'],
		['origin and language', 'Hmong, Mien, Lao, Vietnamese, Punjabi, Filipino, Tagalog and Mexican elders spoke.'],
		['religion', 'Sikh, Muslim, Jewish, Catholic and Buddhist neighbors were there.'],
		['nationality', 'Russian, Ukrainian, Persian, Afghan, Iranian and Somali parents asked.'],
		['place', 'We live in Oak Park, Del Paso Heights, Meadowview, South Sacramento, Elk Grove and Laos.'],
		['cities people came from', 'His mother misses Shiraz, Kabul, Vientiane and Amritsar.'],
		['days, months and roles', 'On Monday in May, Mom, Dad and I asked the City Council and the Police Department.'],
		['a title-case group name', 'The Black Student Union met the Hmong Women’s Heritage Association.'],
		['an institution named for a person', 'She teaches at Luther Burbank High on Florin Road.'],
		['ordinary words opening sentences', 'Staff said no. Housing is hard. Eviction came. Transit is late. Honestly, nobody knew.'],
		['single letters', 'Room B, grade A and the letter J stayed.']
	])('keeps %s', (_case, text) => {
		expect(run(text).text).toBe(text);
	});
});

describe('redact()', () => {
	it('leaves placeholders alone, even when a roster name is "Name"', () => {
		expect(run('The keeper wrote to a@b.org', ['Name', 'Email']).text).toBe('The keeper wrote to [email]');
		expect(run('[name] wrote to [email]', ['Name', 'Email'])).toEqual({ text: '[name] wrote to [email]', removed: [] });
	});

	it('returns text without PII unchanged, with nothing removed', () => {
		expect(run('The circle agreed to meet again in Oak Park.')).toEqual({ text: 'The circle agreed to meet again in Oak Park.', removed: [] });
	});

	it('reaches a fixed point: redacting any mix of corpus words, contacts and placeholders twice changes nothing more', () => {
		const words = [...new Set(TUNE.flatMap((sentence) => sentence.text.split(/\s+/u)))];
		const fragment = fc.oneof(fc.constantFrom(...words), fc.constantFrom('@', '.', ',', "'s", '(', '+1', '916', '555-0123', 'St', 'Apt 3', '[name]', 'and', '\n'), fc.string({ maxLength: 5 }));
		const text = fc.array(fragment, { maxLength: 25 }).map((fragments) => fragments.join(' '));
		const roster = fc.subarray(['Pa Houa Xiong', 'June Lor', 'Hope Williams', 'Tou Her', 'Keisha Brown', 'María José de la Cruz']);
		fc.assert(
			fc.property(text, roster, (input, names) => {
				const once = redact(input, { roster: names }).text;
				expect(redact(once, { roster: names })).toEqual({ text: once, removed: [] });
			}),
			{ numRuns: PROPERTY_RUNS }
		);
	});

	it('counts what every pass removed: "J Van" reads as a person only once the phone is a placeholder', () => {
		expect(run('J Van 555-0123').removed).toEqual([
			{ kind: 'person-name', count: 1 },
			{ kind: 'phone', count: 1 }
		]);
	});

	it('imports nothing from node:, so the browser can run it too', () => {
		const directory = join(import.meta.dirname, '../../src/lib/harvest');
		const files = ['redaction.ts', ...readdirSync(join(directory, 'redaction')).map((file) => `redaction/${file}`)];
		const nodeImports = files.filter((file) => /from\s+['"]node:/u.test(readFileSync(join(directory, file), 'utf8')));
		expect(nodeImports).toEqual([]);
	});
});
