export type XlsxCell = string | number | { date: string } | null | undefined;
export function excelSerial(isoDate: string): number;
export function xlsxBytes(sheets: { name: string; rows: XlsxCell[][] }[]): Promise<Buffer>;
