/**
 * The server's log: one line per event, `time level event key=value…`, on stderr for warnings
 * and stdout otherwise. Tests pass their own sink to read what was logged.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface LogLine {
  level: 'info' | 'warn';
  event: string;
  fields: LogFields;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
}

export function formatLine({ level, event, fields }: LogLine): string {
  const pairs = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : v}`);
  return [new Date().toISOString(), level, event, ...pairs].join(' ');
}

export function createLogger(sink: (line: LogLine) => void = printLine): Logger {
  return {
    info: (event, fields = {}) => sink({ level: 'info', event, fields }),
    warn: (event, fields = {}) => sink({ level: 'warn', event, fields }),
  };
}

function printLine(line: LogLine): void {
  (line.level === 'warn' ? process.stderr : process.stdout).write(`${formatLine(line)}\n`);
}
