/* report-page: the page skeleton. One file, nothing fetched: inline CSS,
 * inline SVG, one short script (sorting tables by a column), and a
 * Content-Security-Policy that allows only that script (by its hash) and
 * no network at all, so even a mistake in escaping could not run code.
 *
 * Each layer has a colour and a border style (solid, dashed, double,
 * dotted) and every mark is followed by a text label (N1, D2, S3, F4), so
 * the page reads in grey-scale print and without colour vision.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "report.h"

#include <string.h>

static const char css[] =
  ":root{--ink:#1b1b1b;--muted:#5a5a5a;--line:#d0d0d0}\n"
  "body{font:15px/1.6 system-ui,\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif;color:var(--ink);margin:0 auto;max-width:1100px;padding:0 1.2em 3em}\n"
  "h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.3em;border-bottom:2px solid var(--line);padding-bottom:.2em;margin-top:2em}\n"
  "h3{font-size:1.05em;margin:1.4em 0 .4em}h4{margin:.6em 0 .2em}\n"
  ".r-sub,.r-note,.r-src,.r-small{color:var(--muted)}\n"
  ".r-stats{display:flex;flex-wrap:wrap;gap:.4em 2em;margin:0}.r-stats div{min-width:8em}\n"
  ".r-stats dt,.r-meta dt{font-size:.8em;color:var(--muted)}.r-stats dd,.r-meta dd{margin:0}\n"
  ".r-stats dd{font-size:1.2em;font-weight:600}.r-stats dd.r-list{font-size:1em;font-weight:400}\n"
  ".r-meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;margin:.4em 0}.r-meta div{display:contents}\n"
  ".r-caps{background:#fff7d6;border:1px solid #e0c860;padding:.4em 1.6em}\n"
  ".r-error{background:#fde8e8;border-left:4px solid #b00020;padding:.3em .6em}.r-failed{color:#b00020}\n"
  ".r-chart{display:block;max-width:100%;height:auto;margin:.4em 0}\n"
  ".r-chart text{font-size:12px;fill:var(--ink)}.r-chart .r-small{fill:var(--muted);font-size:11px}.r-chart .r-val{font-weight:600}\n"
  ".r-grid{stroke:var(--line)}.r-pub{fill:#000}\n"
  ".r-bar.slogans{fill:#009e73}.r-bar.timeline{fill:#d55e00;fill-opacity:.4;stroke:#d55e00;stroke-width:.5}\n"
  "table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid var(--line);padding:.15em .5em;text-align:left;vertical-align:top}\n"
  "th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}th button::after{content:\" \\2195\";color:var(--muted)}\n"
  ".r-scroll{overflow-x:auto}.r-docs td:nth-child(3),.r-docs th{white-space:nowrap}\n"
  ".r-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2;border:1px solid var(--line);padding:.6em .9em;background:#fcfcfc}\n"
  "mark{color:inherit;background:#eee;border-bottom:2px solid #555;padding:0 1px}\n"
  "mark mark{padding:0}\n"
  "mark.numbers{background:#cfe8ff;border-bottom:2px solid #0072b2}\n"
  "mark.timeline{background:#ffe3b3;border-bottom:2px dashed #d55e00}\n"
  "mark.slogans{background:#cdf0df;border-bottom:3px double #00785a}\n"
  "mark.facts{background:#f0dcf0;border-bottom:2px dotted #a0407a}\n"
  ".r-ref{font-size:.68em;vertical-align:super;line-height:0;text-decoration:none;color:#444;padding:0 1px;font-weight:600}\n"
  ".r-ref.numbers{color:#005a8c}.r-ref.timeline{color:#a04400}.r-ref.slogans{color:#00664c}.r-ref.facts{color:#8a2f68}\n"
  ".r-lab{font-size:.85em}\n"
  ".r-notes summary{cursor:pointer;color:var(--muted)}.r-notes ul{padding-left:1.2em;font-size:.9em}\n"
  ".r-cut{font-style:italic;color:#8a5a00}\n"
  ".r-num{display:inline-block;min-width:1.6em;color:var(--muted)}\n"
  ".r-counts{font-size:.85em;color:var(--muted);margin:.2em 0}\n"
  ":target{outline:2px solid #0072b2}\n"
  "@media print{.r-notes[open] summary,.r-top{display:none}.r-doc{break-before:page}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* Sorts a table by the column whose head was clicked (numbers as numbers). */
static const char script[] =
  "document.querySelectorAll('table.r-sortable').forEach(function(t){t.querySelectorAll('th button').forEach(function(b,i){"
  "b.addEventListener('click',function(){var d=b.dataset.dir=b.dataset.dir==='1'?'-1':'1',rows=Array.from(t.tBodies[0].rows);"
  "rows.sort(function(x,y){var p=x.cells[i].textContent,q=y.cells[i].textContent,m=parseFloat(p),n=parseFloat(q);"
  "return d*(isNaN(m)||isNaN(n)?p.localeCompare(q):m-n);});rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});});";

static char *
script_hash (void)
{
  g_autoptr (GChecksum) c = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (c, (const guchar *) script, strlen (script));
  guint8 digest[32];
  gsize len = sizeof digest;
  g_checksum_get_digest (c, digest, &len);
  return g_base64_encode (digest, len);
}

void
report_write_page (Report *r, GString *out)
{
  const char *title = r->opt->title ? r->opt->title : "docsift report";
  g_autofree char *hash = script_hash ();
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-%s'\">\n", hash);
  g_string_append_printf (out, "<meta name=\"generator\" content=\"docsift-report %s\">\n<title>", DS_VERSION);
  report_escape (out, title, -1);
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
  report_escape (out, title, -1);
  g_string_append_printf (out, "</h1>\n<p class=\"r-sub\">%" G_GINT64_FORMAT " documents; made by docsift-report %s from docsift output.</p>\n"
                               "</header>\n<main>\n", r->documents, DS_VERSION);
  report_write_overview (r, out);
  g_string_append_len (out, r->sections->str, r->sections->len);
  g_string_append_printf (out, "</main>\n<script>%s</script>\n</body>\n</html>\n", script);
}
