/* test-cli-limits.c: --max-doc-bytes (and max-doc-bytes= in the config)
 * refuses a larger file, stdin text or JSON Lines record with a
 * per-document error record; the documents around it are written; a JSON
 * Lines line over 4 times the limit is skipped unread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *tmp_dir;

/* Runs docsift, expects @want_rc, and returns the records. */
static GPtrArray *
run_records (const char *const *argv, GBytes *in, int want_rc)
{
  g_autofree char *out = NULL, *err = NULL;
  int rc = ct_run_docsift (argv, NULL, in, &out, NULL, &err);
  if (rc != want_rc)
    g_error ("exit status %d, not %d; stderr: %s", rc, want_rc, err);
  g_autoptr(GPtrArray) lines = ct_lines (out);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (records, ct_parse_json (g_ptr_array_index (lines, i)));
  return records;
}

static JsonObject *
record (GPtrArray *records, guint i)
{
  return json_node_get_object (g_ptr_array_index (records, i));
}

static void
assert_too_large (JsonObject *rec)
{
  g_assert_true (json_object_has_member (rec, "error"));
  const char *msg = json_object_get_string_member (json_object_get_object_member (rec, "error"), "message");
  if (strstr (msg, "over the limit") == NULL)
    g_error ("message \"%s\" does not say the limit", msg);
}

static void
test_max_doc_bytes (void)
{
  g_autoptr(GString) big = g_string_new (NULL);
  for (guint i = 0; i < 400; i++)
    g_string_append (big, "增长");  /* 2,400 bytes */
  g_autofree char *dir = g_build_filename (tmp_dir, "docs", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_free (ct_write_file (dir, "a.txt", "第一篇。", -1));
  g_free (ct_write_file (dir, "b.txt", big->str, (gssize) big->len));
  g_free (ct_write_file (dir, "c.txt", "第三篇。", -1));

  g_autoptr(GPtrArray) recs = run_records (ARGV ("-p", "stats", "--max-doc-bytes=2K", dir), NULL, 1);
  g_assert_cmpuint (recs->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (record (recs, 0), "text"), ==, "第一篇。");
  assert_too_large (record (recs, 1));
  g_assert_cmpstr (json_object_get_string_member (record (recs, 2), "text"), ==, "第三篇。");

  /* the same from the config file, and --max-doc-bytes=0 lifts it */
  g_autofree char *conf = ct_write_file (tmp_dir, "limit.conf", "[docsift]\nmax-doc-bytes=2K\n", -1);
  g_autoptr(GPtrArray) recs2 = run_records (ARGV ("-p", "stats", "-c", conf, dir), NULL, 1);
  assert_too_large (record (recs2, 1));
  g_autoptr(GPtrArray) recs3 = run_records (ARGV ("-p", "stats", "-c", conf, "--max-doc-bytes=0", dir), NULL, 0);
  g_assert_cmpuint (recs3->len, ==, 3);

  /* stdin text */
  g_autoptr(GBytes) in = g_bytes_new (big->str, big->len);
  g_autoptr(GPtrArray) recs4 = run_records (ARGV ("-p", "stats", "--max-doc-bytes=1000"), in, 1);
  g_assert_cmpuint (recs4->len, ==, 1);
  assert_too_large (record (recs4, 0));

  /* JSON Lines: a text over the limit, and a line over 4 times it */
  g_autoptr(GString) jsonl = g_string_new ("{\"id\":\"ok1\",\"text\":\"好\"}\n");
  g_string_append_printf (jsonl, "{\"id\":\"big\",\"text\":\"%s\"}\n", big->str);
  g_string_append (jsonl, "{\"id\":\"long\",\"text\":\"x\",\"meta\":{\"pad\":\"");
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (jsonl, 'p');
  g_string_append (jsonl, "\"}}\n{\"id\":\"ok2\",\"text\":\"好\"}\n");
  g_autoptr(GBytes) in2 = g_bytes_new (jsonl->str, jsonl->len);
  g_autoptr(GPtrArray) recs5 = run_records (ARGV ("-p", "stats", "--max-doc-bytes=1000"), in2, 1);
  g_assert_cmpuint (recs5->len, ==, 4);
  g_assert_cmpstr (json_object_get_string_member (record (recs5, 0), "id"), ==, "ok1");
  assert_too_large (record (recs5, 1));
  assert_too_large (record (recs5, 2));
  g_assert_cmpstr (json_object_get_string_member (record (recs5, 3), "id"), ==, "ok2");
  g_assert_false (json_object_has_member (record (recs5, 3), "error"));

  /* a bad size is a usage error */
  g_assert_cmpint (ct_run_docsift (ARGV ("--max-doc-bytes=lots", dir), NULL, NULL, NULL, NULL, NULL), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli/max-doc-bytes", test_max_doc_bytes);
  int rc = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return rc;
}
