/**
 * Job titles and roles that stand before a name in news ("CEO Tim Cook", "Jefferies
 * analyst Jane Roe"): they are type evidence and are cut from the source span.
 */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'governor', 'mayor',
  'senator', 'representative', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'chief',
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'director', 'chairman', 'chairwoman', 'chair',
  'founder', 'co-founder', 'administrator', 'commissioner', 'superintendent', 'spokesman',
  'spokeswoman', 'spokesperson', 'analyst', 'economist', 'professor', 'strategist', 'officer',
  'official', 'attorney', 'general', 'judge', 'justice', 'coach', 'manager', 'deputy', 'adviser',
  'advisor', 'aide', 'leader', 'negotiator', 'lawmaker', 'teacher', 'employee', 'scientist',
  'researcher', 'inspector', 'commander', 'colonel', 'lieutenant', 'sergeant', 'captain',
  'admiral', 'detective', 'sheriff', 'prosecutor', 'press', 'interim', 'acting', 'former', 'senior',
  'associate', 'assistant', 'deputy', 'principal', 'host', 'anchor', 'reporter', 'correspondent',
  'editor', 'columnist', 'planetary', 'u.s.', 'us', 'state', 'national', 'federal', 'speaker',
  'leader', 'whip', 'candidate', 'nominee', 'lt.', 'col.', 'gen.', 'vp', 'head', 'partner',
  'fellow', 'lawyer', 'dr', 'police', 'mr.', 'mrs.', 'ms.', 'player', 'forward', 'goalie',
  'cmdr.', 'sgt.', 'capt.', 'maj.', 'adm.', 'gov.', 'sen.', 'rep.', 'amb.', 'cmdr', 'sgt', 'capt', 'gov', 'sen', 'rep',
  'quarterback', 'pitcher', 'striker', 'midfielder', 'defender', 'developer', 'owner', 'founder',
]);
