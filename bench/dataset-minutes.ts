/**
 * The long texts of one benchmark meeting, as a secretary would type them: an agenda of 3-8 numbered items, the
 * minutes as they went (3,000-20,000 characters: opening, reports heard, opinions of named attendees, replies,
 * closing) and the chair's conclusion (500-3,000 characters). Real minutes are this long, and the app's speed
 * depends on whether lists read them, so the benchmark must carry them.
 */
import type { IsoDate } from '../src/domain/dates.js';
import type { Person } from '../src/domain/types.js';
import { dayNumber, isoFromDayNumber } from '../src/followup/day-number.js';
import { COMMUNES, DISTRICTS } from './dataset-directory.js';
import {
  AGENDA_CLOSING,
  AGENDA_ITEMS,
  AGENDA_OPENING,
  CHAIR_OPENINGS,
  CLOSINGS,
  CONCLUSION_ASSESSMENTS,
  CONCLUSION_HANDOFF,
  CONCLUSION_LEADS,
  CONCLUSION_LIMITS,
  CONCLUSION_TASKS,
  OPENINGS,
  OPINIONS,
  REPLIES,
  REPORT_LEADS,
  REPORT_SENTENCES,
  SHORTCOMINGS,
  SPEAKER_LEADS,
  UNIT_TASKS,
} from './dataset-minutes-phrases.js';
import { DOCUMENTS } from './dataset-phrases.js';
import type { Random } from './dataset-random.js';

export const CONTENT_LENGTH = { min: 3000, max: 20_000 } as const;
export const CONCLUSION_LENGTH = { min: 500, max: 3000 } as const;
export const AGENDA_ITEM_COUNT = { min: 3, max: 8 } as const;

export interface MinutesSetting {
  title: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string;
  /** The issuing body's name. */
  issuer: string;
  chair: Person;
  secretary: Person;
  /** Attendees present other than the chair and the secretary, in rank order. */
  others: readonly Person[];
  /** The meeting's topics (at least one). */
  topics: readonly string[];
  /** Names of the bodies tasks and remarks may name. */
  unitNames: readonly string[];
}

export interface MinutesTexts {
  agenda: string;
  content: string;
  conclusion: string;
}

/** Writes the agenda, minutes and conclusion of one meeting from `rng` (same stream state, same texts). */
export function writeMinutes(rng: Random, setting: MinutesSetting): MinutesTexts {
  const w = new Writer(rng, setting);
  const items = w.agendaItems();
  return { agenda: items.map((item, i) => `${i + 1}. ${item}`).join('\n'), content: w.content(items), conclusion: w.conclusion() };
}

class Writer {
  private readonly vars: (name: string) => string;

  constructor(
    private readonly rng: Random,
    private readonly s: MinutesSetting,
  ) {
    const [period, next] = periods(s.date);
    const deadline = slashDate(isoFromDayNumber(dayNumber(s.date) + rng.int(10, 45)));
    // Figures are drawn anew for every slot, as in real minutes where no two numbers repeat.
    this.vars = (name) => {
      switch (name) {
        case 'period':
          return period;
        case 'next':
          return next;
        case 'deadline':
          return deadline;
        case 'topic':
          return rng.pick(s.topics);
        case 'document':
          return rng.pick(DOCUMENTS);
        case 'unit':
        case 'unit2':
          return rng.pick(s.unitNames);
        case 'commune':
          return rng.pick(COMMUNES);
        case 'district': {
          const d = rng.pick(DISTRICTS);
          return d.startsWith('thành phố') ? d : `huyện ${d}`;
        }
        case 'n':
          return String(rng.int(2, 12));
        case 'm':
          return String(rng.int(12, 95));
        case 'k':
          return thousands(rng.int(120, 9500));
        case 'p':
          return String(rng.int(62, 100));
        case 'pSmall':
          return `${rng.int(1, 4)},${String(rng.int(0, 99)).padStart(2, '0')}`;
        case 'money':
          return rng.chance(0.5) ? `${rng.int(1, 48)},${rng.int(1, 9)} tỷ đồng` : `${thousands(rng.int(150, 9800))} triệu đồng`;
        default:
          throw new Error(`no value for {${name}}`);
      }
    };
  }

  agendaItems(): string[] {
    const count = this.rng.int(AGENDA_ITEM_COUNT.min, AGENDA_ITEM_COUNT.max);
    const middle = this.rng.sample(AGENDA_ITEMS, count - 2).map((t) => this.fill(t));
    return [this.fill(AGENDA_OPENING), ...middle, AGENDA_CLOSING];
  }

  content(items: readonly string[]): string {
    const rng = this.rng;
    const s = this.s;
    const target = rng.int(CONTENT_LENGTH.min, CONTENT_LENGTH.max);
    const guests = s.others.slice(0, 6).map((p) => `đồng chí ${p.fullName}, ${p.title}`);
    if (s.others.length > 6) guests.push('cùng lãnh đạo các cơ quan, đơn vị liên quan');
    const opening = this.fill(rng.pick(OPENINGS), {
      time: s.startTime.replace(':', ' giờ ') + ' phút',
      day: slashDate(s.date),
      place: s.place,
      issuer: s.issuer,
      title: lowerFirst(s.title),
      chair: s.chair.fullName,
      chairTitle: s.chair.title,
      count: String(s.others.length + 2),
      guests: guests.join('; '),
      secretary: s.secretary.fullName,
      secretaryTitle: s.secretary.title,
    });
    const paragraphs = [opening, this.fill(rng.pick(CHAIR_OPENINGS))];
    // The reports of the agenda (all items but the chair's conclusion), each presented by one attendee.
    for (const item of items.slice(0, -1)) {
      const speaker = this.speaker();
      const lead = this.fill(rng.pick(REPORT_LEADS), { speaker: speaker.fullName, speakerTitle: speaker.title, item: item.replace(/\.$/, '') });
      paragraphs.push(`${lead} ${this.sentences(REPORT_SENTENCES, rng.int(2, 4))}`);
      if (rng.chance(0.5)) paragraphs.push(this.fill(rng.pick(SHORTCOMINGS)));
    }
    paragraphs.push('Các đồng chí dự họp thảo luận, phát biểu ý kiến:');
    const replier = this.speaker();
    const tail = [
      this.fill(rng.pick(REPLIES), { speaker: replier.fullName, speakerTitle: replier.title }),
      this.fill(rng.pick(CLOSINGS), { endTime: s.endTime.replace(':', ' giờ ') + ' phút' }),
    ];
    const tailLength = tail.reduce((n, p) => n + p.length + 1, 0);
    let length = paragraphs.reduce((n, p) => n + p.length + 1, 0);
    while (length + tailLength < target) {
      const speaker = this.speaker();
      const lead = this.fill(rng.pick(SPEAKER_LEADS), { speaker: speaker.fullName, speakerTitle: speaker.title });
      const speech = `${lead} ${this.sentences(OPINIONS, rng.int(2, 5))}`;
      if (length + speech.length + 1 + tailLength > CONTENT_LENGTH.max) break;
      paragraphs.push(speech);
      length += speech.length + 1;
    }
    return [...paragraphs, ...tail].join('\n');
  }

  conclusion(): string {
    const rng = this.rng;
    const s = this.s;
    const target = rng.int(CONCLUSION_LENGTH.min, CONCLUSION_LENGTH.max);
    const lead = this.fill(rng.pick(CONCLUSION_LEADS), { chair: s.chair.fullName, chairTitle: s.chair.title });
    const points = [this.fill(rng.pick(CONCLUSION_ASSESSMENTS)), this.fill(rng.pick(CONCLUSION_LIMITS))];
    const handoff = CONCLUSION_HANDOFF;
    const text = () => [lead, ...points.map((p, i) => `${i + 1}. ${p}`), handoff].join('\n');
    let current = text();
    while (current.length < target) {
      const task = this.fill(rng.pick(rng.chance(0.5) ? CONCLUSION_TASKS : UNIT_TASKS));
      points.push(task);
      const next = text();
      if (next.length > CONCLUSION_LENGTH.max) {
        points.pop();
        break;
      }
      current = next;
    }
    return current;
  }

  /** Someone who speaks: an attendee other than the chair and the secretary, or the secretary if none came. */
  private speaker(): Person {
    return this.s.others.length === 0 ? this.s.secretary : this.rng.pick(this.s.others);
  }

  private sentences(bank: readonly string[], count: number): string {
    return this.rng
      .sample(bank, count)
      .map((t) => this.fill(t))
      .join(' ');
  }

  private fill(template: string, local: Record<string, string> = {}): string {
    const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => local[name] ?? this.vars(name));
    return upperFirst(filled);
  }
}

/** The period a meeting reviews and the one it plans for, as the minutes name them. */
function periods(date: IsoDate): [string, string] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month <= 2) return [`năm ${year - 1}`, `năm ${year}`];
  if (month <= 5) return [`quý I năm ${year}`, `quý II năm ${year}`];
  if (month <= 8) return [`6 tháng đầu năm ${year}`, `6 tháng cuối năm ${year}`];
  if (month <= 10) return [`9 tháng đầu năm ${year}`, `quý IV năm ${year}`];
  return [`năm ${year}`, `năm ${year + 1}`];
}

function slashDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** 12500 → "12.500", the Vietnamese way of grouping thousands. */
function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function upperFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Only the first word of a sentence: proper names later in a title keep their capitals.
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
