/**
 * The boundary to an SMS gateway. There is none yet: in development the code is written to the server log, and
 * under test it is captured so the test can read it, as a real phone would. A gateway adapter implements `send`.
 */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/** Development: prints the message so whoever runs the server can read the code. */
export function logSmsSender(write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): SmsSender {
  return { send: async (phone, text) => write(`[SMS → ${phone}] ${text}`) };
}

/** Tests: keeps every message in `outbox`. */
export function capturingSmsSender(): SmsSender & { outbox: { phone: string; text: string }[] } {
  const outbox: { phone: string; text: string }[] = [];
  return { outbox, send: async (phone, text) => { outbox.push({ phone, text }); } };
}

// One sender per app instance (keyed by its deps bag), so parallel test apps never read each other's codes.
const senders = new WeakMap<object, SmsSender>();

/** The sender for this app: capturing under vitest, logging otherwise. */
export function smsSenderFor(deps: object): SmsSender {
  let s = senders.get(deps);
  if (!s) {
    s = process.env.VITEST ? capturingSmsSender() : logSmsSender();
    senders.set(deps, s);
  }
  return s;
}
