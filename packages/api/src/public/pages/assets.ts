import { createHash } from 'node:crypto';
import { CSRF_TOKEN_PATH } from './paths';

// The only stylesheet and the only script of the public site, served from the site itself so that
// the Content-Security-Policy can forbid every inline script and style.

const css = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f9c}a:hover{color:#06284f}
:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:1}
header.site{background:#9e1b1b;color:#fff;padding:12px 16px}
header.site a{color:#fff}
.brand{margin:0;font-weight:bold}
.crumbs{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.crumbs li+li::before{content:"›";margin-right:4px}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid #9e1b1b;padding-bottom:4px;margin-top:2rem}
.lead{color:#3d3d3d}
.meta,.date,.hint,.optional{color:#4a4a4a;font-size:.9rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:8px;margin:0}
.figures div{border:1px solid #d0d0d0;border-radius:4px;padding:8px}
.figures dt{font-size:.9rem;color:#3d3d3d}.figures dd{margin:0;font-size:1.3rem;font-weight:bold}
.standard dt{font-weight:bold;margin-top:.5rem}.standard dd{margin-left:1rem}.standard ul{margin:0;padding-left:1.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:bold}
th,td{border:1px solid #d0d0d0;padding:6px 8px;text-align:left;vertical-align:top}thead th{background:#f2f2f2}
.scroll{overflow-x:auto}
.state-overdue{color:#a30000}.state-completed{color:#1d6b2f}
.item{border-top:1px solid #e0e0e0;padding:.5rem 0}.item h3{margin:.25rem 0}
.feedback{border:1px solid #d0d0d0;border-radius:4px;padding:0 16px 16px;margin-top:2rem}
fieldset{border:0;padding:0;margin:0 0 12px}legend{font-weight:bold}
.ratings{display:flex;flex-wrap:wrap;gap:8px 16px}.ratings label{min-height:44px;display:flex;align-items:center;gap:4px}
textarea{width:100%;font:inherit;padding:8px;border:1px solid #767676;border-radius:4px}
label[for]{display:block;font-weight:bold;margin-top:8px}
button{font:inherit;background:#9e1b1b;color:#fff;border:0;border-radius:4px;padding:10px 20px;min-height:44px;cursor:pointer}
.notice{padding:8px 12px;border-radius:4px}.notice.ok{background:#e6f4ea;color:#14532d}.notice.error{background:#fdecea;color:#8a0000}
.field-error{color:#a30000;margin:4px 0}
footer.site{border-top:1px solid #d0d0d0;padding:16px;color:#4a4a4a;font-size:.9rem;text-align:center}
`;

// Progressive enhancement: fetch this browser's anti-forgery token so the first submission goes
// through in one step. Without it the server asks the citizen to confirm once.
const script = `(function(){
var forms=document.querySelectorAll('form[data-feedback-form]');
if(!forms.length||!window.fetch)return;
fetch(${JSON.stringify(CSRF_TOKEN_PATH)},{credentials:'same-origin',cache:'no-store'})
.then(function(r){return r.ok?r.json():null})
.then(function(body){if(!body||!body.token)return;
forms.forEach(function(form){var input=form.querySelector('input[name=csrf]');if(input&&!input.value)input.value=body.token;});
}).catch(function(){});
})();
`;

export interface StaticAsset {
  body: Buffer;
  contentType: string;
  etag: string;
}

const asset = (text: string, contentType: string): StaticAsset => {
  const body = Buffer.from(text, 'utf8');
  return {
    body,
    contentType,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
};

/** A Map, not an object literal: a request for `__proto__` or `toString` must find nothing. */
export const ASSETS: ReadonlyMap<string, StaticAsset> = new Map([
  ['site.css', asset(css, 'text/css; charset=utf-8')],
  ['feedback.js', asset(script, 'text/javascript; charset=utf-8')],
]);
