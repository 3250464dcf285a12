import { runExtractCli } from '../../../scripts/extract-cli';

/**
 * Runs the extractor CLI (scripts/extract-cli.ts) on `argv` and collects what it prints: its exit code,
 * each line of its output parsed as JSON, and its error lines.
 */
export async function runExtract(argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runExtractCli(
    argv,
    (l) => lines.push(l),
    (e) => errors.push(e),
  );
  return { code, lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>), errors };
}
