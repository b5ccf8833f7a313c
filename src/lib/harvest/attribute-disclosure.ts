// Attribute disclosure (issue 8, finding 2): a distribution whose answers all sit in one cell tells every member of
// the group what they answered, even when the counts are hidden ("<11" beside four printed zeros). Such lines go whole.

/** A distribution tells each respondent's answer when at most this many answers were chosen by anyone. */
export const MAX_ANSWERS_CHOSEN_FOR_DISCLOSURE = 1;

/**
 * Whether a distribution gives away what its respondents answered: someone answered, and all of them alike. Only
 * the answers count (pass skips separately, or not at all): "everyone who answered chose 5" is the same disclosure
 * whether or not a few people skipped.
 */
export function isSingleAnswer(answers: readonly number[]): boolean {
	const chosen = answers.filter((n) => n > 0).length;
	return chosen >= 1 && chosen <= MAX_ANSWERS_CHOSEN_FOR_DISCLOSURE;
}

/**
 * For a table whose rows are distributions (one group's answers per row, the first `answerColumns` columns being
 * answers and any after them skips), the entries to hide whatever their value: every cell and the total of a
 * single-answer row, and the column totals and grand total when the table's totals are a single-answer
 * distribution. Pass it to `suppressTable` as `alsoHide`.
 */
export function singleAnswerEntries(counts: readonly (readonly number[])[], answerColumns: number): (row: number, column: number) => boolean {
	const rows = counts.map((row) => isSingleAnswer(row.slice(0, answerColumns)));
	const columns = answerColumns;
	const totals = Array.from({ length: columns }, (_, j) => counts.reduce((a, row) => a + (row[j] ?? 0), 0));
	const totalsRow = isSingleAnswer(totals);
	return (row) => (row < counts.length ? (rows[row] ?? false) : totalsRow);
}
