/* test-cli.c: the built docsift binary ($DOCSIFT_BIN) on the seeds in
 * examples/ and on generated inputs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

static char *tmp_dir;

static char *
examples_dir (void)
{
  return g_build_filename (ct_source_dir (), "examples", NULL);
}

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The sorted files of examples/. */
static GPtrArray *
example_files (void)
{
  g_autofree char *dir = examples_dir ();
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  const char *name;
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  return files;
}

static JsonObject *
layer_of (JsonObject *rec, const char *name)
{
  JsonObject *layers = json_object_get_object_member (rec, "layers");
  g_assert_nonnull (layers);
  return json_object_has_member (layers, name) ? json_object_get_object_member (layers, name) : NULL;
}

static char *
node_to_string (JsonNode *node)
{
  GString *s = g_string_new (NULL);
  ds_json_append_node (s, node, FALSE, 0);
  return g_string_free (s, FALSE);
}

static void
test_stats_examples (void)
{
  g_autofree char *dir = examples_dir ();
  g_autoptr(GPtrArray) files = example_files ();
  g_assert_cmpuint (files->len, >=, 2);

  g_autofree char *out1 = NULL, *err1 = NULL, *out4 = NULL, *err4 = NULL;
  int rc1 = ct_run_docsift (ARGV ("-p", "stats", "-j", "1", dir), NULL, NULL, &out1, NULL, &err1);
  g_assert_cmpint (rc1, ==, 0);
  int rc4 = ct_run_docsift (ARGV ("-p", "stats", "-j", "4", dir), NULL, NULL, &out4, NULL, &err4);
  g_assert_cmpint (rc4, ==, 0);
  g_assert_cmpstr (out1, ==, out4);

  g_autoptr(GPtrArray) lines = ct_lines (out1);
  g_assert_cmpuint (lines->len, ==, files->len);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(JsonNode) root = ct_parse_json (g_ptr_array_index (lines, i));
      JsonObject *rec = json_node_get_object (root);
      g_assert_cmpstr (json_object_get_string_member (rec, "format"), ==, "docsift");
      g_assert_cmpstr (json_object_get_string_member (rec, "offsets"), ==, "codepoint");
      g_assert_false (json_object_has_member (rec, "error"));
      /* input order: the sorted file names */
      const char *source = json_object_get_string_member (rec, "source");
      g_autofree char *want_base = g_path_get_basename (g_ptr_array_index (files, i));
      g_autofree char *base = g_path_get_basename (source);
      g_assert_cmpstr (base, ==, want_base);
      /* the text is the file's */
      g_autofree char *content = NULL;
      g_assert_true (g_file_get_contents (g_ptr_array_index (files, i), &content, NULL, NULL));
      const char *text = json_object_get_string_member (rec, "text");
      const char *body = g_str_has_prefix (content, "\xEF\xBB\xBF") ? content + 3 : content;
      g_assert_cmpstr (text, ==, body);
      /* stats counted code points */
      JsonObject *stats = layer_of (rec, "stats");
      g_assert_nonnull (stats);
      g_assert_cmpstr (json_object_get_string_member (stats, "plugin"), ==, "stats");
      g_assert_cmpint (json_object_get_int_member (stats, "characters"), ==, g_utf8_strlen (text, -1));
      g_assert_cmpint (json_object_get_int_member (rec, "length"), ==, g_utf8_strlen (text, -1));
      g_assert_cmpint (json_object_get_int_member (stats, "sentences"), >, 0);
    }
}

static void
test_order_many (void)
{
  /* many documents of very different sizes: workers finish out of order,
   * output must not */
  g_autofree char *dir = g_build_filename (tmp_dir, "many", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint reps = (i % 7 == 0) ? 3000 : 1 + i % 5;
      for (guint r = 0; r < reps; r++)
        g_string_append_printf (s, "第%u篇文档，第%u句。", i, r);
      g_autofree char *name = g_strdup_printf ("doc-%02u.txt", i);
      g_free (ct_write_file (dir, name, s->str, (gssize) s->len));
    }
  g_autofree char *out1 = NULL, *out4 = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "-j", "1", dir), NULL, NULL, &out1, NULL, NULL), ==, 0);
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "-j", "4", dir), NULL, NULL, &out4, NULL, NULL), ==, 0);
  g_assert_cmpstr (out1, ==, out4);
  g_autoptr(GPtrArray) lines = ct_lines (out4);
  g_assert_cmpuint (lines->len, ==, 60);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(JsonNode) root = ct_parse_json (g_ptr_array_index (lines, i));
      g_autofree char *want = g_strdup_printf ("doc-%02u.txt", i);
      g_assert_true (g_str_has_suffix (json_object_get_string_member (json_node_get_object (root), "id"), want));
    }
}

static void
test_exit_codes (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "mixed", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_autofree char *a = ct_write_file (dir, "a.txt", "第一篇。", -1);
  g_autofree char *b = ct_write_file (dir, "b.txt", "\xE5\xA5\xBD\xFF\xE5\xA5\xBD", 7);
  g_autofree char *c = ct_write_file (dir, "c.txt", "第三篇。", -1);

  g_autofree char *out = NULL, *err = NULL;
  int rc = ct_run_docsift (ARGV ("-p", "stats", "-j", "2", dir), NULL, NULL, &out, NULL, &err);
  g_assert_cmpint (rc, ==, 1);
  g_autoptr(GPtrArray) lines = ct_lines (out);
  g_assert_cmpuint (lines->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(JsonNode) root = ct_parse_json (g_ptr_array_index (lines, i));
      JsonObject *rec = json_node_get_object (root);
      if (i == 1)
        {
          g_assert_true (g_str_has_suffix (json_object_get_string_member (rec, "source"), "b.txt"));
          JsonObject *e = json_object_get_object_member (rec, "error");
          g_assert_nonnull (e);
          g_assert_nonnull (strstr (json_object_get_string_member (e, "message"), "byte offset 3"));
          g_assert_true (json_object_has_member (e, "code"));
          g_assert_true (json_object_has_member (e, "plugin"));
        }
      else
        {
          g_assert_false (json_object_has_member (rec, "error"));
          g_assert_nonnull (layer_of (rec, "stats"));
        }
    }
  g_assert_nonnull (strstr (err, b));

  /* --lossy: the same file is fine, with its replaced byte counted */
  g_clear_pointer (&out, g_free);
  rc = ct_run_docsift (ARGV ("-p", "stats", "--lossy", b), NULL, NULL, &out, NULL, NULL);
  g_assert_cmpint (rc, ==, 0);
  {
    g_autoptr(JsonNode) root = ct_parse_json (out);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "replaced_bytes"), ==, 1);
  }

  /* --fail-fast stops reading after the failure. (The CLI batches input,
   * 256 KiB or 256 documents at a time; documents in the failing batch or
   * already in flight are still written, so the files after the failure are
   * made big enough to span many batches.) */
  {
    g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
    g_ptr_array_add (args, g_strdup ("-p"));
    g_ptr_array_add (args, g_strdup ("stats"));
    g_ptr_array_add (args, g_strdup ("-j"));
    g_ptr_array_add (args, g_strdup ("1"));
    g_ptr_array_add (args, g_strdup ("--fail-fast"));
    g_ptr_array_add (args, g_strdup (a));
    g_ptr_array_add (args, g_strdup (b));
    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *name = g_strdup_printf ("after-%02u.txt", i);
        g_autoptr(GString) big = g_string_new (NULL);
        while (big->len < 100 * 1024)
          g_string_append (big, "后面的文档。");
        g_ptr_array_add (args, ct_write_file (tmp_dir, name, big->str, (gssize) big->len));
      }
    g_ptr_array_add (args, NULL);
    g_clear_pointer (&out, g_free);
    rc = ct_run_docsift ((const char *const *) args->pdata, NULL, NULL, &out, NULL, NULL);
    g_assert_cmpint (rc, ==, 1);
    g_autoptr(GPtrArray) ff = ct_lines (out);
    g_assert_cmpuint (ff->len, >=, 2);
    g_assert_cmpuint (ff->len, <, 42);
    g_assert_nonnull (strstr (g_ptr_array_index (ff, 1), "\"error\""));
  }

  struct
  {
    const char *const *argv;
    int want;
  } cases[] = {
    { ARGV ("-p", "stats", a), 0 },
    { ARGV ("-p", "stats", "-o", "nodot", a), 2 },
    { ARGV ("-p", "stats", "-o", "stats.sentences", a), 2 },
    { ARGV ("-p", "stats", "-o", "stats.colour=red", a), 2 },
    { ARGV ("-p", "stats", "-o", "nosuch.key=1", a), 2 },
    { ARGV ("-p", "stats", "--no-such-option", a), 2 },
    { ARGV ("-p", "stats", "-j", "0", a), 2 },
    { ARGV ("-p", "stats", "--maps", "sometimes", a), 2 },
    { ARGV ("-p", "stats", "--pretty", "--compact", a), 2 },
    { ARGV ("-p", "nosuch", a), 3 },
    { ARGV ("-p", "stats", "-o", "stats.sentences=maybe", a), 3 },
    { ARGV ("-p", "stats", "--config", "/nonexistent/docsift.conf", a), 3 },
    { ARGV ("inspect", "nosuch"), 3 },
    { ARGV ("-p", "stats", "/nonexistent/file.txt"), 1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *o = NULL, *e = NULL;
      int r = ct_run_docsift (cases[i].argv, NULL, NULL, &o, NULL, &e);
      if (r != cases[i].want)
        {
          g_autofree char *cmd = g_strjoinv (" ", (char **) cases[i].argv);
          g_error ("docsift %s: exit %d, expected %d; stderr: %s", cmd, r, cases[i].want, e);
        }
      if (r >= 2)
        {
          g_assert_cmpstr (o, ==, "");   /* nothing half-written */
          g_assert_cmpstr (e, !=, "");   /* and a reason */
        }
    }
}

static void
test_plugins_and_inspect_json (void)
{
  g_autofree char *pdir = g_build_filename (tmp_dir, "plugins-json", NULL);
  g_assert_cmpint (g_mkdir (pdir, 0700), ==, 0);
  g_autofree char *refused = ct_copy_test_plugin ("abi_major", pdir);
  g_free (ct_copy_test_plugin ("good", pdir));

  g_autofree char *out = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins", "--json", "--plugin-path", pdir), NULL, NULL, &out, NULL, NULL),
                   ==, 0);
  g_autoptr(JsonNode) root = ct_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  JsonArray *list = json_node_get_array (root);
  gboolean saw_good = FALSE, saw_refused = FALSE, saw_stats = FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *p = json_array_get_object_element (list, i);
      const char *name = json_object_get_string_member (p, "name");
      const char *status = json_object_get_string_member (p, "status");
      if (g_str_equal (name, "good"))
        {
          saw_good = TRUE;
          g_assert_cmpstr (status, ==, "ok");
          g_assert_cmpstr (json_object_get_string_member (p, "version"), ==, "0.0.1");
        }
      if (g_str_equal (name, "abi_major"))
        {
          saw_refused = TRUE;
          g_assert_cmpstr (status, ==, "refused");
          g_assert_cmpstr (json_object_get_string_member (p, "file"), ==, refused);
          g_assert_nonnull (strstr (json_object_get_string_member (p, "error"), refused));
        }
      if (g_str_equal (name, "stats") && g_str_equal (status, "ok"))
        saw_stats = TRUE;
    }
  g_assert_true (saw_good);
  g_assert_true (saw_refused);
  g_assert_true (saw_stats);

  /* plain listing shows the refusal too */
  g_autofree char *plain = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("plugins", "--plugin-path", pdir), NULL, NULL, &plain, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (plain, "REFUSED"));
  g_assert_nonnull (strstr (plain, refused));

  g_autofree char *insp = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "stats", "--json"), NULL, NULL, &insp, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) iroot = ct_parse_json (insp);
  JsonObject *o = json_node_get_object (iroot);
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, "stats");
  g_assert_cmpstr (json_object_get_string_member (o, "status"), ==, "ok");
  JsonArray *provides = json_object_get_array_member (o, "provides");
  g_assert_cmpstr (json_array_get_string_element (provides, 0), ==, "stats");
  JsonArray *options = json_object_get_array_member (o, "options");
  g_assert_cmpuint (json_array_get_length (options), >=, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (options, 0), "key"), ==,
                   "sentences");
  g_autofree char *itext = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "stats"), NULL, NULL, &itext, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (itext, "sentences"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "data_files")), ==, 0);

  g_assert_nonnull (strstr (itext, "\nData files (config folders: "));
}

/* inspect lists the data files a plugin declares (ABI 1.1), found or not,
 * and none for a plugin built for 1.0 whatever its padding holds */
static void
test_inspect_data_files (void)
{
  g_autofree char *pdir = g_build_filename (tmp_dir, "plugins-data", NULL);
  g_assert_cmpint (g_mkdir (pdir, 0700), ==, 0);
  g_free (ct_copy_test_plugin ("good", pdir));
  g_free (ct_copy_test_plugin ("old_minor", pdir));

  g_autofree char *out = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "good", "--json", "--plugin-path", pdir), NULL, NULL, &out, NULL,
                                   NULL), ==, 0);
  g_autoptr(JsonNode) root = ct_parse_json (out);
  JsonArray *files = json_object_get_array_member (json_node_get_object (root), "data_files");
  g_assert_cmpuint (json_array_get_length (files), ==, 2);
  JsonObject *units = json_array_get_object_element (files, 0);
  g_assert_cmpstr (json_object_get_string_member (units, "name"), ==, "units.tsv");
  g_autofree char *want = g_build_filename (g_getenv ("DOCSIFT_DATA_DIR"), "units.tsv", NULL);
  g_assert_cmpstr (json_object_get_string_member (units, "path"), ==, want);
  JsonObject *missing = json_array_get_object_element (files, 1);
  g_assert_cmpstr (json_object_get_string_member (missing, "name"), ==, "no-such-file.tsv");
  g_assert_true (json_object_get_null_member (missing, "path"));

  g_autofree char *text = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "good", "--plugin-path", pdir), NULL, NULL, &text, NULL, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (text, want));
  g_assert_nonnull (strstr (text, "no-such-file.tsv"));
  g_assert_nonnull (strstr (text, "(not found)"));

  g_autofree char *old = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("inspect", "old_minor", "--json", "--plugin-path", pdir), NULL, NULL, &old,
                                   NULL, NULL), ==, 0);
  g_autoptr(JsonNode) oroot = ct_parse_json (old);
  JsonObject *o = json_node_get_object (oroot);
  g_assert_cmpstr (json_object_get_string_member (o, "abi"), ==, "1.0");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "data_files")), ==, 0);
}

static void
test_jsonl_roundtrip (void)
{
  g_autofree char *pdir = g_build_filename (tmp_dir, "chain-plugins", NULL);
  g_assert_cmpint (g_mkdir (pdir, 0700), ==, 0);
  g_free (ct_copy_test_plugin ("ord_a", pdir));
  g_free (ct_copy_test_plugin ("ord_b", pdir));
  g_autofree char *a = ct_write_file (tmp_dir, "chain.txt", "\xF0\xA0\x80\x80" "甲乙e\xCC\x81。\n第二段。", -1);

  /* stats, then a plugin of a build that has no stats plugin */
  g_autofree char *first = NULL, *second = NULL, *err = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", a), NULL, NULL, &first, NULL, NULL), ==, 0);
  g_autoptr(GBytes) in = g_bytes_new (first, strlen (first));
  const char *const only_tests[] = { "DOCSIFT_PLUGIN_PATH=", NULL };
  int rc = ct_run_docsift (ARGV ("-p", "ord_a", "--plugin-path", pdir, "-"), only_tests, in, &second, NULL, &err);
  if (rc != 0)
    g_error ("second docsift: exit %d: %s", rc, err);
  g_autoptr(JsonNode) r1 = ct_parse_json (first);
  g_autoptr(JsonNode) r2 = ct_parse_json (second);
  JsonObject *o1 = json_node_get_object (r1), *o2 = json_node_get_object (r2);
  g_assert_cmpstr (json_object_get_string_member (o2, "id"), ==, json_object_get_string_member (o1, "id"));
  g_assert_cmpstr (json_object_get_string_member (o2, "text"), ==, json_object_get_string_member (o1, "text"));
  /* the stats layer, unknown to the second run, is kept as it was */
  g_autofree char *s1 = node_to_string (json_object_get_member (json_object_get_object_member (o1, "layers"), "stats"));
  JsonObject *layers2 = json_object_get_object_member (o2, "layers");
  g_assert_true (json_object_has_member (layers2, "stats"));
  g_autofree char *s2 = node_to_string (json_object_get_member (layers2, "stats"));
  g_assert_cmpstr (s2, ==, s1);
  g_assert_true (json_object_has_member (layers2, "a"));

  /* piping equals running both at once */
  g_autofree char *step1 = NULL, *step2 = NULL, *direct = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "ord_a", "--plugin-path", pdir, a), NULL, NULL, &step1, NULL, NULL), ==, 0);
  g_autoptr(GBytes) in1 = g_bytes_new (step1, strlen (step1));
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "ord_b", "--plugin-path", pdir), NULL, in1, &step2, NULL, NULL), ==, 0);
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "ord_a,ord_b", "--plugin-path", pdir, a), NULL, NULL, &direct, NULL, NULL),
                   ==, 0);
  g_assert_cmpstr (step2, ==, direct);
  g_assert_nonnull (strstr (direct, "\"trace\":\"ord_a,ord_b\""));

  /* plain {"id","text","meta"} records on stdin */
  g_autofree char *plain_out = NULL;
  g_autoptr(GBytes) plain = g_bytes_new_static ("{\"id\":\"r1\",\"text\":\"一句。\",\"meta\":{\"url\":\"u\"}}\n\n"
                                                "{\"id\":\"r2\",\"text\":\"两句。两句。\"}\n", 91);
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "-"), NULL, plain, &plain_out, NULL, NULL), ==, 0);
  g_autoptr(GPtrArray) lines = ct_lines (plain_out);
  g_assert_cmpuint (lines->len, ==, 2);
  g_autoptr(JsonNode) p2 = ct_parse_json (g_ptr_array_index (lines, 1));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (p2), "id"), ==, "r2");
  g_assert_cmpint (json_object_get_int_member (layer_of (json_node_get_object (p2), "stats"), "sentences"), ==, 2);
}

static void
test_no_text_reread (void)
{
  g_autofree char *a = ct_write_file (tmp_dir, "nt.txt", "无文本。", -1);
  g_autofree char *first = NULL, *second = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "--no-text", a), NULL, NULL, &first, NULL, NULL), ==, 0);
  g_assert_null (strstr (first, "\"text\""));
  g_autoptr(GBytes) in = g_bytes_new (first, strlen (first));
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "-"), NULL, in, &second, NULL, NULL), ==, 1);
  g_autoptr(JsonNode) root = ct_parse_json (second);
  JsonObject *e = json_object_get_object_member (json_node_get_object (root), "error");
  g_assert_nonnull (strstr (json_object_get_string_member (e, "message"), "--no-text"));
  /* and --help says so */
  g_autofree char *help = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("--help"), NULL, NULL, &help, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (help, "--no-text"));
}

static void
test_closed_stdout (void)
{
  /* The read end of docsift's stdout is closed before it has any input to
   * write: every write (or the final flush) fails with EPIPE. */
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = g_subprocess_launcher_spawn (launcher, &error, ct_docsift_bin (), "-p", "stats",
                                                             "-", NULL);
  g_assert_no_error (error);
  g_assert_true (g_input_stream_close (g_subprocess_get_stdout_pipe (proc), NULL, &error));
  g_assert_no_error (error);

  g_autoptr(GString) input = g_string_new (NULL);
  for (guint i = 0; i < 20000; i++)
    g_string_append (input, "管道已经关闭。");
  GOutputStream *to = g_subprocess_get_stdin_pipe (proc);
  g_output_stream_write_all (to, input->str, input->len, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (to, NULL, &error);
  g_assert_no_error (error);

  g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_output_stream_splice (mem, g_subprocess_get_stderr_pipe (proc),
                          G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait (proc, NULL, &error);
  g_assert_no_error (error);
  g_autoptr(GBytes) err = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (mem));
  g_assert_true (g_subprocess_get_if_exited (proc)); /* not killed by SIGPIPE or a crash */
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 4);
  gsize n;
  const char *e = g_bytes_get_data (err, &n);
  g_autofree char *msg = g_strndup (e ? e : "", n);
  /* a closed pipe is the reader having had enough: no message (issue 18) */
  g_assert_cmpstr (msg, ==, "");
}

static void
test_utf8_messages_c_locale (void)
{
  const char *const c_locale[] = { "LC_ALL=C", "LANG=C", NULL };
  g_autofree char *bad = ct_write_file (tmp_dir, "坏文件.txt", "\xE5\xA5\xBD\xFF\xE5\xA5\xBD", 7);
  g_autofree char *out = NULL, *err = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", bad), c_locale, NULL, &out, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "坏文件.txt"));
  g_assert_null (strstr (err, "??"));
  g_assert_nonnull (strstr (out, "坏文件.txt"));

  /* and the output text itself under LC_ALL=C */
  g_autofree char *good = ct_write_file (tmp_dir, "好.txt", "中文𠀀。", -1);
  g_autofree char *out3 = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", good), c_locale, NULL, &out3, NULL, NULL), ==, 0);
  g_assert_nonnull (strstr (out3, "\"text\":\"中文𠀀。\""));
}

/* A UTF-8 option value (-p 插件) under LC_ALL=C: GOption converts
 * G_OPTION_ARG_STRING values from the locale's charset, which fails for
 * non-ASCII in the C locale ("Invalid byte sequence in conversion input",
 * exit 2). Marked incomplete until core/main.c takes option values as bytes. */
static void
test_utf8_option_c_locale (void)
{
  const char *const c_locale[] = { "LC_ALL=C", "LANG=C", NULL };
  g_autofree char *out = NULL, *err = NULL;
  int rc = ct_run_docsift (ARGV ("-p", "插件"), c_locale, NULL, &out, NULL, &err);
  g_assert_null (strstr (err, "??"));
  if (rc == 2 && strstr (err, "conversion"))
    {
      g_test_incomplete ("core/main.c: -p/-o values are converted from the C locale's charset and refused");
      return;
    }
  g_assert_cmpint (rc, ==, 3);
  g_assert_nonnull (strstr (err, "插件"));
}

static void
test_formats_and_encodings (void)
{
  g_autofree char *a = ct_write_file (tmp_dir, "fmt.txt", "一。二。", -1);
  g_autofree char *pretty = NULL, *compact = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "--pretty", a), NULL, NULL, &pretty, NULL, NULL), ==, 0);
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", "--compact", a), NULL, NULL, &compact, NULL, NULL), ==, 0);
  g_autoptr(GPtrArray) plines = ct_lines (pretty);
  g_autoptr(GPtrArray) clines = ct_lines (compact);
  g_assert_cmpuint (plines->len, >, 5);
  g_assert_cmpuint (clines->len, ==, 1);
  g_autoptr(JsonNode) p = ct_parse_json (pretty);
  g_autoptr(JsonNode) c = ct_parse_json (compact);
  g_autofree char *ps = node_to_string (p), *cs = node_to_string (c);
  g_assert_cmpstr (ps, ==, cs);

  /* GB18030 and Big5 files through the CLI */
  const char *zh = "国家统计局发布的数据显示，经济增长较快。这是我们的发展目标。";
  g_autofree char *gb = g_convert (zh, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autofree char *gbf = ct_write_file (tmp_dir, "gb.txt", gb, -1);
  g_autofree char *out = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats", gbf), NULL, NULL, &out, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) r = ct_parse_json (out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (r), "encoding"), ==, "GB18030");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (r), "text"), ==, zh);

  /* text on stdin */
  g_autoptr(GBytes) in = g_bytes_new_static ("  标准输入。", strlen ("  标准输入。"));
  g_autofree char *sout = NULL;
  g_assert_cmpint (ct_run_docsift (ARGV ("-p", "stats"), NULL, in, &sout, NULL, NULL), ==, 0);
  g_autoptr(JsonNode) sr = ct_parse_json (sout);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (sr), "id"), ==, "stdin");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (sr), "text"), ==, "  标准输入。");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/cli/stats-examples-j1-j4", test_stats_examples);
  g_test_add_func ("/cli/order-many-documents", test_order_many);
  g_test_add_func ("/cli/exit-codes", test_exit_codes);
  g_test_add_func ("/cli/plugins-inspect-json", test_plugins_and_inspect_json);
  g_test_add_func ("/cli/inspect-data-files", test_inspect_data_files);
  g_test_add_func ("/cli/jsonl-roundtrip", test_jsonl_roundtrip);
  g_test_add_func ("/cli/no-text-reread", test_no_text_reread);
  g_test_add_func ("/cli/closed-stdout", test_closed_stdout);
  g_test_add_func ("/cli/utf8-messages-c-locale", test_utf8_messages_c_locale);
  g_test_add_func ("/cli/utf8-option-value-c-locale", test_utf8_option_c_locale);
  g_test_add_func ("/cli/formats-encodings-stdin", test_formats_and_encodings);
  int ret = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
