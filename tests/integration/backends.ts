// Where integration servers keep their data: a temp SQLite dir always, and PostgreSQL when TEST_DATABASE_URL
// is set, each server in a fresh schema (the approach of store.test.ts) that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../../server/config';

export interface ServerBackend {
	name: string;
	/** Config for a fresh, empty database; call `cleanup` when its servers are closed. */
	fresh(): Promise<{ config: Partial<Config>; cleanup(): Promise<void> }>;
}

const sqlite: ServerBackend = {
	name: 'sqlite',
	// startServer makes (and the test removes) the temp data dir.
	fresh: async () => ({ config: {}, cleanup: async () => undefined })
};

/** Runs one statement on the PostgreSQL server itself (creating or dropping a test schema). */
export async function admin(baseUrl: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: baseUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

function postgres(baseUrl: string): ServerBackend {
	return {
		name: 'postgres',
		async fresh() {
			const schema = `t_${randomBytes(6).toString('hex')}`;
			await admin(baseUrl, `create schema ${schema}`);
			const url = new URL(baseUrl);
			url.searchParams.set('options', `-c search_path=${schema}`);
			return { config: { databaseUrl: url.toString() }, cleanup: () => admin(baseUrl, `drop schema if exists ${schema} cascade`) };
		}
	};
}

export const serverBackends: ServerBackend[] = [sqlite];
if (process.env.TEST_DATABASE_URL) serverBackends.push(postgres(process.env.TEST_DATABASE_URL));
