// "Analyse a text": paste an article, get it back highlighted. Nothing is stored.
import { api } from '../api.js';
import { append, clear, errorBox, h } from '../dom.js';
import { recordView } from '../record-view.js';

const EXAMPLE = `Exemple fictif : Lyon accueille un sommet sur l'eau
Le ministre imaginaire Paul Ferrand a déclaré mardi : « Nous signerons l'accord avant l'été. »
Selon une source diplomatique, la France et le Sénégal doivent se rencontrer à Dakar la semaine prochaine.
« Rien n'est encore décidé », a nuancé Claire Martin, porte-parole de l'Union africaine.`;

export async function analyzePage(): Promise<HTMLElement> {
  const textarea = h('textarea', {
    id: 'analyze-text',
    name: 'text',
    rows: 10,
    required: true,
    placeholder: 'Collez un article en français : titre sur la première ligne, un paragraphe par ligne.',
    'aria-label': 'Texte à analyser',
  });
  const published = h('input', { type: 'date', name: 'published', 'aria-label': 'Date de publication' });
  const isHtml = h('input', { type: 'checkbox', name: 'html' });
  const out = h('div', { class: 'analyze-result', id: 'analyze-result' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Analyser');
  const form = h(
    'form',
    { class: 'analyze-form' },
    textarea,
    h(
      'div',
      { class: 'row' },
      h('label', null, 'Publié le ', published),
      h('label', null, isHtml, ' le texte est du HTML'),
      h('button', { type: 'button', onclick: () => (textarea.value = EXAMPLE) }, 'Exemple'),
      button,
    ),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = textarea.value;
    if (!text.trim()) return;
    button.disabled = true;
    clear(out);
    append(out, [h('p', { class: 'muted' }, 'Analyse…')]);
    try {
      const record = await api.analyze({
        ...(isHtml.checked ? { html: text } : { text }),
        published: published.value || null,
      });
      clear(out);
      out.appendChild(recordView(record, { linkSpeakers: true }));
    } catch (e) {
      clear(out);
      out.appendChild(errorBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'section',
    { class: 'page-analyze' },
    h('h1', null, 'Analyser un texte'),
    h('p', { class: 'muted' }, "Le texte est analysé par le serveur local et n'est pas enregistré."),
    form,
    out,
  );
}
