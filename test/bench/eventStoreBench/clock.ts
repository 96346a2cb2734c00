/** Wall-clock and CPU time of the measured sections only: fixture building runs with the clock stopped. */
export class Stopwatch {
  private wallMs = 0;
  private cpuMicros = 0;
  private wallStart = 0;
  private cpuStart: NodeJS.CpuUsage | undefined;

  start(): this {
    this.wallStart = performance.now();
    this.cpuStart = process.cpuUsage();
    return this;
  }

  stop(): this {
    if (this.cpuStart === undefined) return this;
    this.wallMs += performance.now() - this.wallStart;
    const cpu = process.cpuUsage(this.cpuStart);
    this.cpuMicros += cpu.user + cpu.system;
    this.cpuStart = undefined;
    return this;
  }

  /** Elapsed wall-clock ms, including the running section. */
  elapsedMs(): number {
    return this.wallMs + (this.cpuStart === undefined ? 0 : performance.now() - this.wallStart);
  }

  rate(events: number): PhaseRate {
    this.stop();
    const seconds = this.wallMs / 1000;
    return { events, seconds, perSecond: events / seconds, perCpuSecond: events / (this.cpuMicros / 1e6) };
  }
}

export interface PhaseRate {
  events: number;
  seconds: number;
  perSecond: number;
  /** Events per second of this process's CPU time: what the rate would be with a core to itself. */
  perCpuSecond: number;
}
