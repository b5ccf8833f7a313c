// The circle protocol's public surface: what the server and the pages import.
// Pure TypeScript: no I/O, no clock, no randomness; time and ids arrive in events.
export * from './circle';
export * from './commands';
export * from './errors';
export * from './languages';
export * from './plan';
export * from './persistence';
export * from './views';
export * from './view-versions';
export { MACHINE_VERSION, circleMachine } from './machine';
export type { CircleContext, CircleInput } from './circle-context';
export { rosterNames } from './circle-context';
export type { Seat, SeatProfile, SeatRole } from './seats';
export { SeatProfileSchema, MAX_SEATS } from './seats';
