// What a person holding a copy of the storage would see: every file of a data directory, a pg_dump of a test schema,
// and the on-disk pages (tables, indexes, TOAST, dead tuples included) of that schema's relations, searched byte by byte.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface RawCopy {
	/** A file name, a dump, or a relation. */
	where: string;
	bytes: Buffer;
}

/** Every file under `dir`, read as bytes: the SQLite main file, its -wal and -shm, and anything else kept there. */
export function dataDirFiles(dir: string): RawCopy[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return dataDirFiles(path);
		return [{ where: path, bytes: readFileSync(path) }];
	});
}

/** The schema a backends.ts PostgreSQL config points at (its search_path option). */
export function schemaOf(databaseUrl: string): string {
	const options = new URL(databaseUrl).searchParams.get('options') ?? '';
	const schema = /search_path=(\w+)/.exec(options)?.[1];
	if (!schema) throw new Error(`no search_path in ${databaseUrl}`);
	return schema;
}

/** `pg_dump` of one schema, as an operator's backup would hold it. */
export function pgDump(baseUrl: string, schema: string): RawCopy {
	return { where: `pg_dump ${schema}`, bytes: execFileSync('pg_dump', ['--schema', schema, '--dbname', baseUrl], { maxBuffer: 256 * 1024 * 1024 }) };
}

/**
 * The relation files of every table, index and TOAST table of `schema`, read after a CHECKPOINT so that dirty
 * buffers are on disk. Deleted rows stay in these pages as dead tuples until a vacuum reuses the space.
 * Needs a superuser (the test database is trust-auth as postgres).
 */
export async function pgRelationPages(baseUrl: string, schema: string): Promise<RawCopy[]> {
	const client = new pg.Client({ connectionString: baseUrl });
	await client.connect();
	try {
		await client.query('checkpoint');
		const { rows } = await client.query<{ relname: string; path: string }>(
			`select c.relname, pg_relation_filepath(c.oid) as path
			   from pg_class c
			  where c.relfilenode <> 0
			    and (c.relnamespace = $1::regnamespace
			         or c.oid in (select reltoastrelid from pg_class where relnamespace = $1::regnamespace)
			         or c.oid in (select indexrelid from pg_index where indrelid in
			                      (select reltoastrelid from pg_class where relnamespace = $1::regnamespace)))`,
			[schema]
		);
		const copies: RawCopy[] = [];
		for (const row of rows) {
			const { rows: file } = await client.query<{ bytes: Buffer }>('select pg_read_binary_file($1) as bytes', [row.path]);
			copies.push({ where: `${schema}.${row.relname} (${row.path})`, bytes: file[0]!.bytes });
		}
		return copies;
	} finally {
		await client.end();
	}
}

/** Which secrets occur in which copies, as typed and lower-cased: an empty list is what the tests expect. */
export function findSecrets(copies: readonly RawCopy[], secrets: readonly string[]): string[] {
	const found: string[] = [];
	for (const secret of secrets) {
		for (const form of new Set([secret, secret.toLowerCase()])) {
			const needle = Buffer.from(form, 'utf8');
			for (const copy of copies) if (copy.bytes.includes(needle)) found.push(`${JSON.stringify(form)} in ${copy.where}`);
		}
	}
	return found;
}
