import { canRetry, errorShown, OUTBOX_FILTERS, statusLabel, statusOf, timeShown } from './mail.page';

describe('the email outbox page', () => {
  it('asks the API for every email under "all", else for the chosen status', () => {
    expect(OUTBOX_FILTERS).toEqual(['ALL', 'PENDING', 'SENT', 'FAILED']);
    expect(statusOf('ALL')).toBeNull();
    expect(statusOf('FAILED')).toBe('FAILED');
  });

  it('labels a status by its translation key', () => {
    expect(statusLabel('PENDING')).toBe('mail.statuses.PENDING');
    expect(statusLabel('FAILED')).toBe('mail.statuses.FAILED');
  });

  it('offers a retry only for an email the server gave up on', () => {
    expect(canRetry({ status: 'FAILED' })).toBe(true);
    expect(canRetry({ status: 'PENDING' })).toBe(false);
    expect(canRetry({ status: 'SENT' })).toBe(false);
  });

  it('shows the last error of a failed or pending email, not of a sent one', () => {
    expect(errorShown({ status: 'FAILED', lastError: '550 mailbox unavailable' })).toBe('550 mailbox unavailable');
    expect(errorShown({ status: 'PENDING', lastError: 'connection refused' })).toBe('connection refused');
    expect(errorShown({ status: 'PENDING', lastError: null })).toBeNull();
    expect(errorShown({ status: 'SENT', lastError: 'connection refused' })).toBeNull();
  });

  it('shows when a sent email went out and when a pending one is tried next', () => {
    const times = { sentAt: '2026-11-26T10:00:00.000Z', nextAttemptAt: '2026-11-26T11:00:00.000Z' };
    expect(timeShown({ status: 'SENT', ...times })).toEqual({ key: 'mail.sentAt', at: times.sentAt });
    expect(timeShown({ status: 'PENDING', ...times })).toEqual({ key: 'mail.nextAttemptAt', at: times.nextAttemptAt });
    expect(timeShown({ status: 'FAILED', ...times })).toEqual({ key: 'mail.noMoreAttempts', at: null });
  });
});
