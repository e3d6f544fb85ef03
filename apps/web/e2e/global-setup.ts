import { startServer } from './server';

/** One server and its embedded database for every spec; its address goes to the tests in BASE_URL. */
export default async function globalSetup() {
  const server = await startServer();
  process.env.BASE_URL = server.baseURL;
  return () => server.stop();
}
