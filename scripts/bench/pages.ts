/**
 * Pages the benchmark makes up: a section front that is not an article, and an
 * article page built from a text repeated many times (the worst case for one long
 * page). Written here, never copied from the shared corpus: the repeated text is
 * read from ../shared at run time and only lives in memory.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TOPICS = ['Council', 'Harbour', 'Schools', 'Transit', 'Weather', 'Markets', 'Library', 'Hospital', 'Stadium', 'Bridge'];
const VERBS = ['reopens', 'delays vote on', 'expands', 'reviews', 'extends hours for', 'names new head of', 'plans upgrade to', 'cuts fees at'];

/** A news site's section front: navigation, 60 short teasers, a footer. No paragraph of prose. */
export function sectionFrontPage(): string {
  const teasers = Array.from({ length: 60 }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length];
    const verb = VERBS[(i * 7) % VERBS.length];
    return `<li class="teaser"><a href="/story/${i}">${topic} ${verb} district ${i + 1}</a><span class="time">${(i % 12) + 1}h ago</span></li>`;
  }).join('\n');
  const nav = TOPICS.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' ');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Local news</title></head>
<body><header><nav>${nav}</nav></header>
<main><h1>Local news</h1><ul class="teasers">${teasers}</ul></main>
<footer><p>Contact · Terms · Privacy</p></footer></body></html>`;
}

/** An article page whose body is `text`'s paragraphs, `copies` times over. */
export function repeatedArticlePage(title: string, text: string, copies: number): string {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  const body = Array.from({ length: copies }, () => paragraphs).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><article><h1>${escape(title)}</h1>
${body}
</article></main></body></html>`;
}
