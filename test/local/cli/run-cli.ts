import type { CliIo } from '../../../local/cli/io.js';
import { main } from '../../../local/cli/main.js';

/** Runs the CLI in-process and keeps what it printed. */
export async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The client the CLI tests onboard and plan: a T2 speaker launching on 1 March 2027. */
export const ACME = {
  clientName: 'Acme',
  projectName: 'Pocket speaker',
  contactEmail: 'sam@example.com',
  language: 'en',
  targetAmount: 1_200_000,
  dates: { launch: '2027-03-01', end: '2027-03-31', shipping: '2027-06' },
};
