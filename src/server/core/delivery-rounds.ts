/** What one round of a delivery queue did. */
export interface SendResult {
  sent: number;
  failed: number;
}

/**
 * The rounds of a delivery queue (xAPI statements to an LRS, grades to an LMS): each round sweeps for new work, then
 * sends what is due. Rounds never overlap: one asked for while another runs waits for it and reports nothing sent.
 * `start` runs a round every `intervalMs` on a timer that never keeps the process alive, logging an error once until
 * it changes, and returns a stop function that waits for the round in flight.
 */
export function deliveryRounds(name: string, sweep: () => Promise<unknown>, sendDue: () => Promise<SendResult>) {
  let running: Promise<unknown> | null = null;

  async function tick(): Promise<SendResult> {
    if (running) {
      await running.catch(() => undefined);
      return { sent: 0, failed: 0 };
    }
    const round = (async () => {
      await sweep();
      return sendDue();
    })();
    running = round;
    try {
      return await round;
    } finally {
      running = null;
    }
  }

  function start(intervalMs = 10_000, log: (message: string) => void = console.error): () => Promise<void> {
    let lastError = '';
    const round = () =>
      tick().then(
        () => {
          lastError = '';
        },
        (e: unknown) => {
          const message = `${name}: ${(e as Error).message}`;
          if (message !== lastError) log(message);
          lastError = message;
        },
      );
    const timer = setInterval(round, intervalMs);
    timer.unref();
    void round();
    return async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    };
  }

  return { tick, start };
}
