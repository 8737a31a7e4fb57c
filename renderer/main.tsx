import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { parseHash } from './app/routes.js';
import { followUpStore } from './data/follow-up-data.js';

// The follow-up screens need every directive; start reading them before React and the screen's code are loaded.
const startRoute = parseHash(location.hash).name;
if (startRoute === 'overview' || startRoute === 'register') followUpStore.warmUp();

const container = document.getElementById('root');
if (container === null) throw new Error('Thiếu phần tử #root trong trang.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
