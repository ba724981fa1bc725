// The JSON contract lives in utils/export so the popup's download writes the same shape.
export { formatJson, toJson } from '../../utils/export/json';
