/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, set by src/middleware.ts for on-demand routes; null for a guest. */
    user: import('./server/auth/session.ts').SessionUser | null;
    /**
     * Resolves when the response's socket can take more (src/server/http/writable.ts), for a streamed body to wait
     * on; set by the built server (src/cli/serve.ts), absent under `astro dev`.
     */
    whenWritable?: () => Promise<void>;
  }
}
