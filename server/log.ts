/**
 * Structured log lines (JSON, one per line). Never pass personal data: no names, e-mail
 * addresses, message text, client addresses or tokens. Requests are logged by route
 * pattern (`/api/signups/:id`), status and duration only.
 */
export interface Logger {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

export function createLogger(write: ((line: string) => void) | false): Logger {
  const emit = (level: string, message: string, fields?: Record<string, string | number | boolean>) => {
    if (write) write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
