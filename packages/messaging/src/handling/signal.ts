/** Wakes every waiter on the next `notify()`. Check a condition, then `await wait()`: no wake-up is missed in between. */
export class Signal {
  #waiters: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  notify(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}
