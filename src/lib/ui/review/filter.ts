// The review filter (program and closing dates) as the query string the review API and export links take.
export interface ReviewFilter {
	programId: string;
	from: string;
	to: string;
}

export function filterQuery(filter: ReviewFilter): string {
	const params = new URLSearchParams();
	if (filter.programId) params.set('programId', filter.programId);
	if (filter.from) params.set('from', filter.from);
	// "to" is a day: include the whole of it.
	if (filter.to) params.set('to', String(Date.parse(filter.to) + 24 * 60 * 60_000 - 1));
	const q = params.toString();
	return q ? `?${q}` : '';
}
