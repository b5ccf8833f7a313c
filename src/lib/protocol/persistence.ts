// Turning a circle into stored JSON and back. A version number lets later code migrate old snapshots
// instead of misreading them; a snapshot from an unknown future version is refused.
import * as v from 'xstate';
import type { Circle } from './circle';
import { emptyHarvestInputs } from './harvest-inputs';
import { circleMachine, MACHINE_VERSION } from './machine';

export interface PersistedCircle {
	version: number;
	seq: number;
	machine: unknown;
}

interface StoredTurnV1 {
	seatId: string;
	mainPass?: boolean;
}

interface StoredMachineV1 {
	context?: { phase?: { piece?: { stage: string; offered: string[]; turn: StoredTurnV1 | null } | null } | null };
}

interface StoredMachineV2 {
	context?: { shutter?: boolean; phase?: { piece?: { passedAgain?: string[] } | null } | null };
}

/** Migrations from version N to N+1, keyed by N. */
const MIGRATIONS: Record<number, (machine: unknown) => unknown> = {
	// 1 → 2: turns record whether they are the seat's main-pass offer. In version 1 that offer was always the last one made.
	1: (machine) => {
		const next = structuredClone(machine) as StoredMachineV1;
		const piece = next.context?.phase?.piece;
		if (piece?.turn) piece.turn.mainPass = piece.stage === 'main' && piece.offered.at(-1) === piece.turn.seatId;
		return next;
	},
	// 2 → 3: the screen's privacy shutter (open), and who passed again in the return pass (not recorded before).
	2: (machine) => {
		const next = structuredClone(machine) as StoredMachineV2;
		if (next.context) next.context.shutter = false;
		const piece = next.context?.phase?.piece;
		if (piece) piece.passedAgain = [];
		return next;
	},
	// 3 → 4: harvest inputs (notes, reflections, feedback, voice); a circle from before had none.
	3: (machine) => {
		const next = structuredClone(machine) as { context?: Record<string, unknown> };
		if (next.context) next.context.harvest = emptyHarvestInputs();
		return next;
	},
	// 4 → 5: phases reached. A running circle has reached its current phase; a finished or unstarted one is not
	// told apart in version 4, so 0 is the honest floor (only harvest counts read it).
	4: (machine) => {
		const next = structuredClone(machine) as { context?: { phasesReached?: number; phase?: { index: number } | null } };
		if (next.context) next.context.phasesReached = next.context.phase ? next.context.phase.index + 1 : 0;
		return next;
	},
	// 5 → 6: names of seats that left, and names keepers added, for the harvest to redact. Version 5 forgot who
	// left, so the list starts empty: those names cannot be recovered.
	5: (machine) => {
		const next = structuredClone(machine) as { context?: Record<string, unknown> };
		if (next.context) {
			next.context.departedNames = [];
			next.context.namesToRedact = [];
		}
		return next;
	}
};

export function persistCircle(circle: Circle): PersistedCircle {
	return { version: MACHINE_VERSION, seq: circle.seq, machine: circleMachine.getPersistedSnapshot(circle.snapshot) };
}

export class SnapshotVersionError extends Error {
	readonly code = 'snapshot_version';
}

export function restoreCircle(persisted: PersistedCircle): Circle {
	let { version, machine } = persisted;
	if (version > MACHINE_VERSION) throw new SnapshotVersionError(`snapshot version ${version} is newer than this server (${MACHINE_VERSION})`);
	while (version < MACHINE_VERSION) {
		const migrate = MIGRATIONS[version];
		if (!migrate) throw new SnapshotVersionError(`no migration from snapshot version ${version}`);
		machine = migrate(machine);
		version += 1;
	}
	const actor = v.createActor(circleMachine, { snapshot: machine as v.Snapshot<unknown>, input: undefined as never });
	return { seq: persisted.seq, snapshot: actor.getSnapshot() };
}
