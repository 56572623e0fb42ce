/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, set by src/middleware.ts for on-demand routes; null for a guest. */
    user: import('./server/auth/session.ts').SessionUser | null;
  }
}
