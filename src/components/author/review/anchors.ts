/** The id of a line of a file on the review page, so the checker's report and the comments can link to it. */
export const lineId = (file: string, line: number) => `line-${file.replace(/[^A-Za-z0-9]+/g, '-')}-${line}`;
export const fileId = (file: string) => `file-${file.replace(/[^A-Za-z0-9]+/g, '-')}`;
