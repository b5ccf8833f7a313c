// Reads a circle's event log straight from the store of a server under test (its SQLite file or PostgreSQL
// schema), from outside the process, to check what was durably applied.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { SQLITE_FILE_NAME } from '../../server/store/database';

export interface StoredEvent {
	seq: number;
	commandId: string | null;
	type: string;
}

export type StoreLocation = { dataDir: string; databaseUrl?: undefined } | { databaseUrl: string; dataDir?: undefined };

const QUERY = 'select seq, command_id, type from circle_events where circle_id = $1 order by seq';

export async function storedEvents(store: StoreLocation, circleId: string): Promise<StoredEvent[]> {
	type Row = { seq: number | string; command_id: string | null; type: string };
	let rows: Row[];
	if (store.databaseUrl) {
		const client = new pg.Client({ connectionString: store.databaseUrl });
		await client.connect();
		try {
			rows = (await client.query<Row>(QUERY, [circleId])).rows;
		} finally {
			await client.end();
		}
	} else {
		const file = new SQLite(join(store.dataDir!, SQLITE_FILE_NAME), { readonly: true });
		try {
			rows = file.prepare(QUERY.replace('$1', '?')).all(circleId) as Row[];
		} finally {
			file.close();
		}
	}
	return rows.map((r) => ({ seq: Number(r.seq), commandId: r.command_id, type: r.type }));
}

/** How many stored events carry the client command id `id` (stored as `<actor>:<id>`). */
export function countCommand(events: StoredEvent[], id: string): number {
	return events.filter((e) => e.commandId?.endsWith(`:${id}`)).length;
}
