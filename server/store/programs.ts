// Programs group circles (e.g. "SCORE trust-building 2026") and set how long their approved harvests are kept.
// Also the circle's own program link, `circles.program_id`, which only this module reads and writes.
import type { Selectable } from 'kysely';
import type { Database } from './database';
import type { CircleProgramColumn, ProgramsTable } from './schema';
import { refused, stored, type StoreResult } from './store-result';
import { isUniqueViolation } from './unique-violations';

export interface Program {
	id: string;
	name: string;
	retentionDays: number;
	createdAt: number;
}

export async function createProgram(db: Database, program: Program): Promise<StoreResult<Program, 'name_taken'>> {
	try {
		await db
			.insertInto('programs')
			.values({ id: program.id, name: program.name, retention_days: program.retentionDays, created_at: program.createdAt })
			.execute();
	} catch (error) {
		if (isUniqueViolation(error)) return refused('name_taken', 'A program with this name already exists.');
		throw error;
	}
	return stored(program);
}

export async function getProgram(db: Database, id: string): Promise<Program | undefined> {
	const row = await db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
	return row && toProgram(row);
}

export async function listPrograms(db: Database): Promise<Program[]> {
	const rows = await db.selectFrom('programs').selectAll().orderBy('name').execute();
	return rows.map(toProgram);
}

function withProgramColumn(db: Database) {
	return db.withTables<{ circles: CircleProgramColumn }>();
}

/** Puts a circle in a program (or none): its harvest is filed under it and kept for the program's retention. */
export async function setCircleProgram(db: Database, circleId: string, programId: string | null): Promise<void> {
	await withProgramColumn(db).updateTable('circles').set({ program_id: programId }).where('id', '=', circleId).execute();
}

export async function circleProgramId(db: Database, circleId: string): Promise<string | null> {
	const row = await withProgramColumn(db).selectFrom('circles').select('program_id').where('id', '=', circleId).executeTakeFirst();
	return row?.program_id ?? null;
}

function toProgram(row: Selectable<ProgramsTable>): Program {
	return { id: row.id, name: row.name, retentionDays: row.retention_days, createdAt: row.created_at };
}
