import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { createPerson, createUnit, setPersonState, setUnitState, updatePerson, updateUnit } from '../../renderer/db/writes/directory.js';
import { buildDirectoryView, unitName } from '../../renderer/data/directory.js';
import { visiblePeople, visibleUnits } from '../../renderer/features/directory/directory-filter.js';
import { ValidationError } from '../../src/domain/validation.js';
import { fullMeeting } from './db-fixtures.js';
import { freshDb } from './fresh-db.js';

let db: SecretariatDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function view() {
  return buildDirectoryView(await db.units.toArray(), await db.people.toArray());
}

describe('directory in the database', () => {
  it('a renamed unit shows its new name in every meeting, since meetings refer to it by id', async () => {
    const a = await fullMeeting(db, 'Họp A');
    const meetingB = (await fullMeeting(db, 'Họp B')).meeting;
    await db.meetings.update(meetingB.id, { issuingUnitId: a.unitId });
    await updateUnit(db, a.unitId, { name: 'Ban Dân vận Tỉnh ủy Bến Tre', shortName: 'BDVTU' });

    const directory = await view();
    for (const meeting of await db.meetings.bulkGet([a.meeting.id, meetingB.id])) {
      expect(unitName(directory, meeting?.issuingUnitId ?? null)).toBe('Ban Dân vận Tỉnh ủy Bến Tre');
    }
    // The directive that names the unit as lead follows too.
    const directive = await db.directives.get(a.directiveIds[0] ?? '');
    expect(unitName(directory, directive?.leadUnitId ?? null)).toBe('Ban Dân vận Tỉnh ủy Bến Tre');
    expect(await db.units.where('name').equals('Ban Dân vận Tỉnh ủy Bến Tre').count()).toBe(1);
  });

  it('an archived unit keeps its record (old meetings still name it) and is left out of the default list', async () => {
    const full = await fullMeeting(db);
    await setUnitState(db, full.unitId, 'archived');
    const directory = await view();
    expect(unitName(directory, full.meeting.issuingUnitId)).toContain('Ban Dân vận Tỉnh ủy');
    expect(visibleUnits(directory, '', false)).toEqual([]);
    expect(visibleUnits(directory, '', true).map((u) => u.id)).toEqual([full.unitId]);
    await setUnitState(db, full.unitId, 'active');
    expect(visibleUnits(await view(), '', false).map((u) => u.id)).toEqual([full.unitId]);
  });

  it('people: archived ones hidden by default; editing a person leaves the title recorded at past meetings', async () => {
    const full = await fullMeeting(db);
    const [gapId = ''] = full.personIds;
    await updatePerson(db, gapId, { fullName: 'Lê Văn Gặp', title: 'Phó Chủ tịch UBND tỉnh', unitId: null });
    const attendance = await db.attendances.where({ meetingId: full.meeting.id, personId: gapId }).first();
    expect(attendance?.title).toBe('Trưởng ban Dân vận Tỉnh ủy');
    await setPersonState(db, gapId, 'archived');
    expect(visiblePeople(await view(), '', false).map((p) => p.fullName)).toEqual(['Nguyễn Thị Hồng Nhung']);
  });

  it('refuses a person whose unit does not exist, and an empty unit name, writing nothing', async () => {
    await expect(createPerson(db, { fullName: 'Trần Dương Tuấn', title: '', unitId: 'missing' })).rejects.toThrow('Không tìm thấy đơn vị');
    await expect(createUnit(db, { name: '  ', shortName: '' })).rejects.toThrow(ValidationError);
    expect(await db.people.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
  });

  it('sorts units in Vietnamese order and people by given name; searches without diacritics', async () => {
    for (const name of ['Hội Nông dân tỉnh', 'Đoàn Thanh niên', 'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ tỉnh', 'Dân tộc thiểu số']) {
      await createUnit(db, { name, shortName: '' });
    }
    const farmers = (await db.units.where('name').equals('Hội Nông dân tỉnh').first())?.id ?? null;
    for (const fullName of ['Trần Dương Tuấn', 'Lê Văn Gặp', 'Đoàn Văn Đảnh']) {
      await createPerson(db, { fullName, title: '', unitId: fullName === 'Đoàn Văn Đảnh' ? farmers : null });
    }
    const directory = await view();
    expect(visibleUnits(directory, '', false).map((u) => u.name)).toEqual([
      'Ban Dân vận Tỉnh ủy',
      'Dân tộc thiểu số',
      'Đoàn Thanh niên',
      'Hội Nông dân tỉnh',
      'Ủy ban MTTQ tỉnh',
    ]);
    expect(visibleUnits(directory, 'dan', false).map((u) => u.name)).toEqual(['Ban Dân vận Tỉnh ủy', 'Dân tộc thiểu số', 'Hội Nông dân tỉnh']);
    expect(visibleUnits(directory, 'UY BAN mttq', false).map((u) => u.name)).toEqual(['Ủy ban MTTQ tỉnh']);
    expect(visiblePeople(directory, '', false).map((p) => p.fullName)).toEqual(['Đoàn Văn Đảnh', 'Lê Văn Gặp', 'Trần Dương Tuấn']);
    // A person is also found by the name of their unit.
    expect(visiblePeople(directory, 'nong dan', false).map((p) => p.fullName)).toEqual(['Đoàn Văn Đảnh']);
  });
});
