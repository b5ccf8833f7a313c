// Names in scripts without capital letters: Gurmukhi, Devanagari, Arabic/Persian and Chinese. No capital marks a name
// there, so only the words around it do: a kin word or title before it ("ਮੇਰੀ ਗੁਆਂਢਣ …", "خانم …", "我的邻居…"), an
// honorific or family name after it ("… ਜੀ", "… ਸਿੰਘ", "…先生"), or a speech verb ("… ने कहा", "… گفت", "…说").
// Roster names in those scripts are found by the roster layer, except Chinese ones, found here as substrings.
import { PROTECTED_WORDS } from './protected-words';

export interface UncasedSpan {
	readonly start: number;
	readonly end: number;
	readonly kind: 'person-name' | 'roster-name';
}

/** Words of Gurmukhi, Devanagari and Arabic script, with their vowel signs and Persian's zero-width non-joiner. */
const WORD = /[\p{Script=Gurmukhi}\p{Script=Devanagari}\p{Script=Arabic}][\p{Script=Gurmukhi}\p{Script=Devanagari}\p{Script=Arabic}\p{M}\u200c]*/gu;

/** Kin words, relations and titles a name follows (Punjabi, Hindi, Persian). "ਨਾਮ"/"नाम"/"اسم" is "name". */
const BEFORE = new Set([
	'ਗੁਆਂਢਣ', 'ਗੁਆਂਢੀ', 'ਦੋਸਤ', 'ਸਹੇਲੀ', 'ਭੈਣ', 'ਭਰਾ', 'ਧੀ', 'ਪੁੱਤਰ', 'ਮਾਸੀ', 'ਚਾਚਾ', 'ਚਾਚੀ', 'ਮਾਮਾ', 'ਮਾਮੀ', 'ਭੂਆ', 'ਪਤੀ',
	'ਪਤਨੀ', 'ਸ੍ਰੀ', 'ਸ੍ਰੀਮਤੀ', 'ਸ਼੍ਰੀਮਤੀ', 'ਸਰਦਾਰ', 'ਸਰਦਾਰਨੀ', 'ਬੀਬੀ', 'ਨਾਮ', 'ਨਾਂ', 'ਡਾਕਟਰ',
	'पड़ोसन', 'पड़ोसी', 'दोस्त', 'सहेली', 'बहन', 'भाई', 'बेटी', 'बेटा', 'बेटे', 'पति', 'पत्नी', 'चाचा', 'चाची', 'मामा',
	'मौसी', 'बुआ', 'श्री', 'श्रीमती', 'सुश्री', 'नाम', 'डॉ', 'डॉक्टर',
	'دوستم', 'دوست', 'همسایه‌ام', 'همسایه', 'خواهرم', 'برادرم', 'دخترم', 'پسرم', 'مادرم', 'پدرم', 'خاله', 'عمه', 'عمو',
	'دایی', 'شوهرم', 'همسرم', 'خانم', 'آقای', 'آقا', 'دکتر', 'اسمش', 'اسم', 'شماره', 'تلفن', 'موبایل'
]);
/** Honorifics and family names written after a given name: the word before them is a name, and so are they. */
const FAMILY_AFTER = new Set(['ਸਿੰਘ', 'ਕੌਰ', 'सिंह', 'कौर', 'कुमार', 'कुमारी', 'शर्मा', 'गुप्ता', 'पटेल', 'वर्मा', 'यादव']);
const HONORIFIC_AFTER = new Set(['ਜੀ', 'जी', 'جان', 'جون']);
/** "X ने कहा", "X ਨੇ ਕਿਹਾ": the ergative particle then a verb of saying; Persian "X گفت". */
const ERGATIVE = new Set(['ने', 'ਨੇ']);
const SAID_AFTER_ERGATIVE = new Set(['कहा', 'बताया', 'पूछा', 'ਕਿਹਾ', 'ਦੱਸਿਆ', 'ਪੁੱਛਿਆ']);
const SAID = new Set(['گفت', 'پرسید', 'گفته']);
/** "कविता का नंबर", "ਅਮਨ ਦਾ ਫ਼ੋਨ": opening a sentence, someone's number or phone. */
const POSSESSIVE = new Set(['का', 'की', 'के', 'ਦਾ', 'ਦੀ', 'ਦੇ']);
const CONTACT = new Set(['नंबर', 'फ़ोन', 'फोन', 'ईमेल', 'पता', 'ਨੰਬਰ', 'ਫ਼ੋਨ', 'ਫੋਨ', 'ਪਤਾ', 'ਈਮੇਲ']);
/** Who else says things: police, pronouns, the city. Never names. */
const NOT_NAMES = new Set([
	'पुलिस', 'उसने', 'उन्होंने', 'मैंने', 'हमने', 'सरकार', 'ਪੁਲਿਸ', 'ਉਸ', 'ਉਹਨਾਂ', 'ਮੈਂ', 'ਅਸੀਂ', 'ਸਰਕਾਰ', 'پلیس', 'او', 'من', 'ما',
	'آنها', 'دولت', 'شهر',
	// Particles and the verb "is", which a name never is.
	'ने', 'ਨੇ', 'का', 'की', 'के', 'ਦਾ', 'ਦੀ', 'ਦੇ', 'है', 'ਹੈ', 'और', 'ਅਤੇ', 'و', 'را', 'از', 'به', 'در', 'که', 'است'
]);
/** Persian family names often end so ("احمدی", "حسینی", "رضایی"); a second word after a cue joins the name if it does. */
const PERSIAN_FAMILY_ENDING = /(?:ی|پور|زاده|یان|نیا)$/u;
const PERSIAN_VERB_PREFIX = /^(?:می|نمی)/u;

const PROTECTED = new Set(PROTECTED_WORDS);
/**
 * Endings of Punjabi given names, Sikh and Hindu alike ("-preet", "-jeet", "-deep", "-inder", "-veer", "-meet",
 * "-bir", "-jot"), in Gurmukhi and Devanagari: a word built on one is a name even with no cue around it.
 */
const GIVEN_NAME_ENDINGS = /(?:ਪ੍ਰੀਤ|ਜੀਤ|ਦੀਪ|ਿੰਦਰ|ਵਿੰਦਰ|ਵੀਰ|ਮੀਤ|ਬੀਰ|ਜੋਤ|प्रीत|जीत|दीप|िंदर|विंदर|वीर|मीत|बीर|ज्योत)$/u;
/** The ending alone is a word ("ਜੀਤ" is a win, "दीप" a lamp): the name needs at least this many letters before it. */
const MIN_NAME_STEM = 2;

/** The hundred commonest Chinese family names, simplified and traditional (Ministry of Public Security ranking, 2020). */
const SURNAMES = '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯';
const HAN_CUE_BEFORE = '朋友|邻居|鄰居|同事|同学|同學|名叫|叫|联系|聯繫|联络|聯絡|打电话给|打電話給|找|谢谢|謝謝|感谢|感謝';
const HAN_CUE_AFTER = '说|說|告诉|告訴|讲|講|表示|问|問|先生|女士|太太|小姐|阿姨|老师|老師|医生|醫生|的电话|的電話|的号码|的號碼';
const HAN_BOUNDARY = '[，。、！？；：,.!?;:\\s]';
const HAN_AFTER_CUE = new RegExp(`(?<=${HAN_CUE_BEFORE})[${SURNAMES}]\\p{Script=Han}{1,2}?(?=${HAN_CUE_AFTER}|${HAN_BOUNDARY}|$|[他她是在的和也帮幫来來去给給都很不没沒又还還就对對])`, 'gu');
const HAN_BEFORE_CUE = new RegExp(`(?<=^|${HAN_BOUNDARY})[${SURNAMES}]\\p{Script=Han}{1,2}?(?=${HAN_CUE_AFTER})`, 'gu');
const HAN_PROTECTED = PROTECTED_WORDS.filter((word) => /\p{Script=Han}/u.test(word));

interface Word {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

const nameWord = (word: Word | undefined): word is Word => !!word && !PROTECTED.has(word.text) && !NOT_NAMES.has(word.text) && !BEFORE.has(word.text);
/** Two words written next to each other, with nothing but spaces between: not across a placeholder or a comma. */
const adjacent = (text: string, left: Word | undefined, right: Word | undefined) => !!left && !!right && /^[ \t\u00a0\u200c]+$/u.test(text.slice(left.end, right.start));

const opensSentence = (text: string, start: number) => /(?:^|[.!?।:\n]\s*)$/u.test(text.slice(0, start));

function scriptSpans(text: string): UncasedSpan[] {
	const words: Word[] = [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
	const spans: UncasedSpan[] = [];
	const add = (first: Word, last: Word) => spans.push({ start: first.start, end: last.end, kind: 'person-name' });
	words.forEach((word, index) => {
		const next = adjacent(text, word, words[index + 1]) ? words[index + 1] : undefined;
		const afterNext = adjacent(text, next, words[index + 2]) ? words[index + 2] : undefined;
		const previous = adjacent(text, words[index - 1], word) ? words[index - 1] : undefined;
		if (BEFORE.has(word.text) && nameWord(next)) {
			const family = afterNext && (FAMILY_AFTER.has(afterNext.text) || (PERSIAN_FAMILY_ENDING.test(afterNext.text) && !PERSIAN_VERB_PREFIX.test(afterNext.text) && nameWord(afterNext)));
			add(next, family ? afterNext : next);
		}
		if (FAMILY_AFTER.has(word.text) && nameWord(previous)) add(previous, word);
		if (HONORIFIC_AFTER.has(word.text) && nameWord(previous) && !FAMILY_AFTER.has(previous.text)) add(previous, previous);
		if (ERGATIVE.has(word.text) && SAID_AFTER_ERGATIVE.has(next?.text ?? '') && nameWord(previous) && !FAMILY_AFTER.has(previous.text) && !HONORIFIC_AFTER.has(previous.text)) add(previous, previous);
		if (SAID.has(word.text) && nameWord(previous)) add(previous, previous);
		const ending = GIVEN_NAME_ENDINGS.exec(word.text);
		if (ending && word.text.length - ending[0].length >= MIN_NAME_STEM && nameWord(word)) add(word, FAMILY_AFTER.has(next?.text ?? '') && next ? next : word);
		if (POSSESSIVE.has(word.text) && CONTACT.has(next?.text ?? '') && nameWord(previous) && opensSentence(text, previous.start)) add(previous, previous);
	});
	return spans;
}

function hanSpans(text: string): UncasedSpan[] {
	const kept = HAN_PROTECTED.flatMap((word) => [...text.matchAll(new RegExp(word, 'gu'))].map((match) => [match.index, match.index + word.length] as const));
	return [HAN_AFTER_CUE, HAN_BEFORE_CUE]
		.flatMap((pattern) => [...text.matchAll(new RegExp(pattern.source, pattern.flags))])
		.map((match): UncasedSpan => ({ start: match.index, end: match.index + match[0].length, kind: 'person-name' }))
		.filter((span) => !kept.some(([start, end]) => start < span.end && span.start < end));
}

/** Chinese writes no spaces, so a roster name typed in Chinese is found as a substring ("我的邻居王秀英说"). */
function hanRosterSpans(text: string, roster: readonly string[]): UncasedSpan[] {
	return roster
		.flatMap((name) => name.split(/\s+/u))
		.filter((name) => /^\p{Script=Han}{2,}$/u.test(name))
		.flatMap((name) => [...text.matchAll(new RegExp(name, 'gu'))].map((match): UncasedSpan => ({ start: match.index, end: match.index + name.length, kind: 'roster-name' })));
}

/** Name spans in uncased scripts, overlapping ones merged, leaving text an earlier layer has claimed. */
export function findUncasedNames(text: string, taken: (start: number, end: number) => boolean, roster: readonly string[] = []): UncasedSpan[] {
	if (!/[\p{Script=Gurmukhi}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Han}]/u.test(text)) return [];
	const spans = [...hanRosterSpans(text, roster), ...scriptSpans(text), ...hanSpans(text)].filter((span) => !taken(span.start, span.end)).sort((a, b) => a.start - b.start);
	const merged: UncasedSpan[] = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last && span.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, span.end), kind: last.kind === 'roster-name' || span.kind === 'roster-name' ? 'roster-name' : 'person-name' };
		else merged.push(span);
	}
	return merged;
}
