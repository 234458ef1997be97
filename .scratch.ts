import { readFileSync } from 'node:fs';
import { loadTaxonomy, loadVocabulary } from './src/pipeline/load-vocabulary';
const { topics } = loadTaxonomy(readFileSync('content/taxonomy.yaml','utf8'),'t');
const { vocabulary } = loadVocabulary(readFileSync('content/vocabulary.yaml','utf8'),'v');
const phrases = [...topics.flatMap(t=>[t.label,...t.aliases]), ...Object.entries(vocabulary).filter(([k])=>k!=='generic').flatMap(([k,v]:any)=>v.flatMap((t:any)=>[t.label,...t.aliases]))];
console.log(phrases.length);
console.log(phrases.filter(p=>/[^\p{L}\p{N}\s\-]/u.test(p)).join(' | '));
