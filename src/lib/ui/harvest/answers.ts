// Rows of answer counts for AnswerBars: the keeper's raw 1–5 distributions and organizers' suppressed ones.
import { m } from '$lib/i18n/messages';
import { formatCount, isSuppressed, type CountCell } from '$lib/harvest/suppression';
import type { ReviewedDistribution } from '$lib/wire/review';

export interface AnswerRow {
	label: string;
	value: number | null;
	text: string;
}

const TRUST_ITEMS = [() => m.trust_item_staff(), () => m.trust_item_community(), () => m.trust_item_difference()];

export function trustItemLabel(index: number): string {
	return TRUST_ITEMS[index]?.() ?? String(index + 1);
}

const answerLabel = (i: number) => m.answer_n({ n: i + 1 });

/** A keeper's own distribution: five plain counts (they were in the room). */
export function answerRows(counts: readonly number[]): AnswerRow[] {
	return counts.map((n, i) => ({ label: answerLabel(i), value: n, text: String(n) }));
}

export function cellRow(label: string, cell: CountCell): AnswerRow {
	return { label, value: isSuppressed(cell) ? null : cell.value, text: formatCount(cell) };
}

/** An organizer's distribution: every count suppressed 1–10, plus skips (where known) and the total. */
export function reviewedRows(d: ReviewedDistribution): AnswerRow[] {
	const rows = d.answers.map((cell, i) => cellRow(answerLabel(i), cell));
	if (d.skipped) rows.push(cellRow(m.answer_skipped(), d.skipped));
	return rows;
}
