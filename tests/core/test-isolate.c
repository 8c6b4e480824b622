/* test-isolate.c: --isolate with the misbehave test plugin: a document
 * that crashes it (SIGSEGV), aborts it, exits, loops forever or hogs
 * memory loses only itself, with an error record naming the plugin and the
 * cause; the good documents around it are written whole and in order; the
 * run ends within the timeout; exit status 1. isolate=true in the config
 * does the same. Without --isolate a crash names the plugin and document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *tmp_dir;

static const struct
{
  const char *name;
  const char *text;
  const char *kind;     /* NULL: a good document */
  const char *detail;   /* member of "error" and its value, as text */
  const char *value;
} docs[] = {
  { "a.txt", "第一篇好文档。", NULL, NULL, NULL },
  { "b.txt", "CRASH 在这里。", "crash", "signal", CT_SEGV_SIGNAL },
  { "c.txt", "第三篇好文档。", NULL, NULL, NULL },
  { "d.txt", "ABORT", "crash", "signal", "SIGABRT" },
  { "e.txt", "LOOP", "timeout", "timeout_seconds", "2" },
  { "f.txt", "第六篇好文档。", NULL, NULL, NULL },
  { "g.txt", "HOG", "memory", "max_memory_mb", "300" },
  { "h.txt", "EXIT", "crash", "exit_status", "3" },
  { "i.txt", "第九篇好文档。", NULL, NULL, NULL },
};

static char *
member_text (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  g_assert_nonnull (n);
  if (json_node_get_value_type (n) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (n));
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (n));
}

static void
check_run (const char *const *argv)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *out = NULL, *err = NULL;
  int rc = ct_run_docsift (argv, NULL, NULL, &out, NULL, &err);
  /* LOOP costs its 2 s timeout; everything else is quick */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 30.0);
  if (rc != 1)
    g_error ("exit status %d, not 1; stderr: %s", rc, err);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_autoptr(GPtrArray) lines = ct_lines (out);
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (docs));
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(JsonNode) root = ct_parse_json (g_ptr_array_index (lines, i));
      JsonObject *rec = json_node_get_object (root);
      g_assert_true (g_str_has_suffix (json_object_get_string_member (rec, "id"), docs[i].name));
      if (docs[i].kind == NULL)
        {
          g_assert_false (json_object_has_member (rec, "error"));
          g_assert_cmpstr (json_object_get_string_member (rec, "text"), ==, docs[i].text);
          JsonObject *layers = json_object_get_object_member (rec, "layers");
          g_assert_true (json_object_has_member (layers, "misbehave"));
          g_assert_true (json_object_has_member (layers, "stats"));
          continue;
        }
      JsonObject *e = json_object_get_object_member (rec, "error");
      g_assert_nonnull (e);
      g_assert_cmpstr (json_object_get_string_member (e, "plugin"), ==, "misbehave");
      g_assert_cmpstr (json_object_get_string_member (e, "kind"), ==, docs[i].kind);
      g_autofree char *value = member_text (e, docs[i].detail);
      g_assert_cmpstr (value, ==, docs[i].value);
      g_assert_nonnull (strstr (err, docs[i].name));
    }
  g_assert_nonnull (strstr (err, "5 of 9 documents failed"));
}

static void
test_isolate (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "docs", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    g_free (ct_write_file (dir, docs[i].name, docs[i].text, -1));

  check_run (ARGV ("--plugin-path", TP_DIR, "-p", "misbehave,stats", "-j", "2", "--isolate", "--timeout=2",
                   "--max-memory=300", dir));
  /* one worker, replaced again and again */
  check_run (ARGV ("--plugin-path", TP_DIR, "-p", "misbehave,stats", "-j", "1", "--timeout=2",
                   "--max-memory=300", dir));
  /* from the config */
  g_autofree char *conf = ct_write_file (tmp_dir, "isolate.conf", "[docsift]\nisolate=true\ntimeout=2\n"
                                                                    "max-memory=300\n", -1);
  check_run (ARGV ("--plugin-path", TP_DIR, "-p", "misbehave,stats", "-c", conf, dir));
}

/* Without --isolate a crash takes the run down, but says where. */
static void
test_in_process_crash (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "crash", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_free (ct_write_file (dir, "a.txt", "第一篇好文档。", -1));
  g_free (ct_write_file (dir, "b.txt", "CRASH", -1));
  g_autofree char *err = NULL;
  int rc = ct_run_docsift (ARGV ("--plugin-path", TP_DIR, "-p", "misbehave", dir), NULL, NULL, NULL, NULL, &err);
  g_assert_cmpint (rc, ==, -1);
#ifndef CT_ASAN /* AddressSanitizer's own handler reports it */
  g_assert_nonnull (strstr (err, "crashed (SIGSEGV) in plugin misbehave on document "));
  g_assert_nonnull (strstr (err, "b.txt; with --isolate"));
#endif
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli/isolate", test_isolate);
  g_test_add_func ("/cli/in-process-crash", test_in_process_crash);
  int rc = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return rc;
}
