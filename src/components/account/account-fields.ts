/** One field of the sign-in and sign-up forms, as AccountFields.svelte shows it. */
import type { HTMLInputAttributes } from 'svelte/elements';

export interface AccountFieldSpec extends Omit<HTMLInputAttributes, 'value' | 'type' | 'id'> {
  name: string;
  type: 'text' | 'email' | 'password';
  label: string;
  hint?: string;
}
