import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';

const container = document.getElementById('root');
if (container === null) throw new Error('Thiếu phần tử #root trong trang.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
