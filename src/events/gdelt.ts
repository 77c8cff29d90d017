// Events as GDELT 2.0 event-table rows: the 61 tab-separated columns of GDELT's « export » files, in
// their order, so tools that read GDELT can read ours. Shared by the CLI (`analyze --format gdelt`)
// and the store.
//
// Columns we fill (the others stay empty):
//   1 GLOBALEVENTID     a stable 32-bit FNV-1a hash of record id + event id (GDELT: a serial number)
//   2 SQLDATE, 3 MonthYear, 4 Year, 5 FractionDate   from the event's date when it is a full day,
//                       else the publication date (GDELT dates events by their article too)
//   6 Actor1Code        the source's country code (ISO 3166-1 alpha-3, as CAMEO country codes are
//                       for states); empty for bodies and groups, which have no CAMEO code here
//   7 Actor1Name        the source's name in upper case (GDELT's convention)
//   8 Actor1CountryCode the source's country (alpha-3)
//  16–18 Actor2Code, Actor2Name, Actor2CountryCode   the same for the target
//  26 IsRootEvent       1 when the event is in the title or the lead paragraph
//  27 EventCode, 28 EventBaseCode (3 digits), 29 EventRootCode
//  30 QuadClass, 31 GoldsteinScale   GDELT's values (data/cameo/README.md)
//  32 NumMentions, 33 NumSources, 34 NumArticles   1 (one article)
//  52 ActionGeo_Type    1 for a country, 4 for a city or region (GDELT: « world city »)
//  53 ActionGeo_FullName, 54 ActionGeo_CountryCode, 57 ActionGeo_Lat, 58 ActionGeo_Long   the
//                       event's place; the country code is ISO alpha-2 (GDELT uses FIPS 10-4)
//  60 DATEADDED         the publication date as YYYYMMDD000000, when known
//  61 SOURCEURL         the record's url, when known

import { countryByIso3 } from '../entities/gazetteer.js';
import type { Actor, AnalysisRecord, Event } from '../record.js';
import { lookupPlace } from './lexicon.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

type Column = (typeof GDELT_COLUMNS)[number];

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Tabs and line breaks would break the table. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

function fractionDate(y: number, m: number, d: number): string {
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

function actorColumns(a: Actor | null, n: 1 | 2): Partial<Record<Column, string>> {
  if (!a) return {};
  return {
    [`Actor${n}Code`]: a.country ?? '',
    [`Actor${n}Name`]: clean(a.name).toUpperCase(),
    [`Actor${n}CountryCode`]: a.country ?? '',
  } as Partial<Record<Column, string>>;
}

/** Whether the event sits in the title or the lead paragraph (GDELT's IsRootEvent). */
function isRoot(record: AnalysisRecord, e: Event): boolean {
  const breaks = [...record.text.matchAll(/\n+/g)].map((m) => m.index! + m[0].length);
  const leadEnd = breaks[1] ?? record.text.length;
  return e.sentence.start < leadEnd;
}

export function gdeltRow(record: AnalysisRecord, e: Event): string[] {
  const row: Partial<Record<Column, string>> = {};
  const day =
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.date ?? '') ??
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.published ?? '');
  row.GLOBALEVENTID = String(fnv1a(`${record.id}:${e.id}`));
  if (day) {
    const [, y, m, d] = day;
    row.SQLDATE = `${y}${m}${d}`;
    row.MonthYear = `${y}${m}`;
    row.Year = y!;
    row.FractionDate = fractionDate(Number(y), Number(m), Number(d));
  }
  Object.assign(row, actorColumns(e.source, 1), actorColumns(e.target, 2));
  row.IsRootEvent = isRoot(record, e) ? '1' : '0';
  row.EventCode = e.code;
  row.EventBaseCode = e.code.slice(0, 3);
  row.EventRootCode = e.root;
  row.QuadClass = String(e.quadClass);
  row.GoldsteinScale = e.goldstein.toFixed(1);
  row.NumMentions = '1';
  row.NumSources = '1';
  row.NumArticles = '1';
  if (e.location) {
    const isCountry = lookupPlace(e.location.name)?.kind === 'country';
    row.ActionGeo_Type = isCountry ? '1' : '4';
    row.ActionGeo_FullName = clean(e.location.name);
    row.ActionGeo_CountryCode = e.location.country ? (countryByIso3(e.location.country)?.iso2 ?? '') : '';
    if (e.location.lat !== null) row.ActionGeo_Lat = String(e.location.lat);
    if (e.location.lon !== null) row.ActionGeo_Long = String(e.location.lon);
  }
  if (record.published) row.DATEADDED = `${record.published.replaceAll('-', '')}000000`;
  if (record.url) row.SOURCEURL = clean(record.url);
  return GDELT_COLUMNS.map((c) => row[c] ?? '');
}

/** The events of one or more records as GDELT 2.0 TSV lines (no header, as GDELT's files). */
export function formatGdelt(records: AnalysisRecord | readonly AnalysisRecord[], header = false): string {
  const list = Array.isArray(records) ? records : [records as AnalysisRecord];
  const lines = header ? [GDELT_COLUMNS.join('\t')] : [];
  for (const r of list) for (const e of r.events) lines.push(gdeltRow(r, e).join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
