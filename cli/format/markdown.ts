// The Markdown table lives in utils/export so the popup's "Copy as Markdown" prints the same.
export { formatMarkdown } from '../../utils/export/markdown';
