/**
 * The generic body finder on kinds of page (issue 17): text in <div>s split by <br>s, a body in
 * several blocks of a page builder, a long-form page with subheadings and lists, a wrapper whose
 * class looks like chrome, and pages in Korean, Russian, Portuguese, German and Arabic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';

const scrape = (body: string, lang = 'en') =>
  scrapePage(`<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`, {
    url: 'https://pages.example/a/story-1',
    fetchedAt: '2026-12-06T10:00:00Z',
    generic: true,
  });

const MENU = '<div class="menu"><a href="/">Home</a> <a href="/a">Local</a> <a href="/b">World</a> <a href="/c">Sport</a></div>';

test('text in a <div> split by <br><br>, no <p> at all', () => {
  const a =
    scrape(`${MENU}<h1>T</h1><div class="txt">The old mill on the river will reopen as a museum next spring, the town council said.<br><br>
Volunteers have restored the water wheel, and the grinding stones were found in a barn nearby.<br><br>
Entry will be free for children, and the café will sell bread baked from the mill's own flour.</div>`);
  assert.deepEqual(a.paragraphs, [
    'The old mill on the river will reopen as a museum next spring, the town council said.',
    'Volunteers have restored the water wheel, and the grinding stones were found in a barn nearby.',
    "Entry will be free for children, and the café will sell bread baked from the mill's own flour.",
  ]);
});

test('a long-form page: subheadings and a list of steps are part of the body', () => {
  const a = scrape(`${MENU}<article><h1>T</h1><div class="guide">
<p>Sourdough needs patience more than skill, and a starter that is at least a week old and bubbling well.</p>
<h2>What you need</h2>
<ul><li>500 g bread flour</li><li>350 g water</li><li>10 g salt</li></ul>
<h2>Shaping the loaf</h2>
<p>Fold the dough over itself every half hour for two hours, then shape it and leave it in the fridge overnight.</p>
</div></article>`);
  assert.deepEqual(a.paragraphs, [
    'Sourdough needs patience more than skill, and a starter that is at least a week old and bubbling well.',
    'What you need',
    '500 g bread flour',
    '350 g water',
    '10 g salt',
    'Shaping the loaf',
    'Fold the dough over itself every half hour for two hours, then shape it and leave it in the fridge overnight.',
  ]);
});

test("a page builder's widget blocks hold the body", () => {
  const block = (t: string) =>
    `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${t}</p></div></div>`;
  const a = scrape(
    `${MENU}<h1>T</h1><section class="elementor-section">${block(
      'The harbour authority will dredge the eastern basin this winter, so that larger ferries can dock, it said.',
    )}${block('Fishermen asked for the work to wait until the herring season ends, and the authority agreed to start in March.')}</section>`,
  );
  assert.equal(a.paragraphs.length, 2);
  assert.equal(
    a.paragraphs[1],
    'Fishermen asked for the work to wait until the herring season ends, and the authority agreed to start in March.',
  );
});

test('an article inside a wrapper whose class looks like chrome (a theme\'s "right-sidebar" layout)', () => {
  const a = scrape(`${MENU}<div class="layout right-sidebar"><div class="col"><h1>T</h1>
<p>The night train between the two capitals returns in May after a gap of eleven years, the rail company said.</p>
<p>Sleeping cars will be refurbished, and tickets go on sale in March at prices close to those of a budget flight.</p></div></div>`);
  assert.equal(a.paragraphs.length, 2);
});

test('a page inside a page-wide <form> (ASP.NET) still gives its body', () => {
  const a = scrape(`<form id="aspnetForm" action="/x">${MENU}<h1>T</h1><div class="text">
<p>The city library will stay open until ten at night during the exam weeks, the mayor announced on Monday.</p>
<p>Students had collected more than two thousand signatures for longer opening hours last autumn.</p>
<p>The extra hours will be paid for from the culture budget, which grows by two percent this year.</p></div></form>`);
  assert.equal(a.paragraphs.length, 3);
});

const LANGUAGE_PAGES: [string, string[]][] = [
  [
    'ko',
    [
      '서울시는 내년부터 한강 공원에 자전거 전용 도로를 새로 만들고, 야간 조명을 두 배로 늘리겠다고 밝혔다.',
      '시 관계자는 주말마다 공원을 찾는 시민이 크게 늘어 안전 대책이 필요하다고 설명했다.',
    ],
  ],
  [
    'ru',
    [
      'Городской совет утвердил план ремонта набережной, работы начнутся весной и продлятся два года.',
      'По словам мэра, на набережной появятся новые скамейки, освещение и велосипедная дорожка.',
    ],
  ],
  [
    'pt',
    [
      'A prefeitura anunciou que a ciclovia da orla será ampliada em cinco quilômetros até o fim do ano.',
      'Segundo a secretaria de transportes, o número de ciclistas dobrou desde a inauguração do primeiro trecho.',
    ],
  ],
  [
    'de',
    [
      'Der Gemeinderat hat beschlossen, das alte Hallenbad zu sanieren, statt es abzureißen und neu zu bauen.',
      'Die Arbeiten sollen im Herbst beginnen, das Bad bleibt bis zur Wiedereröffnung etwa ein Jahr geschlossen.',
    ],
  ],
  [
    'ar',
    [
      'أعلنت البلدية أن أعمال صيانة الكورنيش ستبدأ الشهر المقبل وتستمر نحو ستة أشهر، مع إغلاق جزئي للطريق.',
      'وقال رئيس البلدية إن المشروع يشمل إنارة جديدة ومقاعد ومسارا للدراجات على طول الشاطئ.',
    ],
  ],
];

for (const [lang, paragraphs] of LANGUAGE_PAGES) {
  test(`a ${lang} page: its body, without the menu`, () => {
    const a = scrape(`${MENU}<h1>T</h1><div class="inhalt">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`, lang);
    assert.deepEqual(a.paragraphs, paragraphs);
    assert.equal(a.lang, lang);
  });
}

test('labels and pointers in other languages, and a heading over nothing kept, stay out of the body', () => {
  const a = scrape(
    `${MENU}<h1>T</h1><div class="inhalt">
<p>Der Gemeinderat hat beschlossen, das alte Hallenbad zu sanieren, statt es abzureißen und neu zu bauen.</p>
<p>Foto: Stadtarchiv</p>
<p>Lesen Sie auch: Neues Freibad öffnet im Juni</p>
<h2>Die Kosten</h2>
<p>Die Sanierung kostet nach Schätzung der Verwaltung rund vier Millionen Euro, die Hälfte zahlt das Land.</p>
<h2>Das könnte Sie auch interessieren</h2>
<ul><li><a href="/x">Neues Freibad öffnet im Juni</a></li><li><a href="/y">Eisbahn am Markt</a></li></ul>
</div>`,
    'de',
  );
  assert.deepEqual(a.paragraphs, [
    'Der Gemeinderat hat beschlossen, das alte Hallenbad zu sanieren, statt es abzureißen und neu zu bauen.',
    'Die Kosten',
    'Die Sanierung kostet nach Schätzung der Verwaltung rund vier Millionen Euro, die Hälfte zahlt das Land.',
  ]);
});

test('a WordPress post wrapper whose classes name its tags (tag-…, category-…) is the article, not a tag list', () => {
  const a = scrape(`${MENU}<section class="content"><h1>T</h1>
<article class="post-7 post type-post status-publish hentry category-news tag-schools tag-health">
<p>Every secondary school will offer free flu shots to pupils from next month, the education ministry said on Tuesday.</p>
<p>Parents must sign a consent form, which schools will send out by e-mail in the coming week.</p></article>
<div class="related-posts"><a href="/x">Older story about schools and the ministry of education</a></div></section>`);
  assert.deepEqual(a.paragraphs, [
    'Every secondary school will offer free flu shots to pupils from next month, the education ministry said on Tuesday.',
    'Parents must sign a consent form, which schools will send out by e-mail in the coming week.',
  ]);
});

test('a body of one paragraph that is also the summary block keeps it as the body, with no subtitle', () => {
  const a = scrape(
    `${MENU}<h1>T</h1><div class="summary">The aid agency warned on Friday that millions more people will need help as droughts and floods grow more frequent, and called on governments to act.</div>`,
  );
  assert.equal(a.subtitle, null);
  assert.deepEqual(a.paragraphs, [
    'The aid agency warned on Friday that millions more people will need help as droughts and floods grow more frequent, and called on governments to act.',
  ]);
});
