// @ts-check
import { cspHash } from './csp-hash.mjs';

/**
 * An inline script at the top of a notice page's <body>. A clause opened from a link (#fj1-2-4) shows a box above its
 * text (您打开的条款, ClauseText.astro) through :target, which Chromium applies only some time after it has painted the
 * page and scrolled to the clause; on a slow phone the box then pushed the clause's text down (CLS 0.064 at 360 px with
 * the CPU 6× slower). This script gives the box of the link's clause a rule of its own (a constructed stylesheet: CSSOM,
 * which the page's Content-Security-Policy allows), in place before the clause is parsed, so that the clause is never
 * painted without it. The rule goes as soon as :target holds the same clause (checked once a frame), or at the first
 * tap on a # link or change of the address's # before that: a rule left until the next hashchange kept the old box in
 * place while the browser scrolled to the next clause, whose box then landed above the screen's top. Browsers without
 * constructed stylesheets (Safari before 16.4) show the box as before. Only a fragment that can be a CSS id is used;
 * without one nothing happens.
 */
export const TARGET_BOX =
  "(function(){var h=location.hash;if(!/^#[A-Za-z][\\w-]{0,79}$/.test(h)||!('adoptedStyleSheets' in document))return;" +
  "try{var s=new CSSStyleSheet(),done=false,frames=0;s.replaceSync(h+'>.clause-where,.clause-heading>'+h+'~.clause-where{display:block}');" +
  "document.adoptedStyleSheets=document.adoptedStyleSheets.concat(s);" +
  "var drop=function(){if(!done){done=true;s.replaceSync('')}};" +
  "addEventListener('hashchange',drop);" +
  "document.addEventListener('click',function(e){var a=e.target instanceof Element?e.target.closest('a[href^=\"#\"]'):null;if(a)drop()},true);" +
  "var poll=function(){if(done)return;var t=document.getElementById(h.slice(1));" +
  "if(t&&t.matches(':target'))drop();else if(++frames<600&&(t||document.readyState!=='complete'))requestAnimationFrame(poll)};" +
  "requestAnimationFrame(poll)}catch(e){}})();";

/** Its hash for the Content-Security-Policy's script-src. */
export const TARGET_BOX_HASH = cspHash(TARGET_BOX);
