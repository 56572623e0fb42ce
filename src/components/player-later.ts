/**
 * The parts of the player that no first choice needs: the feedback after a choice (with its evidence list), the
 * reflection at the end (with the key moments it names), and stepping out.
 * One chunk, which `Player.svelte` starts loading as soon as play begins, so it is there by the time it is shown
 * and the first options never wait for it.
 */
export { default as Feedback } from './Feedback.svelte';
export { default as Reflection } from './Reflection.svelte';
export { default as StepOut } from './StepOut.svelte';
