/**
 * The extractor CLI (DESIGN.md section 3): one JSON object per file, one per line.
 *   npm run --silent extract -- FILE... [--today YYYY-MM-DD] [--url URL]
 */
import { runExtractCli } from './extract-cli';

process.exitCode = await runExtractCli(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (msg) => process.stderr.write(`${msg}\n`),
);
