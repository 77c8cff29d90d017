// CAMEO root codes (Schrodt et al., CAMEO 1.1b3) with short French labels, and QuadClass names.
export const ROOT_LABELS: Record<string, string> = {
  '01': 'Déclaration publique',
  '02': 'Appel',
  '03': 'Intention de coopérer',
  '04': 'Consultation',
  '05': 'Coopération diplomatique',
  '06': 'Coopération matérielle',
  '07': 'Aide',
  '08': 'Concession',
  '09': 'Enquête',
  '10': 'Exigence',
  '11': 'Désapprobation',
  '12': 'Rejet',
  '13': 'Menace',
  '14': 'Protestation',
  '15': 'Démonstration de force',
  '16': 'Réduction des relations',
  '17': 'Coercition',
  '18': 'Agression',
  '19': 'Combat',
  '20': 'Violence de masse',
};

export const QUAD_LABELS: Record<number, string> = {
  1: 'Coopération verbale',
  2: 'Coopération matérielle',
  3: 'Conflit verbal',
  4: 'Conflit matériel',
};
