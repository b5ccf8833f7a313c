// The one place the server reads the time, so tests can drive it with fake timers.
// Protocol code never reads a clock: the host stamps each event with `clock.now()`.

export interface Clock {
	now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
