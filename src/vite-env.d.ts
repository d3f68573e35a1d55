/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base of the Privacy API; `/api/v1` by default. */
  readonly VITE_API_BASE_URL?: string;
  /** `true` in the demo build and `npm start`: the console runs on the embedded mock API. */
  readonly VITE_MOCK?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
