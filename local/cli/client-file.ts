import { readFile } from 'node:fs/promises';
import { CliError, type CliIo } from './io.js';

/** Reads a client input from a JSON file, or from standard input when the path is `-`. */
export async function readClientFile(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --client ${path}: ${(error as Error).message}`, 2);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`--client ${path} is not JSON: ${(error as Error).message}`, 1, [
      { field: 'client', message: 'not JSON' },
    ]);
  }
}
