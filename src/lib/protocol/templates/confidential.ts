// Template texts that set expectations of confidentiality (what is recorded, what stays, who sees names).
// In a language no person has reviewed them in, they go into a plan as pending: English first, the draft labelled.

export const CONFIDENTIAL_TEXTS: readonly string[] = [
	'community-trust-building.welcome.text',
	'community-trust-building.agreements.guidelines.3',
	'community-trust-building.closing.text',
	'check-in-check-out.agreements.guidelines.2',
	'listening-session.welcome.text',
	'listening-session.agreements.guidelines.3',
	'listening-session.closing.text',
	'conflict-transformation-skills.welcome.text',
	'conflict-transformation-skills.agreements.guidelines.3',
	'harm-and-repair.welcome.text',
	'harm-and-repair.agreements.guidelines.4',
	'harm-and-repair.closing.text',
	'staff-community-partnership.welcome.text',
	'staff-community-partnership.agreements.guidelines.5',
	'staff-community-partnership.closing.text',
	'preparation-circle.welcome.text',
	'preparation-circle.agreements.guidelines.3',
	'preparation-circle.closing.text',
	'series-closing.welcome.text',
	'series-closing.agreements.guidelines.3'
];
