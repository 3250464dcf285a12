/** One console message of a page, content scripts included. */
export interface LoggedMessage {
  type: string;
  text: string;
  /** URL of the script that logged it (the extension's own scripts have its address). */
  url: string;
}

/** What Playwright's and Puppeteer's console messages both offer. */
interface ConsoleMessageLike {
  type(): string;
  text(): string;
  location(): { url?: string };
}

/** A Playwright or Puppeteer page: both emit 'console'. */
interface ConsoleSource {
  on(event: 'console', listener: (message: ConsoleMessageLike) => void): unknown;
}

/** Collects a page's console messages and waits for them. */
export class ConsoleLog {
  readonly messages: LoggedMessage[] = [];
  private waiters: Array<() => void> = [];

  constructor(page: ConsoleSource) {
    page.on('console', (m) => {
      this.messages.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' });
      for (const w of this.waiters) w();
    });
  }

  find(pattern: RegExp): LoggedMessage | undefined {
    return this.messages.find((m) => pattern.test(m.text));
  }

  /** Resolves with the first message matching `pattern`, already logged or yet to come. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<LoggedMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.find(pattern);
        if (!hit) return false;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== onMessage);
        resolve(hit);
        return true;
      };
      const onMessage = () => {
        check();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== onMessage);
        const seen = this.messages.map((m) => `  [${m.type}] ${m.text}`).join('\n') || '  (none)';
        reject(new Error(`No console message matching ${pattern} within ${timeoutMs} ms. Seen:\n${seen}`));
      }, timeoutMs);
      if (!check()) this.waiters.push(onMessage);
    });
  }
}
