import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { connect } from './api/client.ts';
import { ClientContext } from './api/context.ts';
import { i18n } from './i18n/index.ts';
import './styles.css';

const client = connect();
document.documentElement.lang = i18n.language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ClientContext.Provider value={client}>
        <App />
      </ClientContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
