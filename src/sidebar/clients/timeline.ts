import { addDays, addMonths, daysBetween, firstDayOfMonth, isDay, isMonth, monthOf } from '../../core/dates';
import { WORDS } from '../../shared/messages/words';
import type { ClientMilestone, ClientSummary } from '../../shared/rpc';
import { idOf, svg } from '../dom';
import { shown } from '../format';
import { language, type TextKey, tr } from '../text';

const WIDTH = 276;
const HEIGHT = 132;
const PAD = 10;
const BAND_Y = 66;
const BAND_H = 12;
/** Milestone dots stack in lanes above the band when they would touch. */
const LANES: readonly number[] = [52, 40, 28];
const DOT_R = 4.5;
const ANCHOR_ROWS: readonly number[] = [92, 104];
const MONTH_Y = 124;

/** The words for a milestone status. */
export const STATUS_TEXT: Readonly<Record<string, TextKey>> = {
  upcoming: 'statusUpcoming',
  'due-soon': 'statusDueSoon',
  overdue: 'statusOverdue',
  done: 'statusDone',
  'catch-up': 'statusCatchUp',
};

interface Anchor {
  key: TextKey;
  day: string;
  cls: string;
}

/** Puts items (sorted by x) into the first lane where they do not touch the previous one. */
function lanes(xs: readonly number[], gap: number, count: number): number[] {
  const ends: number[] = Array(count).fill(Number.NEGATIVE_INFINITY);
  return xs.map((x) => {
    const free = ends.findIndex((end) => x - end >= gap);
    const lane = free < 0 ? ends.indexOf(Math.min(...ends)) : free;
    ends[lane] = x;
    return lane;
  });
}

/** About how wide a 10 px semi-bold label is: CJK characters are full-width. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) >= 0x2e80 ? 10.5 : 6.5;
  return width;
}

/** Short month words along the axis: "May", "5月". */
function monthWord(month: string): string {
  const n = Number(month.slice(5, 7));
  return WORDS.monthsShort[language()].split(',')[n - 1] ?? month;
}

/**
 * A client's timeline as a picture: preparation, campaign and fulfilment as bands between the
 * launch, end and shipping anchors; milestones as dots coloured by status; today as a line. The
 * picture has a title and a description that say the same in words, for screen readers.
 */
export function timelinePicture(
  client: ClientSummary,
  milestones: readonly ClientMilestone[],
  today: string,
): SVGElement {
  const shipping = isMonth(client.shipping) ? firstDayOfMonth(client.shipping) : '';
  const anchors: Anchor[] = [
    { key: 'anchorLaunch', day: client.launch, cls: 'launch' },
    { key: 'anchorEnd', day: client.end, cls: 'end' },
    { key: 'anchorShipping', day: shipping, cls: 'shipping' },
  ].filter((a): a is Anchor => isDay(a.day));
  const days = [today, ...anchors.map((a) => a.day), ...milestones.map((m) => m.due).filter(isDay)].sort();
  const from = days[0] ?? today;
  const last = days[days.length - 1] ?? today;
  // A little room after the shipping month starts: shipping is a month, not a day.
  const to = shipping && last === shipping ? addDays(shipping, 20) : last;
  const span = Math.max(1, daysBetween(from, to));
  const x = (day: string) => PAD + ((WIDTH - 2 * PAD) * daysBetween(from, day)) / span;

  const titleId = idOf('tl', client.id, 'title');
  const descId = idOf('tl', client.id, 'desc');
  const count = (status: string) => milestones.filter((m) => m.status === status).length;
  const picture = svg(
    'svg',
    {
      class: 'timeline',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    svg('title', { id: titleId }, tr('timelineTitle', { client: client.clientName })),
    svg(
      'desc',
      { id: descId },
      tr('timelineDesc', {
        from: shown(from),
        to: shown(to),
        launch: client.launch ? shown(client.launch) : '—',
        end: client.end ? shown(client.end) : '—',
        shipping: client.shipping ? shown(client.shipping) : '—',
        done: count('done'),
        overdue: count('overdue'),
        open: milestones.length - count('done'),
      }),
    ),
  );

  // Month grid: a faint line and a word at each month's first day.
  for (let month = monthOf(addMonths(firstDayOfMonth(monthOf(from)), 1)); firstDayOfMonth(month) <= to; ) {
    const mx = x(firstDayOfMonth(month));
    picture.append(
      svg('line', { class: 'grid', x1: mx, x2: mx, y1: 18, y2: MONTH_Y - 10 }),
      svg('text', { class: 'month', x: mx, y: MONTH_Y, 'text-anchor': 'middle' }, monthWord(month)),
    );
    month = monthOf(addMonths(firstDayOfMonth(month), 1));
  }

  // Phases between anchors: preparation up to launch, the campaign, fulfilment up to shipping.
  const stops = [from, ...anchors.map((a) => a.day), to];
  const phases = ['prep', ...anchors.map((a) => `after-${a.cls}`)];
  phases.forEach((phase, i) => {
    const a = stops[i] ?? from;
    const b = stops[i + 1] ?? to;
    if (b <= a) return;
    picture.append(
      svg('rect', { class: `phase ${phase}`, x: x(a), y: BAND_Y, width: x(b) - x(a), height: BAND_H, rx: 2 }),
    );
  });

  // Anchor labels: each placed so it stays inside the picture, then given the first row where it
  // does not overlap the label before it.
  const rowEnds = ANCHOR_ROWS.map(() => Number.NEGATIVE_INFINITY);
  for (const anchor of anchors) {
    const ax = x(anchor.day);
    const when =
      anchor.cls === 'shipping' ? monthWord(monthOf(anchor.day)) : anchor.day.slice(5).replace('-', '/');
    const words = `${tr(anchor.key)} ${when}`;
    const width = labelWidth(words);
    const left = Math.min(Math.max(ax - width / 2, 2), WIDTH - width - 2);
    let row = rowEnds.findIndex((end) => left >= end + 4);
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = left + width;
    const y = ANCHOR_ROWS[row] ?? BAND_Y + 26;
    picture.append(
      svg('line', { class: `anchor ${anchor.cls}`, x1: ax, x2: ax, y1: BAND_Y - 4, y2: y - 9 }),
      svg('text', { class: `anchor-label ${anchor.cls}`, x: left, y }, words),
    );
  }

  const dated = milestones.filter((m) => isDay(m.due));
  const dotLanes = lanes(
    dated.map((m) => x(m.due)),
    DOT_R * 2 + 1,
    LANES.length,
  );
  dated.forEach((m, i) => {
    const cx = x(m.due);
    const cy = LANES[dotLanes[i] ?? 0] ?? LANES[0];
    const status = tr(STATUS_TEXT[m.status] ?? 'statusUpcoming');
    picture.append(
      svg(
        'circle',
        { class: `dot ${m.status}`, cx, cy, r: DOT_R },
        svg('title', {}, `${m.title} — ${shown(m.due)} — ${status}`),
      ),
    );
  });

  const tx = x(today);
  picture.append(
    svg('line', { class: 'today', x1: tx, x2: tx, y1: 14, y2: BAND_Y + BAND_H + 4 }),
    svg(
      'text',
      {
        class: 'today-label',
        x: tx,
        y: 10,
        'text-anchor': tx > WIDTH - 30 ? 'end' : tx < 30 ? 'start' : 'middle',
      },
      tr('today'),
    ),
  );
  return picture;
}
