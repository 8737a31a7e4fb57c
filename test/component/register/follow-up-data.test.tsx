import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FollowUpStore } from '../../../renderer/data/follow-up-data.js';
import { addDirective } from '../../../renderer/db/writes/directives.js';
import { createMeeting } from '../../../renderer/db/writes/meetings.js';
import { freshDb } from '../../db/fresh-db.js';
import { directiveInput, meetingInput } from '../../fixtures/records.js';

describe('shared follow-up data', () => {
  it('builds one version per change, and the register index once per version, reusing the folded text of unchanged rows', async () => {
    const db = freshDb();
    const meeting = await createMeeting(db, meetingInput({ title: 'Hội nghị thi đua' }));
    await addDirective(db, meeting.id, directiveInput({ text: 'Phát động thi đua' }));
    const store = new FollowUpStore(db, 0);
    const stop = store.subscribe(() => {});
    await waitFor(() => expect(store.getSnapshot()?.directives).toHaveLength(1));
    const first = store.getSnapshot()!;
    expect(first.prepared.meetingTitle).toEqual(['Hội nghị thi đua']);
    const index = store.indexOf(first);
    expect(store.indexOf(first)).toBe(index);
    expect(index.folded[0]).toContain('phat dong thi dua');

    await addDirective(db, meeting.id, directiveInput({ text: 'Kiện toàn bộ máy' }));
    await waitFor(() => expect(store.getSnapshot()?.version).toBeGreaterThan(first.version));
    const second = store.getSnapshot()!;
    expect(second.directives).toHaveLength(2);
    const next = store.indexOf(second);
    expect(next).not.toBe(index);
    expect(next.rows.map((r) => r.text)).toEqual(['Phát động thi đua', 'Kiện toàn bộ máy']);
    // The unchanged row's folded text is the very same string object, not folded again.
    expect(next.folded[0]).toBe(index.folded[0]);
    stop();
    db.close();
  });

  it('warming up reads the records before any screen subscribes, and stops reading when no screen comes', async () => {
    const db = freshDb();
    const meeting = await createMeeting(db, meetingInput({ title: 'Hội nghị thi đua' }));
    await addDirective(db, meeting.id, directiveInput({ text: 'Phát động thi đua' }));
    const store = new FollowUpStore(db, 50);
    store.warmUp();
    await waitFor(() => expect(store.getSnapshot()?.directives).toHaveLength(1));
    const warmed = store.getSnapshot()!;

    // A screen arriving within the keep-alive time gets the snapshot already read.
    const stop = store.subscribe(() => {});
    expect(store.getSnapshot()).toBe(warmed);
    stop();

    // Once nobody listens, the live read ends: a later write no longer produces a new version.
    await waitFor(() => expect(store.liveSnapshot()).toBeUndefined());
    await addDirective(db, meeting.id, directiveInput({ text: 'Kiện toàn bộ máy' }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(store.getSnapshot()).toBe(warmed);
    db.close();
  });
});
