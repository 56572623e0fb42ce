import { describe, expect, it, vi } from 'vitest';
import { deliveryRounds } from '../../src/server/core/delivery-rounds.ts';

describe('delivery rounds', () => {
  it('never overlap: a round asked for while one runs waits for it and reports nothing sent', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sendDue = vi.fn(async () => {
      await gate;
      return { sent: 3, failed: 1 };
    });
    const rounds = deliveryRounds('test', async () => undefined, sendDue);
    const first = rounds.tick();
    const second = rounds.tick();
    release();
    expect(await first).toEqual({ sent: 3, failed: 1 });
    expect(await second).toEqual({ sent: 0, failed: 0 });
    expect(sendDue).toHaveBeenCalledTimes(1);
    // Once the round is over, the next one runs.
    expect(await rounds.tick()).toEqual({ sent: 3, failed: 1 });
  });

  it('sweeps before it sends', async () => {
    const order: string[] = [];
    const rounds = deliveryRounds(
      'test',
      async () => order.push('sweep'),
      async () => (order.push('send'), { sent: 0, failed: 0 }),
    );
    await rounds.tick();
    expect(order).toEqual(['sweep', 'send']);
  });

  it('logs a failing round once until its message changes, named, and stops cleanly', async () => {
    vi.useFakeTimers();
    try {
      let message = 'LRS down';
      const log = vi.fn();
      const rounds = deliveryRounds(
        'xAPI delivery',
        async () => undefined,
        async () => {
          throw new Error(message);
        },
      );
      const stop = rounds.start(1_000, log);
      await vi.advanceTimersByTimeAsync(3_500);
      expect(log).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith('xAPI delivery: LRS down');
      message = 'timeout';
      await vi.advanceTimersByTimeAsync(1_000);
      expect(log).toHaveBeenLastCalledWith('xAPI delivery: timeout');
      expect(log).toHaveBeenCalledTimes(2);
      await stop();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(log).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
