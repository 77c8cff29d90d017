import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate, prepare } from '../../src/corpus/prepare.js';
import { declaredCharset } from '../../src/corpus/read/charset.js';
import { parseFeed } from '../../src/corpus/read/feed.js';
import { fromJsonObject } from '../../src/corpus/read/jsonl.js';
import type { RawArticle } from '../../src/corpus/read/types.js';

describe('readers', () => {
  it('reads an Atom entry: its own published date, author, HTML content as paragraphs', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Atome fictif</title>
<entry><title>Une entrée (fictif)</title><link href="https://atome.test/1"/><id>urn:1</id>
<updated>2031-02-03T10:00:00Z</updated><published>2031-02-02T10:00:00Z</published><author><name>Zoé Lambert</name></author>
<content type="html">&lt;p&gt;Premier paragraphe fictif.&lt;/p&gt;&lt;p&gt;Second paragraphe.&lt;/p&gt;</content></entry></feed>`;
    const [a] = parseFeed(xml, 'x.atom') as RawArticle[];
    assert.equal(a!.title, 'Une entrée (fictif)');
    assert.equal(a!.author, 'Zoé Lambert');
    assert.equal(normaliseDate(a!.published), '2031-02-02');
    assert.equal(a!.text, 'Premier paragraphe fictif.\nSecond paragraphe.');
    assert.equal(a!.outlet, 'Atome fictif');
  });
  it('reports a file that is not a feed', () => {
    assert.equal(parseFeed('<html><body>rien</body></html>', 'x.xml')[0]!.kind, 'failed');
  });
  it('finds the declared charset of XML and HTML', () => {
    assert.equal(
      declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><rss/>')),
      'iso-8859-15',
    );
    assert.equal(
      declaredCharset(
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      ),
      'windows-1252',
    );
    assert.equal(declaredCharset(Buffer.from('<p>none</p>')), null);
  });
  it('normalises publication dates without shifting a written day', () => {
    assert.equal(normaliseDate('2021-11-12T23:30:00+01:00'), '2021-11-12');
    assert.equal(normaliseDate('Fri, 12 Nov 2021 10:00:00 GMT'), '2021-11-12');
    assert.equal(normaliseDate('hier'), null);
    assert.equal(normaliseDate(null), null);
  });
  it('maps JSONL fields, the outlet falling back to the site name of the URL', () => {
    const a = fromJsonObject(
      {
        id: 7,
        title: 'T',
        text: 'Corps.',
        url: 'https://www.exemple-fictif.test/a',
        credit: 'Agence fictive',
      },
      'f.jsonl:1',
    ) as RawArticle;
    assert.deepEqual([a.sourceId, a.outlet, a.author], ['7', 'exemple-fictif.test', 'Agence fictive']);
  });
  it('puts the title on the first line of the stored text, once', () => {
    const base = {
      kind: 'article' as const,
      source: 's',
      sourceId: null,
      url: null,
      outlet: null,
      author: null,
      published: null,
      language: null,
    };
    const p = prepare({ ...base, title: 'Un titre', text: 'Le corps du texte.', titleInText: false });
    assert.equal(p.article.text, 'Un titre\nLe corps du texte.');
    const q = prepare({ ...base, title: 'Un titre', text: 'Un titre\nLe corps.', titleInText: false });
    assert.equal(q.article.text, 'Un titre\nLe corps.');
  });
});
