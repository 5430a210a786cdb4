/** Word lists that tell a film review from its look-alikes. All patterns are single-pass, no nested quantifiers. */

export const FILM_WORD = /\b(?:film|films|movie|movies|cinema|cine|flick)\b/i;
export const REVIEW_WORD = /\breviews?\b|\brecensione\b|\bcritique\b|\bkritik\b/i;
export const FILM_REVIEW = /\b(?:film|movie|cinema)[\s_-]*reviews?\b/i;

/** Counter-evidence, each with the reason shown in signals. */
export const NOT_FILM: Array<{ re: RegExp; why: string; weight: number }> = [
  { re: /\b(?:tv|television)\b|\bseason\s*\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|complete)\s+season\b|\bseason\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\bseries\s*\d|\bepisode|\bminiseries\b|\bs\d\de\d\d\b|\bfinale\b|\bshowrunner\b|\bseries review\b/i, why: 'TV', weight: 4 },
  { re: /\bbook reviews?\b|\bnovel\b|\bmemoir\b|\bpaperback\b|\bhardcover\b|\bbooks\b/i, why: 'book', weight: 4 },
  { re: /\brestaurants?\b|\bmenu\b|\bdining\b|\bbistro\b|\bbrunch\b|\bcafe\b|\bfood\b|\bdinner\b/i, why: 'restaurant/food', weight: 4 },
  { re: /\brecipes?\b|\bingredients\b|\bbake\b|\bbaking\b/i, why: 'recipe', weight: 5 },
  { re: /^\s*(?:the\s+)?\d+\s+(?:best|worst|greatest|great|essential|must|movies|films|top)\b|\btop\s+\d+\b|\bbest (?:movies|films) of\b|\b(?:best|worst|greatest|favou?rite)\s+(?:[\w'’-]+\s+){0,2}(?:films|movies|scenes|performances|moments|shots|endings|villains|characters)\s+(?:of|from|in)\b|\b(?:movies|films) to (?:watch|stream|see)\b|\branked\b|\branking\b/i, why: 'list article', weight: 5 },
  { re: /\btrailers?\b|\bteaser\b|\bfirst look\b/i, why: 'trailer news', weight: 4 },
  { re: /\bfestival\b|\blineup\b|\bline-up\b|\bprogramme announced\b|\bselection announced\b/i, why: 'festival news', weight: 4 },
  { re: /\bjoins? (?:the )?cast\b|\bto star in\b|\bcast as\b|\bcast in\b|\bin talks\b|\bdies at\b|\bobituary\b|\binterview\b|\bbox office\b|\bsequel (?:confirmed|announced)\b|\bannounce[sd]?\b/i, why: 'news', weight: 3 },
  { re: /\balbum\b|\bconcert\b|\bgig\b|\bvideo ?game\b|\bplaystation\b|\bxbox\b|\bsmartphone\b|\bheadphones\b|\blaptop\b|\btheatre\b|\btheater\b|\bstage\b|\bopera\b|\bballet\b|\bwest end\b|\bbroadway\b|\bplay review\b|\bpodcast\b|\bmusic\b|\bgames?\b|\bgaming\b/i, why: 'other product', weight: 4 },
];

export function notFilm(s: string): { why: string; weight: number } | null {
  for (const n of NOT_FILM) if (n.re.test(s)) return { why: n.why, weight: n.weight };
  return null;
}
