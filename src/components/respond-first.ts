/**
 * The parts of the player that only respond-first play (issue 16) shows: the text box, the panel shown while the
 * matcher runs, and what it adds around the options. One chunk, which `Player.svelte` fetches with the matcher once
 * that style is chosen (or resumed), so the ordinary scenario page carries none of it.
 */
export { default as ResponseComposer } from './ResponseComposer.svelte';
export { default as MatchingPanel } from './MatchingPanel.svelte';
export { default as ResponseNotes } from './ResponseNotes.svelte';
