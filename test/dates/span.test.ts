import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoWeek, parseIsoDay } from '../../src/dates/calendar.js';
import { daySpan } from '../../src/dates/span.js';

test('a day covers itself; an impossible day covers nothing', () => {
  assert.deepEqual(daySpan('2021-11-11'), { from: '2021-11-11', to: '2021-11-11' });
  assert.equal(daySpan('2021-02-30'), null);
});

test('a month covers its first to its last day, February of a leap year included', () => {
  assert.deepEqual(daySpan('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(daySpan('2021-12'), { from: '2021-12-01', to: '2021-12-31' });
  assert.equal(daySpan('2021-13'), null);
});

test('an ISO week covers Monday to Sunday, across a year boundary too', () => {
  assert.deepEqual(daySpan('2021-W46'), { from: '2021-11-15', to: '2021-11-21' });
  assert.deepEqual(daySpan('2021-W01'), { from: '2021-01-04', to: '2021-01-10' });
  assert.deepEqual(daySpan('2020-W53'), { from: '2020-12-28', to: '2021-01-03' });
  assert.equal(daySpan('2021-W53'), null, '2021 has 52 ISO weeks');
});

test('every day of three years lies in the span of its own ISO week', () => {
  for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2022, 0, 1); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const span = daySpan(isoWeek(parseIsoDay(day)!));
    assert.ok(span && span.from <= day && day <= span.to, day);
  }
});

test('a year, and anything else', () => {
  assert.deepEqual(daySpan('2021'), { from: '2021-01-01', to: '2021-12-31' });
  assert.equal(daySpan(null), null);
  assert.equal(daySpan('jeudi'), null);
});
