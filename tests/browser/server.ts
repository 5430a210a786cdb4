import { afterAll, beforeAll } from 'vitest';
import { startServer, type PageServer } from '../../scripts/lib/page-server';

export { startServer, type PageServer };

/** A page server for the whole test file: started before its tests, closed after. */
export function useServer(): PageServer {
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const live = () => {
    if (!server) throw new Error('The page server is not started yet (use it inside a test or hook)');
    return server;
  };
  return {
    get origin() {
      return live().origin;
    },
    url: (path) => live().url(path),
    setPage: (path, html) => live().setPage(path, html),
    close: () => live().close(),
  };
}
