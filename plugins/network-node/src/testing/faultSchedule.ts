/**
 * What the loopback provider servers share: faults queued per route (each for a number of
 * requests), and delays that `close()` can cancel so a test never leaves a timer behind.
 */
export function createFaultSchedule<Route, Fault>() {
  const faults = new Map<Route, Array<{ fault: Fault; remaining: number }>>();
  const timers = new Set<NodeJS.Timeout>();

  return {
    /** Queues a fault for the next `times` requests of a route (Infinity: until the end). */
    failNext(route: Route, fault: Fault, times = 1) {
      const queue = faults.get(route) ?? [];
      queue.push({ fault, remaining: times });
      faults.set(route, queue);
    },

    /** The fault for this request of the route, if one is queued. */
    take(route: Route): Fault | undefined {
      const queue = faults.get(route);
      const next = queue?.[0];
      if (!next) {
        return undefined;
      }
      next.remaining -= 1;
      if (next.remaining <= 0) {
        queue.shift();
      }
      return next.fault;
    },

    sleep(ms: number) {
      return new Promise<void>(resolve => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      });
    },

    /** Cancels every pending delay (the requests waiting on them are cut by the server close). */
    cancelDelays() {
      for (const timer of timers) {
        clearTimeout(timer);
      }
      timers.clear();
    },
  };
}
