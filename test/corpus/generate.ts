// A generated fictional corpus (invented towns, people and events, marked as fiction) for the
// ingest tests: every article differs enough in wording not to count as a near-duplicate.
const TOWNS = [
  'Valbrune',
  'Montclair-sur-Orne',
  'Saint-Aubrac',
  'Kerlevan',
  'Béranville',
  'Ostrelle',
  'Pradelune',
  'Castelvieux',
];
const PEOPLE = [
  'Hélène Vasseur',
  'Marc Delorme',
  'Inès Qadiri',
  'Paul Ferrand',
  'Léa Montagnac',
  'Yves Kerbrat',
  'Nadia Saïdi',
  'Jules Arnaud',
];
const TOPICS = [
  'la rénovation du pont',
  'le budget des écoles',
  'la ligne de tramway',
  'la fermeture de la maternité',
  "le festival d'été",
  'la pollution de la rivière',
  'les horaires de la médiathèque',
  'le nouveau marché couvert',
];
const VERBS = ['a annoncé', 'a déclaré', 'a estimé', 'a assuré', 'a regretté'];
const WORDS =
  'conseil mairie habitants projet travaux réunion vote décision quartier association collectif calendrier enquête rapport élus commission parc gare piscine route ferme usine port colline forêt lycée'.split(
    ' ',
  );

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  url: string;
  outlet: string;
}

export function generateCorpus(n: number, seed = 42): GeneratedArticle[] {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const town = pick(TOWNS);
    const who = pick(PEOPLE);
    const topic = pick(TOPICS);
    const filler = () => Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
    const paras = [
      `(Fiction) À ${town}, ${who} ${pick(VERBS)} jeudi que ${topic} serait examiné au conseil numéro ${i}.`,
      `« Nous avancerons avec les habitants », ${pick(VERBS)} ${who}. Notes ${i}-${Math.floor(r() * 1e6)} : ${filler()}.`,
      `Le dossier ${i} reste ouvert : ${filler()}, ${filler()}.`,
    ];
    const day = 1 + (i % 28);
    out.push({
      id: `fiction-${i}`,
      title: `${town} : ${topic} en débat (article fictif ${i})`,
      text: paras.join('\n'),
      published: `2031-03-${String(day).padStart(2, '0')}`,
      url: `https://journal-fictif.test/${i}`,
      outlet: 'Le Journal fictif',
    });
  }
  return out;
}

export const toJsonl = (articles: GeneratedArticle[]) =>
  articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
