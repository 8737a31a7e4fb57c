/**
 * A deterministic benchmark dataset: ten years (2016 to the fixed "today" 2025-11-25) of one provincial office.
 * At scale 1: about 2,000 meetings, 40,000 attendances, 20,000 directives, 60,000 progress reports (plus the
 * status changes), 143 units and about 600 people. `scale` shrinks the meetings and everything under them (the
 * directory stays whole) for quick tests. Records are typed as src/domain/types.ts, texts are NFC, and statuses
 * agree with the dates, so every follow-up category occurs. Each meeting has its texts (meetingTexts, as in
 * schema version 2) as long as real minutes (bench/dataset-minutes.ts: about 13,600 characters on average,
 * 27 million in all).
 */
import type { IsoDate } from '../src/domain/dates.js';
import type { Deadline } from '../src/domain/deadline.js';
import type { Attendance, Directive, DirectiveStatus, FollowUp, Meeting, MeetingKind, MeetingTexts, Person, Unit } from '../src/domain/types.js';
import { dueDate } from '../src/domain/deadline.js';
import { writeMinutes } from './dataset-minutes.js';
import { dayNumber, isoFromDayNumber } from '../src/followup/day-number.js';
import { ABSENCE_REASONS, COMMUNES, DISTRICTS, FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, LUNAR_YEARS, MIDDLE_NAMES_FEMALE, MIDDLE_NAMES_MALE, STAFF_TITLES, unitSpecs, type UnitSpec } from './dataset-directory.js';
import { CANCEL_REASONS, CLAUSES, CLOSINGS, DOCUMENTS, EVENTS, MEETING_TITLES, OPENERS, PAUSE_NOTES, PLACES, REPORTS, ROMAN_QUARTERS, TOPICS } from './dataset-phrases.js';
import { Random } from './dataset-random.js';

export const DATASET_TODAY: IsoDate = '2025-11-25';
export const DATASET_START: IsoDate = '2016-01-04';
export const DEFAULT_SEED = 20_251_125;
const TEXT_STREAM = 0x6d696e75;

export interface DatasetOptions {
  seed?: number;
  /** Share of the full size (meetings and what hangs on them); 1 by default. */
  scale?: number;
}

export interface Dataset {
  seed: number;
  scale: number;
  today: IsoDate;
  units: Unit[];
  people: Person[];
  meetings: Meeting[];
  /** One per meeting, in the same order (schema version 2 keeps them apart from the meetings). */
  meetingTexts: MeetingTexts[];
  attendances: Attendance[];
  directives: Directive[];
  followUps: FollowUp[];
}

interface Staffed {
  unit: Unit;
  spec: UnitSpec;
  head: Person;
  deputies: Person[];
  staff: Person[];
}

/** Builds the dataset; the same options always give the same records. */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const rng = new Random(seed);
  const today = DATASET_TODAY;
  const directory = buildDirectory(rng);
  const units = directory.map((d) => d.unit);
  const people = directory.flatMap((d) => [d.head, ...d.deputies, ...d.staff]);
  // The long meeting texts draw from a stream of their own, so the other records do not depend on them.
  const gen = new Generator(rng, new Random(seed ^ TEXT_STREAM), directory, people, today);
  const meetingCount = Math.max(1, Math.round(2000 * scale));
  const first = dayNumber(DATASET_START);
  const last = dayNumber(today);
  for (let k = 0; k < meetingCount; k += 1) {
    const day = weekday(first + Math.floor(((k + rng.float()) * (last - first + 1)) / meetingCount), first, last);
    gen.meeting(isoFromDayNumber(day));
  }
  return { seed, scale, today, units, people, meetings: gen.meetings, meetingTexts: gen.meetingTexts, attendances: gen.attendances, directives: gen.directives, followUps: gen.followUps };
}

/** Epoch milliseconds at 09:00 in Việt Nam on a date, plus a few minutes to keep records of one day in order. */
function stamp(date: IsoDate, minutes = 0): number {
  return dayNumber(date) * 86_400_000 + 2 * 3_600_000 + minutes * 60_000;
}

function weekday(day: number, first: number, last: number): number {
  const dow = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  const moved = dow === 6 ? day - 1 : dow === 0 ? day + 1 : day;
  return Math.min(last, Math.max(first, moved));
}

function personName(rng: Random, male: boolean): string {
  const family = rng.weighted(FAMILY_NAMES.map((f) => f[0]), FAMILY_NAMES.map((f) => f[1]));
  const middle = rng.pick(male ? MIDDLE_NAMES_MALE : MIDDLE_NAMES_FEMALE);
  const given = rng.pick(male ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE);
  return `${family} ${middle} ${given}`;
}

function buildDirectory(rng: Random): Staffed[] {
  const created = stamp('2016-01-04');
  return unitSpecs().map((spec) => {
    const unit: Unit = { id: rng.uuid(), name: spec.name, shortName: spec.shortName, state: 'active', createdAt: created, updatedAt: created };
    const person = (title: string, leader: boolean): Person => ({
      id: rng.uuid(),
      fullName: personName(rng, rng.chance(leader ? 0.7 : 0.5)),
      title,
      unitId: unit.id,
      state: rng.chance(0.03) ? 'archived' : 'active',
      createdAt: created,
      updatedAt: created,
    });
    const head = person(spec.head, true);
    const deputies = Array.from({ length: rng.int(1, 2) }, () => person(spec.deputy, true));
    const staff = Array.from({ length: rng.int(1, 2) }, () => person(`${rng.pick(STAFF_TITLES)}, ${spec.name}`, false));
    return { unit, spec, head, deputies, staff };
  });
}

const KINDS: readonly MeetingKind[] = ['dinh-ky', 'lam-viec', 'hoi-nghi', 'hop-mat', 'khac'];
const KIND_WEIGHTS = [35, 30, 25, 5, 5];
const DEADLINE_KINDS: readonly Deadline['kind'][] = ['date', 'quarter', 'half', 'year', 'ongoing', 'none'];
const DEADLINE_WEIGHTS = [42, 12, 8, 10, 18, 10];
const TIMES: ReadonlyArray<readonly [string, string]> = [['07:30', '10:30'], ['08:00', '11:00'], ['13:30', '16:30'], ['14:00', '17:00'], ['08:00', '11:30']];

class Generator {
  readonly meetings: Meeting[] = [];
  readonly meetingTexts: MeetingTexts[] = [];
  readonly attendances: Attendance[] = [];
  readonly directives: Directive[] = [];
  readonly followUps: FollowUp[] = [];
  private readonly issuers: Staffed[];
  private readonly issuerWeights: number[];
  private readonly todayNumber: number;

  constructor(
    private readonly rng: Random,
    private readonly textRng: Random,
    private readonly directory: Staffed[],
    private readonly people: Person[],
    today: IsoDate,
  ) {
    // Bodies that hold meetings and issue conclusions: the Party committee most, then its Mass Mobilisation Board,
    // the Front, the people's committee, a few mass organisations and the district Party committees.
    this.issuers = directory.filter((d) => d.spec.kind === 'party' || d.spec.kind === 'front' || /^Ban Dân vận Tỉnh ủy|^Ủy ban nhân dân tỉnh|^Tỉnh đoàn|^Hội Liên hiệp Phụ nữ tỉnh/.test(d.spec.name));
    this.issuerWeights = this.issuers.map((d) => (d.spec.name.startsWith('Tỉnh ủy') ? 30 : d.spec.name.startsWith('Ban Dân vận') ? 20 : /tỉnh$/.test(d.spec.name) && d.spec.kind === 'front' ? 15 : /tỉnh/.test(d.spec.name) ? 8 : 1.6));
    this.todayNumber = dayNumber(today);
  }

  meeting(date: IsoDate): void {
    const rng = this.rng;
    const issuer = rng.weighted(this.issuers, this.issuerWeights);
    const kind = rng.weighted(KINDS, KIND_WEIGHTS);
    const chair = rng.chance(0.75) ? issuer.head : rng.pick(issuer.deputies);
    const secretary = rng.pick(issuer.staff);
    const [startTime, endTime] = rng.pick(TIMES);
    const created = stamp(date, rng.int(0, 300));
    const id = rng.uuid();
    const title = this.meetingTitle(kind, date);
    const place = rng.chance(0.6) ? rng.pick(PLACES) : `Hội trường ${issuer.unit.name}`;
    // The meeting's topics come from the main stream, in the order earlier versions drew them, so every other
    // record of a seed stays as it was when the texts were short.
    const topics = [rng.pick(TOPICS), rng.pick(TOPICS), rng.pick(TOPICS)];
    const meeting: Meeting = {
      id,
      title,
      kind,
      date,
      startTime,
      endTime,
      place,
      issuingUnitId: issuer.unit.id,
      chairPersonId: chair.id,
      secretaryPersonId: secretary.id,
      state: rng.chance(0.005) ? 'trashed' : 'active',
      trashedAt: null,
      createdAt: created,
      updatedAt: created,
    };
    if (meeting.state === 'trashed') meeting.trashedAt = created + 86_400_000;
    this.meetings.push(meeting);
    const present = this.attend(meeting, chair, secretary);
    const others = present.filter((p) => p !== chair && p !== secretary);
    this.meetingTexts.push({
      meetingId: id,
      ...writeMinutes(this.textRng, {
        title,
        date,
        startTime,
        endTime,
        place,
        issuer: issuer.unit.name,
        chair,
        secretary,
        others,
        topics,
        unitNames: [issuer.unit.name, ...this.textRng.sample(this.directory, 6).map((d) => d.unit.name)],
      }),
      updatedAt: created,
    });
    const count = rng.int(4, 16);
    for (let order = 1; order <= count; order += 1) this.directive(meeting, issuer, chair, order);
  }

  private meetingTitle(kind: MeetingKind, date: IsoDate): string {
    const rng = this.rng;
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const options = kind === 'hop-mat' && month <= 2 ? [MEETING_TITLES['hop-mat'][0]] : MEETING_TITLES[kind];
    const template = kind === 'hop-mat' && month > 2 ? rng.pick(options.slice(1)) : rng.pick(options);
    return this.fill(template, {
      year: String(year),
      month: String(month),
      quarter: ROMAN_QUARTERS[Math.floor((month - 1) / 3)] ?? 'I',
      lunar: LUNAR_YEARS[year] ?? '',
      event: rng.pick(EVENTS),
      unit: rng.pick(this.directory).unit.name,
      topic: rng.pick(TOPICS),
      document: rng.pick(DOCUMENTS),
      district: districtPhrase(rng.pick(DISTRICTS)),
    });
  }

  /** Adds the attendances; returns the people present. */
  private attend(meeting: Meeting, chair: Person, secretary: Person): Person[] {
    const rng = this.rng;
    const others = rng.sample(this.people, rng.int(9, 27) + 2).filter((p) => p.id !== chair.id && p.id !== secretary.id);
    const listed = [chair, ...others.slice(0, Math.max(0, others.length - 2)), secretary];
    const present: Person[] = [];
    listed.forEach((person, i) => {
      const absent = i > 0 && person !== secretary && rng.chance(0.08);
      if (!absent) present.push(person);
      this.attendances.push({
        id: rng.uuid(),
        meetingId: meeting.id,
        personId: person.id,
        role: i === 0 || person === secretary || rng.chance(0.8) ? 'member' : 'guest',
        presence: absent ? 'absent' : 'present',
        absenceReason: absent ? rng.pick(ABSENCE_REASONS) : '',
        title: person.title,
        unitId: person.unitId,
        order: i + 1,
        createdAt: meeting.createdAt,
        updatedAt: meeting.createdAt,
      });
    });
    return present;
  }

  private directive(meeting: Meeting, issuer: Staffed, chair: Person, order: number): void {
    const rng = this.rng;
    const lead = rng.chance(0.92) ? rng.pick(this.directory) : null;
    const supports = rng.sample(this.directory, rng.weighted([0, 1, 2, 3], [30, 35, 25, 10])).filter((d) => d !== lead);
    const deadline = this.deadline(meeting.date);
    const directive: Directive = {
      id: rng.uuid(),
      meetingId: meeting.id,
      order,
      text: this.directiveText(issuer, lead),
      leaderPersonId: rng.chance(0.85) ? chair.id : rng.chance(0.5) ? issuer.head.id : null,
      leadUnitId: lead?.unit.id ?? null,
      supportUnitIds: supports.map((s) => s.unit.id),
      deadline,
      status: 'not-started',
      completedOn: null,
      cancelReason: '',
      createdAt: meeting.createdAt + order,
      updatedAt: meeting.createdAt + order,
    };
    this.directives.push(directive);
    this.followUp(directive, meeting.date, lead);
  }

  private deadline(meetingDate: IsoDate): Deadline {
    const rng = this.rng;
    const m = dayNumber(meetingDate);
    const kind = rng.weighted(DEADLINE_KINDS, DEADLINE_WEIGHTS);
    const ahead = (min: number, max: number) => isoFromDayNumber(m + rng.int(min, max));
    switch (kind) {
      case 'date': {
        // Recent meetings often set a date in the coming days, so "due soon" is as common as in real use.
        if (this.todayNumber - m < 60 && rng.chance(0.2)) return { kind: 'date', date: isoFromDayNumber(Math.max(m, this.todayNumber + rng.int(0, 10))) };
        return { kind: 'date', date: ahead(7, Math.min(rng.int(20, 150), 150)) };
      }
      case 'quarter': {
        const target = ahead(20, 200);
        return { kind: 'quarter', year: Number(target.slice(0, 4)), quarter: (Math.floor((Number(target.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
      }
      case 'half': {
        const target = ahead(30, 240);
        return { kind: 'half', year: Number(target.slice(0, 4)), half: Number(target.slice(5, 7)) <= 6 ? 1 : 2 };
      }
      case 'year': {
        const year = Number(meetingDate.slice(0, 4));
        return { kind: 'year', year: Number(meetingDate.slice(5, 7)) <= 8 ? year : year + 1 };
      }
      case 'ongoing':
        return { kind: 'ongoing' };
      case 'none':
        return { kind: 'none' };
    }
  }

  private directiveText(issuer: Staffed, lead: Staffed | null): string {
    const rng = this.rng;
    const target = rng.int(150, 600);
    const unitName = lead?.unit.name ?? rng.pick(this.directory).unit.name;
    const body = issuer.spec.kind === 'party' ? `Ban Thường vụ ${issuer.unit.name.replace(/ Bến Tre$/, '')}` : issuer.unit.name;
    const vars = (name: string): string => {
      switch (name) {
        case 'unit':
          return unitName;
        case 'body':
          return body;
        case 'document':
          return rng.pick(DOCUMENTS);
        case 'topic':
          return rng.pick(TOPICS);
        case 'commune':
        case 'commune2':
          return rng.pick(COMMUNES);
        default:
          return districtPhrase(rng.pick(DISTRICTS));
      }
    };
    const closing = this.fill(rng.pick(CLOSINGS), vars);
    let text = `${this.fill(rng.pick(OPENERS), vars)} ${rng.pick(TOPICS)}`;
    // Clauses drawn without repeats, in random order, until the target length is reached.
    for (const template of rng.sample(CLAUSES, CLAUSES.length)) {
      if (text.length + closing.length + 3 >= target) break;
      const clause = this.fill(template, vars);
      if (text.length + clause.length + closing.length + 5 > 600) continue;
      text += `; ${clause}`;
    }
    return `${text}, ${closing}.`;
  }

  private followUp(directive: Directive, meetingDate: IsoDate, lead: Staffed | null): void {
    const rng = this.rng;
    const m = dayNumber(meetingDate);
    const t = this.todayNumber;
    const dueIso = dueDate(directive.deadline);
    const due = dueIso === null ? null : dayNumber(dueIso);
    const between = (a: number, b: number) => (b <= a ? a : rng.int(a, b));
    let status: DirectiveStatus;
    let end = t; // last day anything happened
    const u = rng.float();
    if (u < 0.03) status = 'cancelled';
    else if (due === null) status = rng.weighted<DirectiveStatus>(['done', 'paused', 'not-started', 'in-progress'], [12, 4, 12, 72]);
    else if (due < t) status = rng.chance(0.82) ? 'done' : rng.weighted<DirectiveStatus>(['in-progress', 'not-started', 'paused'], [55, 25, 20]);
    else status = rng.weighted<DirectiveStatus>(['done', 'in-progress', 'not-started', 'paused'], [20, 50, 25, 5]);

    if (status === 'done') {
      if (due !== null && due < t) end = rng.chance(0.68) ? between(m, due) : between(due + 1, Math.min(due + 150, t));
      else end = between(m, t);
    } else if (status === 'paused' || status === 'cancelled') {
      end = between(m, t);
    }
    directive.status = status;
    directive.completedOn = status === 'done' ? isoFromDayNumber(end) : null;
    directive.cancelReason = status === 'cancelled' ? rng.pick(CANCEL_REASONS) : '';
    if (status === 'not-started') return;

    const reporterOf = () => (lead === null ? '' : rng.pick([lead.head, ...lead.deputies, ...lead.staff]).fullName);
    const start = between(m, Math.min(end, m + 20));
    const reportDays = Array.from({ length: status === 'cancelled' ? rng.int(0, 2) : Math.max(1, rng.int(1, 6) - (rng.chance(0.2) ? 1 : 0)) }, () => between(start, end)).sort((a, b) => a - b);
    let percent = 0;
    reportDays.forEach((day, i) => {
      percent = Math.min(95, percent + rng.int(5, 30));
      const last = i === reportDays.length - 1;
      this.entry(directive, day, 'report', {
        text: this.fill(rng.pick(REPORTS), { n: String(rng.int(2, 40)), m: String(rng.int(3, 25)), k: String(rng.int(100, 2000)), short: lead?.unit.shortName.replace(/\s+/g, '') ?? 'VP' }),
        reporter: reporterOf(),
        percent: status === 'done' && last ? 100 : rng.chance(0.8) ? percent : null,
      });
    });
    // The status trail: started (on the first report or soon after the meeting), then the final change.
    const startedOn = reportDays[0] ?? start;
    if (status === 'done' && startedOn >= end) {
      this.entry(directive, end, 'status', { from: 'not-started', to: 'done', percent: 100 });
      return;
    }
    this.entry(directive, startedOn, 'status', { from: 'not-started', to: 'in-progress' });
    if (status === 'done') this.entry(directive, end, 'status', { from: 'in-progress', to: 'done', percent: 100 });
    if (status === 'paused') this.entry(directive, end, 'status', { from: 'in-progress', to: 'paused', text: rng.pick(PAUSE_NOTES) });
    if (status === 'cancelled') this.entry(directive, end, 'status', { from: 'in-progress', to: 'cancelled', text: directive.cancelReason });
  }

  private entry(
    directive: Directive,
    day: number,
    kind: FollowUp['kind'],
    fields: { text?: string; reporter?: string; percent?: number | null; from?: DirectiveStatus; to?: DirectiveStatus },
  ): void {
    const date = isoFromDayNumber(day);
    const created = stamp(date, this.followUps.length % 600);
    this.followUps.push({
      id: this.rng.uuid(),
      directiveId: directive.id,
      kind,
      date,
      text: fields.text ?? '',
      reporter: fields.reporter ?? '',
      percent: fields.percent ?? null,
      statusFrom: fields.from ?? null,
      statusTo: fields.to ?? null,
      createdAt: created,
      updatedAt: created,
    });
  }

  private fill(template: string, values: Record<string, string> | ((name: string) => string)): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (typeof values === 'function' ? values(name) : (values[name] ?? whole)));
  }
}

function districtPhrase(district: string): string {
  return district.startsWith('thành phố') ? district : `huyện ${district}`;
}
