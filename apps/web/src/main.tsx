import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { endSessionOnUnauthorized } from './auth/session';
import { i18nReady } from './i18n';
import { router } from './router';
import { queryClient } from './trpc';
import './styles.css';

endSessionOnUnauthorized(queryClient);

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
