// One collator for every comparison: `localeCompare` with options builds a new one per call, which
// cost the glossary 0.4 s of every build at 10,000 papers.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The order of titles, labels and names throughout the site: by letter, ignoring case and accents. */
export const byText = (a: string, b: string) => collator.compare(a, b);
