// The one inline script of the site, first in the <head> of every English page. English pages sit
// at the URLs published before there was a language choice, so a reader can arrive at one from
// outside without having chosen it. If that reader's stored choice, or else their browser, says
// Chinese, the script sends them to the same page under /zh/ before anything is painted: the
// parser has not reached <body> yet, and the document is hidden in case the browser would paint
// it while the next one loads. It leaves alone:
// - a reader who came from one of our own pages (a same-origin referrer): they followed a link
//   to English, such as the language switch, even before the app had started to store the choice;
// - a reader whose stored choice is English;
// - a page that cannot be sent (no storage, a path outside the base): English is what they get.
// Written as plain ES5 because it runs as it is, untranspiled, before any of the app's code; the
// Content Security Policy allows exactly this text by its hash.
import { PREFERENCES_KEY } from '../../src/preferences/preferences-store';

/** The script's text for a site deployed at `basePath` ("/" or "/talks/"). */
export function languageEntryScript(basePath: string): string {
  const constants = `var base=${JSON.stringify(basePath)},key=${JSON.stringify(PREFERENCES_KEY)};`;
  return `(function(){${constants}try{
if(document.referrer&&new URL(document.referrer).origin===location.origin)return;
var stored=null;try{stored=JSON.parse(localStorage.getItem(key)||"null")}catch(e){}
var chosen=stored&&stored.state&&stored.state.language;
if(chosen!=="zh"&&chosen!=="en"){chosen="en";
var tags=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];
for(var i=0;i<tags.length;i++){var m=/^(zh|en)\\b/i.exec(tags[i]);if(m){chosen=m[1].toLowerCase();break}}}
var path=location.pathname;
if(chosen!=="zh"||path.indexOf(base)!==0)return;
document.documentElement.style.display="none";
location.replace(base+"zh/"+path.slice(base.length)+location.search+location.hash)
}catch(e){document.documentElement.style.display=""}})();`;
}
