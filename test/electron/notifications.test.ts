import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type ShownNotification } from '../../electron/notifications.js';
import { FakeEmitter } from './fake-electron.js';

class FakeNotification extends FakeEmitter implements ShownNotification {
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show(): void {
    this.shown = true;
  }
}

describe('notifications', () => {
  it('shows a native notification and reports its click with the tag', () => {
    const created: FakeNotification[] = [];
    const onClick = vi.fn();
    const notify = createNotifier({
      isSupported: () => true,
      create: (options) => {
        const n = new FakeNotification(options);
        created.push(n);
        return n;
      },
      onClick,
    });
    expect(notify({ tag: 'directive:12', title: 'Sắp đến hạn', body: 'Kết luận số 3 đến hạn ngày 05/02/2017' })).toEqual({ shown: true });
    expect(created[0]?.shown).toBe(true);
    expect(created[0]?.options).toEqual({ title: 'Sắp đến hạn', body: 'Kết luận số 3 đến hạn ngày 05/02/2017' });
    created[0]?.emit('click');
    expect(onClick).toHaveBeenCalledWith('directive:12');
  });

  it('says so when the system has no notifications', () => {
    const create = vi.fn();
    const notify = createNotifier({ isSupported: () => false, create, onClick: vi.fn() });
    expect(notify({ tag: 't', title: 'x', body: '' })).toEqual({ shown: false });
    expect(create).not.toHaveBeenCalled();
  });
});
