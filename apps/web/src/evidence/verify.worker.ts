/// <reference lib="webworker" />
import { Invalid, verifyPack } from './verify-pack';

/** Checks a pack off the page's thread: the file is read here, in the browser, and goes nowhere. */
self.onmessage = async (message: MessageEvent<{ file: File; key: string; policy: string }>) => {
  try {
    const verdict = await verifyPack(message.data.file, message.data.key, {
      policy: message.data.policy,
      progress: (checked, total) => self.postMessage({ kind: 'progress', checked, total }),
    });
    self.postMessage({ kind: 'valid', verdict });
  } catch (error) {
    self.postMessage({ kind: error instanceof Invalid ? 'invalid' : 'unusable', message: (error as Error).message });
  }
};
