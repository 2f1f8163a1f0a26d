/**
 * @module `archivist serve [--port N] [--host H] [--demo]`: the HTTP server (search page, JSON
 * API, metrics) over the configured archive and engine. `npm start` runs it with --demo, which
 * fills an empty archive with the project's sample articles first. SIGINT/SIGTERM shut down
 * gracefully: stop accepting, finish requests in flight, stop the indexer, close the archive.
 */
import { Command, InvalidArgumentError } from 'commander';

interface ServeOptions {
  port?: number;
  host?: string;
  demo?: boolean;
}

export const serveCommand = new Command('serve')
  .description('the HTTP server: search page, JSON API, /metrics')
  .option('--port <n>', 'port to listen on (default: PORT or 3000; 0 = any free port)', parsePort)
  .option('--host <address>', 'address to listen on (default: HOST or 127.0.0.1)')
  .option('--demo', 'when the archive is empty, first ingest the demo pages (demo/pages)')
  .action(async (opts: ServeOptions) => {
    const [{ openContext }, { loadConfig }] = await Promise.all([import('../../app/index.js'), import('../../config.js')]);
    const config = loadConfig();
    // the engine's init runs in the background: /readyz answers while Meilisearch re-indexes
    const ctx = await openContext(
      { ...config, port: opts.port ?? config.port, host: opts.host ?? config.host },
      { initInBackground: true },
    );
    let running;
    try {
      // loaded here, not at the top: the other commands never load express and its kin (see ../context.ts)
      const { startServer } = await import('../../server/start.js');
      running = await startServer(ctx, { port: ctx.config.port, host: ctx.config.host, demo: opts.demo });
    } catch (err) {
      await ctx.close();
      throw err;
    }
    process.stderr.write(`archivist: serving on ${running.url} (engine: ${ctx.engine.name}); Ctrl-C stops\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    ctx.log.info({ signal }, 'shutting down');
    // A second signal while draining means "now".
    const force = () => process.exit(130);
    process.once('SIGINT', force).once('SIGTERM', force);
    await running.close();
    await ctx.close();
  });

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}
