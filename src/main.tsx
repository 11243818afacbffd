import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { startLoadingDataset } from './app/query-client';
import { ErrorBoundary } from './shared/ui/error-boundary';

// The data (preloaded by index.html) is read and validated while React renders the page around it, not after.
startLoadingDataset();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
