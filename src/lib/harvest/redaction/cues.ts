// Words around a name that say a person is meant, in the languages of the circles: kin and relationship words,
// honorifics, "is called", speech verbs, and English words that are also given names ("Hope", "Will").

/** Before a name, folded (no accents): Spanish, Vietnamese, Tagalog and Russian kin words, titles and relations. */
export const MORE_NAME_CUES: readonly string[] = [
	// Spanish.
	'vecina', 'vecino', 'amiga', 'amigo', 'suegra', 'suegro', 'sobrina', 'sobrino', 'hija', 'hijo', 'esposa', 'esposo',
	'hermana', 'hermano', 'nieta', 'nieto', 'cunada', 'cunado', 'nuera', 'yerno', 'madrina', 'padrino', 'don', 'licenciado',
	'licenciada', 'doctor', 'doctora', 'maestra', 'maestro', 'profesora', 'profesor', 'padre', 'hermanita', 'mija', 'mijo',
	'segun', 'llama', 'llamo', 'llamaba', 'dicen', 'conocida', 'conocido',
	// Vietnamese (folded: cô → co). "Anh" and "Chi" are left out: they are common given names too, and the name after
	// them is found anyway, capitalised mid-sentence. "Dì" folds to the particle "di".
	'em', 'co', 'cau', 'thim', 'mo', 'chau',
	// Tagalog name markers and kin words.
	'si', 'ni', 'kay', 'sina', 'nina', 'kina', 'ate', 'aling', 'mang', 'tito', 'apo', 'kapitbahay', 'kaibigan', 'pinsan',
	// Hmong RPA.
	'phooj', 'ywg', 'npawg', 'muam', 'kwv', 'tij', 'nus', 'ntxhais', 'niam', 'txiv', 'pog', 'yawg', 'tais', 'ua',
	// Russian.
	'сосед', 'соседка', 'друг', 'подруга', 'тётя', 'тетя', 'дядя', 'бабушка', 'дедушка', 'брат', 'сестра', 'сын', 'дочь',
	'внучка', 'внук', 'муж', 'жена', 'зовут', 'имени', 'господин', 'госпожа'
];

/** Verbs whose object is a person when the word after them looks like a name: "call Jun", "ask Txawj". */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set(['call', 'text', 'ask', 'tell', 'thank', 'contact', 'reach', 'email', 'message', 'visit', 'met', 'meet']);

/** Speech and person verbs in Spanish, Vietnamese (folded), Tagalog and Russian, after a name. */
export const MORE_SPEECH_VERBS: readonly string[] = [
	'dijo', 'dice', 'conto', 'cuenta', 'explico', 'pidio', 'pregunto', 'comento', 'hablo', 'compartio', 'comparte',
	'lloro', 'quiere', 'trabaja', 'vive', 'llego',
	'noi', 'ke', 'hoi', 'chia',
	'сказал', 'сказала', 'сказали', 'сказав', 'розповів', 'розповіла', 'каже', 'говорит', 'говорил', 'говорила', 'рассказал', 'рассказала', 'спросил', 'спросила',
	'ответил', 'ответила', 'объяснил', 'объяснила', 'считает', 'думает', 'работает', 'живёт', 'живет', 'боится',
	'hais'
];

/**
 * Given names that are also English words. Outside the roster they are names only where a name stands: after a cue
 * ("my daughter Joy"), before a speech verb ("Will told us"), listed with one ("Precious and Unique said"), or
 * capitalised mid-sentence ("we sat with Hope"). Opening a sentence on their own they are words ("Hope is ...").
 */
export const WORD_NAMES: ReadonlySet<string> = new Set([
	'hope', 'joy', 'will', 'mark', 'sunny', 'grace', 'faith', 'rose', 'lily', 'daisy', 'summer', 'autumn', 'april',
	'dawn', 'amber', 'ruby', 'pearl', 'crystal', 'destiny', 'heaven', 'honor', 'patience', 'charity', 'chance', 'bill',
	'pat', 'rob', 'jack', 'frank', 'sue', 'art', 'guy', 'ray', 'drew', 'sky', 'rain', 'angel', 'jewel', 'star',
	'precious', 'miracle', 'unique', 'blessing', 'princess', 'king', 'prince', 'major', 'deacon', 'earnest', 'hunter',
	'taylor', 'mercy', 'trinity', 'journey', 'harmony', 'melody', 'serenity', 'genesis', 'justice', 'lovely', 'sincere',
	'baby', 'honey', 'peaches', 'bunny', 'jade', 'iris', 'violet', 'hazel', 'olive', 'ivy', 'cherry', 'brandy', 'dusty',
	'rusty', 'buddy', 'sonny', 'chip', 'gene', 'bud', 'cliff', 'glen', 'dale', 'wade', 'lane', 'reed', 'rocky'
]);

/** Words right after which a lower-case word that English does not know is a name: "talked to marisol", "me and yesica". */
export const LOWER_CASE_CUES: ReadonlySet<string> = new Set(['to', 'with', 'and', 'friend', 'neighbor', 'neighbour', 'cousin', 'named', 'sister', 'brother', 'auntie', 'uncle']);
/** The word before those cues, for the two-word ones: "talked to", "sat with", "me and", "next to". */
export const LOWER_CASE_CUE_VERBS: ReadonlySet<string> = new Set(['talked', 'spoke', 'sat', 'met', 'me', 'next', 'went', 'came', 'walked', 'my', 'his', 'her', 'our', 'a', 'i']);

/** Words between a name and its verb: "Will both said", "Hope also asked". */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(['both', 'also', 'then', 'just', 'really', 'never', 'always', 'finally', 'later', 'first', 'again', 'too']);

/**
 * Family names common in these circles that are not English words: the Hmong clans (RPA and English spellings), the
 * commonest Vietnamese, Punjabi and Spanish family names. After a word English does not know they make a lower-case
 * name typed on a phone a name: "i saw mai vang at the store", "gurpreet sandhu called". Family names that are also
 * English words ("Her", "Lee", "Do", "Le") are left out.
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
	'vang', 'xiong', 'yang', 'thao', 'moua', 'vue', 'lor', 'kue', 'cheng', 'khang', 'vaj', 'xyooj', 'yaj', 'thoj', 'hawj',
	'muas', 'tsab', 'vwj', 'lauj', 'kwm', 'nguyen', 'tran', 'pham', 'huynh', 'phan', 'dang', 'bui', 'ngo', 'duong',
	'truong', 'vo', 'singh', 'kaur', 'sandhu', 'gill', 'dhillon', 'grewal', 'sidhu', 'sekhon', 'bains', 'johal',
	'garcia', 'hernandez', 'martinez', 'lopez', 'gonzalez', 'rodriguez', 'perez', 'sanchez', 'ramirez', 'torres',
	'flores', 'rivera', 'gomez', 'diaz', 'reyes', 'morales', 'ortiz', 'gutierrez', 'chavez', 'ramos', 'mendoza'
]);

/** Hmong "npe hu ua X" ("is named X") and "hu ua X": the next word is a name in any case. */
export const HMONG_NAMED = ['hu', 'ua'] as const;
