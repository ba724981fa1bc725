import { useState } from 'preact/hooks';

interface Props {
  onCopyMarkdown: () => Promise<void>;
  onDownloadJson: () => void;
}

/** Export: a Markdown sourcing table for the clipboard, the CLI's JSON as a file. */
export function ExportBar({ onCopyMarkdown, onDownloadJson }: Props) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await onCopyMarkdown();
      setMessage('Sourcing table copied as Markdown.');
    } catch {
      setMessage('Could not copy: the browser refused access to the clipboard.');
    }
  };
  return (
    <div class="export">
      <button type="button" onClick={copy}>
        Copy as Markdown
      </button>
      <button
        type="button"
        onClick={() => {
          onDownloadJson();
          setMessage('JSON file downloaded.');
        }}
      >
        Download JSON
      </button>
      <span class="export-message" role="status">
        {message}
      </span>
    </div>
  );
}
