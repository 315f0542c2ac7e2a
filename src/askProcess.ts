/** Asks one question on the terminal; loaded only when a command asks one. */
import { createInterface } from 'node:readline';

/** The line typed in answer; an empty one when input ends first (Ctrl-D), which answers no. */
export function askTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => {
    let answered = false;
    terminal.on('close', () => {
      if (!answered) process.stderr.write('\n');
      resolve('');
    });
    terminal.question(question, (answer) => {
      answered = true;
      resolve(answer);
      terminal.close();
    });
  });
}
