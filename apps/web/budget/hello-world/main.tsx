import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The baseline of the first-route budget: React 19 rendering one line, and nothing else.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <p>Hej världen</p>
  </StrictMode>,
);
