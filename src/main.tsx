import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app';
import { PRERENDERED_URL_ATTRIBUTE, rendersPrerenderedUrl } from './prerender/prerendered-url';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// useTransitions={false}: the search box and filter checkboxes are controlled by the URL, so a
// location change must render synchronously; inside a transition React would briefly revert
// the input and a fast typist could lose characters.
const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
      <App />
    </BrowserRouter>
  </StrictMode>
);

if (rendersPrerenderedUrl(container.getAttribute(PRERENDERED_URL_ATTRIBUTE), window.location)) {
  hydrateRoot(container, app);
} else {
  // The dev server's empty #root, or a page prerendered for another URL (404.html, a query):
  // render afresh. React adds its own <title> in front of the page's, so drop the stale one.
  if (container.hasChildNodes()) document.head.querySelector('title')?.remove();
  createRoot(container).render(app);
}
