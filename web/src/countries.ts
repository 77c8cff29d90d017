// French country names for ISO 3166-1 alpha-3 codes (only the French locale is bundled).
import countries from 'i18n-iso-countries';
import fr from 'i18n-iso-countries/langs/fr.json';

countries.registerLocale(fr);

/** Shorter forms news writing uses. */
const USUAL: Record<string, string> = { USA: 'États-Unis', CIV: "Côte d'Ivoire", GBR: 'Royaume-Uni' };

export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return USUAL[code] ?? countries.getName(code, 'fr', { select: 'official' }) ?? null;
}

/** How an actor is shown: a country by its French name, anyone else by their name. */
export function actorLabel(a: { name: string; country: string | null }, withCode = false): string {
  const c = countryName(a.country);
  if (!c) return a.name;
  return withCode ? `${c} (${a.country})` : c;
}
