// The consent scopes of a reflection in the reader's language, for the phone, the console and the harvest.
import { m } from '$lib/i18n/messages';
import type { ReflectionScope } from '$lib/protocol/harvest-inputs';

export function scopeLabel(scope: ReflectionScope): string {
	return scope === 'circle' ? m.reflect_scope_circle() : scope === 'theme' ? m.reflect_scope_theme() : m.reflect_scope_quote();
}
