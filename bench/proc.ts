// Reads another process's memory and CPU time from Linux /proc, to measure the server under test from outside.
// VmRSS from /proc/<pid>/status, utime + stime from /proc/<pid>/stat, and the whole machine's load from /proc/stat.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const FALLBACK_CLOCK_TICKS = 100;
const KIB = 1024;
/** utime and stime, counted from the field after the command name's closing parenthesis (field 3). */
const UTIME_INDEX = 14 - 3;
const STIME_INDEX = 15 - 3;
/** Columns of the `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal ... */
const IDLE_INDEX = 3;
const IOWAIT_INDEX = 4;

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || FALLBACK_CLOCK_TICKS;

export function rssBytes(pid: number): number {
	const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	if (!match) throw new Error(`no VmRSS for process ${pid}`);
	return Number(match[1]) * KIB;
}

export function cpuSeconds(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[UTIME_INDEX]) + Number(fields[STIME_INDEX])) / clockTicks;
}

/** Busy and total CPU time of the whole machine, all cores, in clock ticks (first line of /proc/stat). */
export function machineTicks(): { busy: number; total: number } {
	const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
	const ticks = values.map(Number);
	const idle = (ticks[IDLE_INDEX] ?? 0) + (ticks[IOWAIT_INDEX] ?? 0);
	const total = ticks.reduce((a, b) => a + b, 0);
	return { busy: total - idle, total };
}
