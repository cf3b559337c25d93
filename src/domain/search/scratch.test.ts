import { it } from 'vitest';
import { foldGerman, foldWithOffsets, scanTokens, indexTerms, planQuery, buildSearchIndex, search } from './index';
it('scratch', () => {
  console.log(foldGerman('„NATO-Außenminister“ – ÄÖÜ ẞ é Ru\u00ADssland a\u0308 İstanbul 𝔘'));
  const f = foldWithOffsets('Straße ä');
  console.log(f.text, [...f.starts], [...f.ends]);
  console.log(JSON.stringify(scanTokens('Die NATO-Außenminister im Bündnis, 12.000 Soldaten; E-Mail')));
  console.log(indexTerms('Die NATO-Außenminister im Bündnis, 12.000 Soldaten; E-Mail'));
  console.log(JSON.stringify(planQuery('NATO-Außenminister „Krieg mit Russland“ die Bündnis')));
  const idx = buildSearchIndex({ articles: [{ id: 'a1', title: 'Das Bündnis wächst', text: 'Die NATO-Außenminister trafen sich in München.\n\nStoltenberg sagte, das Bündnis sei stark.', paragraphs: [{start:0,end:46},{start:48,end:89}] }], highlights: [], tags: [] });
  for (const q of ['Außen', 'aussenminister', 'Bundnis', 'Buendnis', 'Stoltenbrg', 'Muenchen', '"Bündnis sei stark"', '"sei das Bündnis"', 'xyz Bündnis'])
    console.log(q, JSON.stringify(search(idx, q)));
});
