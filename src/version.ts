// Bumped whenever the analysis output changes, so stored records made by an older analyser can be refreshed.
export const ANALYZER_VERSION = '0.1.0';
