/** Asks one question on the terminal; loaded only when a command asks one. */
import { createInterface } from 'node:readline';

/** The line typed in answer, or undefined when input ends first (Ctrl-D). */
export function askTerminal(question: string): Promise<string | undefined> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => {
    let answered = false;
    terminal.on('close', () => {
      if (!answered) process.stderr.write('\n');
      resolve(undefined);
    });
    terminal.question(question, (answer) => {
      answered = true;
      resolve(answer);
      terminal.close();
    });
  });
}
