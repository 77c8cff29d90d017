// A hash router over small page modules: #/search?q=…, #/article/12, #/speaker?name=…, etc.
// Each navigation renders into #app; a stale render (the user moved on) is dropped.
import { clear, errorBox, h } from './dom.js';
import { leavePage } from './lifecycle.js';
import { actorsPage } from './pages/actors.js';
import { analyzePage } from './pages/analyze.js';
import { articlePage } from './pages/article.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { speakerPage } from './pages/speaker.js';
import { speakersPage } from './pages/speakers.js';
import './style.css';

export interface PageContext {
  params: URLSearchParams;
  /** The path segment after the page name (#/article/12 → "12"). */
  rest: string;
  /** True while this render is still the current one. */
  current: () => boolean;
}

type Page = (ctx: PageContext) => Promise<HTMLElement>;

const PAGES: Record<string, [Page, string]> = {
  '': [homePage, 'Accueil'],
  search: [searchPage, 'Recherche'],
  article: [articlePage, 'Article'],
  speakers: [speakersPage, 'Locuteurs'],
  speaker: [speakerPage, 'Locuteur'],
  actors: [actorsPage, 'Acteurs'],
  analyze: [analyzePage, 'Analyser un texte'],
};

let generation = 0;

async function render(): Promise<void> {
  const app = document.getElementById('app')!;
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2) as [string?, string?];
  const [name = '', ...restParts] = pathPart.split('/');
  const entry = PAGES[name];
  const mine = ++generation;
  const ctx: PageContext = {
    params: new URLSearchParams(query),
    rest: decodeURIComponent(restParts.join('/')),
    current: () => mine === generation,
  };
  for (const a of document.querySelectorAll('header nav a'))
    a.classList.toggle('active', a.getAttribute('href') === `#/${name}` && name !== '');
  document.body.dataset.page = entry ? name || 'home' : 'missing';
  app.setAttribute('aria-busy', 'true');
  let view: HTMLElement;
  try {
    if (!entry)
      view = h(
        'section',
        null,
        h('h1', null, 'Page introuvable'),
        h('p', null, h('a', { href: '#/' }, "Retour à l'accueil")),
      );
    else view = await entry[0](ctx);
    document.title = entry ? `${entry[1]} · depeche` : 'depeche';
  } catch (e) {
    view = h('section', null, errorBox(e));
  }
  if (mine !== generation) return;
  leavePage();
  clear(app);
  app.appendChild(view);
  app.setAttribute('aria-busy', 'false');
  document.body.dataset.ready = String(mine);
  if (!ctx.params.has('keep-scroll')) window.scrollTo(0, 0);
}

window.addEventListener('hashchange', () => void render());
void render();
