import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { within } from '../../src/lib/within';

describe('within: a time limit on a request that may never be answered', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the answer that comes in time, and leaves no timer behind', async () => {
    const answer = within(new Promise((resolve) => setTimeout(resolve, 900, 'drafts')), 1000);
    await vi.advanceTimersByTimeAsync(900);
    await expect(answer).resolves.toBe('drafts');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on a failure that comes in time', async () => {
    const answer = within(Promise.reject(new Error('offline')), 1000);
    await expect(answer).rejects.toThrow('offline');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up when no answer has come by the limit, and not a moment before', async () => {
    const never = new Promise(() => undefined);
    const answer = within(never, 5000);
    const settled = vi.fn();
    answer.then(settled, settled);
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).rejects.toThrow('no answer within 5000 ms');
  });

  it('leaves the request going: a late answer still reaches whoever holds it', async () => {
    const request = new Promise((resolve) => setTimeout(resolve, 7000, 'form'));
    const answer = within(request, 5000);
    answer.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(answer).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(request).resolves.toBe('form');
  });
});
