import { useState } from 'preact/hooks';

interface Props {
  sites: string[];
  onChange: (sites: string[]) => void;
  /** Turns what the reader typed into a host name, or null if it names none. */
  normalise: (input: string) => string | null;
}

/** Sites where Sourcelight never runs: it does not even read the page there. */
export function BlockedSites({ sites, onChange, normalise }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const site = normalise(draft);
    if (!site) return setError(`“${draft.trim()}” is not a site name. Type something like example.com.`);
    setError('');
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <fieldset>
      <legend>Sites where Sourcelight never runs</legend>
      <p class="hint">A site also covers its subdomains: example.com includes news.example.com.</p>
      <form class="site-form" onSubmit={add}>
        <label for="site-input" class="visually-hidden">
          Site to add
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="hint">No sites yet.</p>
      ) : (
        <ul class="sites" aria-label="Blocked sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => onChange(sites.filter((s) => s !== site))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
