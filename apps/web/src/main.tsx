import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { endSessionOnUnauthorized } from './auth/session';
import { i18nReady } from './i18n';
import { router } from './router';
import { watchStorageFailures } from './storage-status';
import { queryClient } from './trpc';
import './styles.css';
import { z } from 'zod';

// The server's CSP allows no eval. Left alone, zod probes `new Function` on its first parse (to compile
// faster object parsers) and the browser reports the probe as a violation. Nothing parses before this.
// The bundler takes config() for a pure call and drops it when its answer is unused, so it is checked.
if (!z.config({ jitless: true }).jitless) throw new Error('zod would probe eval');

endSessionOnUnauthorized(queryClient);
watchStorageFailures(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Waits only when English was chosen on an earlier visit: its texts load before the first paint.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
