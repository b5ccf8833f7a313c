// Whether a person has reviewed a translation: kept beside the texts (messages/status/<lang>.json), never in them.
// A review names who and when, and the English it was made against, so a changed English text is a draft again.
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

export const ReviewSchema = v.variant(
	'status',
	[
		v.strictObject({ status: v.literal('draft') }),
		v.strictObject({
			status: v.literal('reviewed'),
			reviewer: nonEmpty,
			date: v.pipe(v.string('must be text'), v.isoDate('must be a date like 2026-12-01')),
			/** sourceHash of the English text the reviewer read. */
			source: v.pipe(v.string('must be text'), v.regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits (sourceHash of the English)'))
		})
	],
	'must have status "draft" or "reviewed"'
);

/** One language's review status: UI messages by key, template texts by "<template>.<phase>.<field>" key. */
export const StatusFileSchema = v.strictObject({
	messages: v.record(v.string(), ReviewSchema),
	templates: v.record(v.string(), ReviewSchema)
});

export type Review = v.InferOutput<typeof ReviewSchema>;
export type StatusFile = v.InferOutput<typeof StatusFileSchema>;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A short fingerprint of an English text (FNV-1a, 32 bits): enough to notice that the source changed. */
export function sourceHash(text: string): string {
	let hash = FNV_OFFSET;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, FNV_PRIME) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** Reviewed, and against the English as it reads now; anything else is a draft. */
export function isReviewed(review: Review | undefined, english: string): boolean {
	return review?.status === 'reviewed' && review.source === sourceHash(english);
}
