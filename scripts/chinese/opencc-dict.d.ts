// opencc-js ships its dictionaries as modules without types: each is one string,
// "trad simp|trad simp simp2|…" (an entry per character or phrase, candidates after a space).
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
