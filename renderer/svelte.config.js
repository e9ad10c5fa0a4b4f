/** Runes everywhere: no legacy reactivity in this app. */
export default {
  compilerOptions: { runes: true },
};
