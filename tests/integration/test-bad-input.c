/* test-bad-input.c: each case of issue 14 through the built CLI, next to a
 * good document: the exit status, the good document written whole, an
 * error record (or message) naming the cause, no hang (every run under a
 * time limit), and output that is valid UTF-8 and that docsift re-reads
 * (the good document comes back with the same text).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define LIMIT_SECONDS 60

static const char good_text[] = "2023年全市地区生产总值增长5.2%，达到1200亿元，坚持稳中求进工作总基调。";
static char *tmp_dir;

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  return size > 0 ? g_strndup (data, size) : g_strdup ("");
}

typedef struct
{
  GSubprocess *proc;
  GMainLoop *loop;
  GBytes *out, *err;
  GError *error;
  gboolean timed_out;
} Wait;

static gboolean
kill_it (gpointer data)
{
  Wait *w = data;
  w->timed_out = TRUE;
  g_subprocess_force_exit (w->proc);
  return G_SOURCE_REMOVE;
}

static void
communicated (GObject *source, GAsyncResult *result, gpointer data)
{
  Wait *w = data;
  g_subprocess_communicate_finish (w->proc, result, &w->out, &w->err, &w->error);
  g_main_loop_quit (w->loop);
}

static Run run_docsift_bytes (const char *const *argv, const char *input, gsize length);

static Run
run_docsift (const char *const *argv, const char *input)
{
  return run_docsift_bytes (argv, input, input ? strlen (input) : 0);
}

/* Runs docsift with @argv and @length bytes of @input on stdin, killing it
 * after the time limit (and failing the test then). */
static Run
run_docsift_bytes (const char *const *argv, const char *input, gsize length)
{
  g_autoptr(GPtrArray) full = g_ptr_array_new ();
  g_ptr_array_add (full, (gpointer) ct_docsift_bin ());
  g_ptr_array_add (full, (gpointer) "--compact");
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (full, (gpointer) argv[i]);
  g_ptr_array_add (full, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = g_subprocess_newv ((const char *const *) full->pdata,
                                                   G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                     G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                                   &error);
  g_assert_no_error (error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait w = { .proc = proc, .loop = loop };
  guint watchdog = g_timeout_add_seconds (LIMIT_SECONDS, kill_it, &w);
  g_autoptr(GBytes) in = g_bytes_new (input ? input : "", length);
  g_subprocess_communicate_async (proc, in, NULL, communicated, &w);
  g_main_loop_run (loop);
  if (!w.timed_out)
    g_source_remove (watchdog);
  g_subprocess_wait (proc, NULL, NULL);
  if (w.timed_out)
    g_error ("docsift did not finish within %d s", LIMIT_SECONDS);
  g_assert_no_error (w.error);
  g_assert_false (g_subprocess_get_if_signaled (proc));
  Run r = { g_subprocess_get_exit_status (proc), bytes_to_string (w.out), bytes_to_string (w.err) };
  g_bytes_unref (w.out);
  g_bytes_unref (w.err);
  return r;
}

/* The record whose id ends with @id_suffix. */
static JsonObject *
find_record (GPtrArray *records, const char *id_suffix)
{
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *rec = json_node_get_object (g_ptr_array_index (records, i));
      const char *id = json_object_get_string_member (rec, "id");
      g_autofree char *file = g_strconcat ("/", id_suffix, ".txt", NULL);
      if (g_str_has_suffix (id, id_suffix) || g_str_has_suffix (id, file))
        return rec;
    }
  g_error ("no record %s among %u", id_suffix, records->len);
  return NULL;
}

static GPtrArray *
parse_records (const char *out)
{
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_autoptr(GPtrArray) lines = ct_lines (out);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (records, ct_parse_json (g_ptr_array_index (lines, i)));
  return records;
}

/* Checks a run: its status, the good document intact, the bad one's error
 * mentioning @cause (in the record's error, or on stderr when @bad_id is
 * NULL), and that the output re-reads with the good text unchanged. */
static void
check (const char *const *argv, const char *input, int want_status, const char *bad_id, const char *cause)
{
  Run r = run_docsift (argv, input);
  if (r.status != want_status)
    g_error ("exit status %d, not %d; stderr: %s", r.status, want_status, r.err);
  g_autoptr(GPtrArray) records = parse_records (r.out);
  JsonObject *good = find_record (records, "good");
  g_assert_false (json_object_has_member (good, "error"));
  g_assert_cmpstr (json_object_get_string_member (good, "text"), ==, good_text);
  g_assert_true (json_object_has_member (json_object_get_object_member (good, "layers"), "numbers"));

  const char *where = r.err;
  if (bad_id != NULL)
    {
      JsonObject *bad = find_record (records, bad_id);
      g_assert_true (json_object_has_member (bad, "error"));
      where = json_object_get_string_member (json_object_get_object_member (bad, "error"), "message");
    }
  if (strstr (where, cause) == NULL)
    g_error ("\"%s\" does not name the cause \"%s\"", where, cause);

  /* docsift re-reads its output: the good document comes back the same */
  Run again = run_docsift (ARGV ("-p", "stats", "-i", "jsonl", "-"), r.out);
  g_assert_cmpint (again.status, <=, 1);
  g_autoptr(GPtrArray) reread = parse_records (again.out);
  JsonObject *good2 = find_record (reread, "good");
  g_assert_cmpstr (json_object_get_string_member (good2, "text"), ==, good_text);
  g_assert_true (json_object_has_member (json_object_get_object_member (good2, "layers"), "numbers"));
  run_clear (&again);
  run_clear (&r);
}

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_free (ct_write_file (dir, "good.txt", good_text, -1));
  return dir;
}

static char *
jsonl_with_good (const char *bad_line)
{
  return g_strdup_printf ("{\"id\":\"good\",\"text\":\"%s\"}\n%s\n", good_text, bad_line);
}

/* 1. a JSON Lines line nested 60,000 deep (json-glib's stack overflowed) */
static void
test_deep_json (void)
{
  g_autoptr(GString) line = g_string_new ("{\"id\":\"deep\",\"text\":\"x\",\"meta\":{\"a\":");
  for (guint i = 0; i < 60000; i++)
    g_string_append_c (line, '[');
  for (guint i = 0; i < 60000; i++)
    g_string_append_c (line, ']');
  g_string_append (line, "}}");
  g_autofree char *input = jsonl_with_good (line->str);
  check (ARGV ("-"), input, 1, ":2", "nested deeper than");
}

/* 2. a folder with a symlink loop: read once, no hang; --follow warns */
static void
test_symlink_loop (void)
{
  g_autofree char *dir = make_dir ("loop");
  g_autofree char *self = g_build_filename (dir, "self", NULL);
  g_assert_cmpint (symlink (".", self), ==, 0);
  Run r = run_docsift (ARGV ("-p", "stats", dir), NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr(GPtrArray) records = parse_records (r.out);
  g_assert_cmpuint (records->len, ==, 1);
  run_clear (&r);
  check (ARGV ("--follow", dir), NULL, 0, NULL, "symlink loop");
}

/* 3. a plugin that crashes, aborts or loops on one document (--isolate) */
static void
test_plugin_crash (void)
{
  g_autofree char *dir = make_dir ("crash");
  g_free (ct_write_file (dir, "segv.txt", "CRASH", -1));
  g_free (ct_write_file (dir, "zloop.txt", "LOOP", -1));
  const char *const *argv = ARGV ("--plugin-path", TP_DIR, "-p", "misbehave,normalize,numbers,slogans,timeline",
                                  "--isolate", "--timeout=3", dir);
  check (argv, NULL, 1, "segv.txt", CT_SEGV_SIGNAL " in plugin misbehave");
  check (argv, NULL, 1, "zloop.txt", "plugin misbehave ran over the timeout");
}

/* 4. a plugin reached through a symlink into a world-writable folder */
static void
test_plugin_trust (void)
{
  g_autofree char *dir = make_dir ("trust");
  g_autofree char *open_dir = g_build_filename (tmp_dir, "open", NULL);
  g_autofree char *safe = g_build_filename (tmp_dir, "safe", NULL);
  g_assert_cmpint (g_mkdir (open_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (safe, 0755), ==, 0);
  g_autofree char *plugin = ct_copy_test_plugin ("good", open_dir);
  g_assert_cmpint (g_chmod (open_dir, 0777), ==, 0);
  g_autofree char *link = g_build_filename (safe, "docsift-good.so", NULL);
  g_assert_cmpint (symlink (plugin, link), ==, 0);

  Run r = run_docsift (ARGV ("--plugin-path", safe, "-p", "good", dir), NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_autofree char *named = g_strdup_printf ("the folder %s is writable by everyone", open_dir);
  if (strstr (r.err, named) == NULL)
    g_error ("\"%s\" does not say \"%s\"", r.err, named);
  run_clear (&r);
  /* the other plugins still run */
  check (ARGV ("--plugin-path", safe, dir), NULL, 0, NULL, "");
  g_assert_cmpint (g_chmod (open_dir, 0755), ==, 0);
}

/* 5. --lossy with 5- and 6-byte forms: valid UTF-8 out, re-readable */
static void
test_lossy (void)
{
  g_autofree char *dir = make_dir ("lossy");
  static const char bad[] = "前\xF8\x88\x80\x80\x80中\xFC\x84\x80\x80\x80\x80后\xE4\xB8";
  g_free (ct_write_file (dir, "bad.txt", bad, sizeof bad - 1));
  Run r = run_docsift (ARGV ("--lossy", dir), NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr(GPtrArray) records = parse_records (r.out);
  JsonObject *rec = find_record (records, "bad.txt");
  g_assert_cmpint (json_object_get_int_member (rec, "replaced_bytes"), ==, 13);
  g_assert_cmpstr (json_object_get_string_member (rec, "text"), ==,
                   "前\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD中"
                   "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD后\xEF\xBF\xBD");
  run_clear (&r);
  check (ARGV ("--lossy", dir), NULL, 0, NULL, "");
}

/* 6. \u0000 in "text" (was cut there, silently) */
static void
test_nul_in_json (void)
{
  g_autofree char *input = jsonl_with_good ("{\"id\":\"nul\",\"text\":\"前\\u0000后\"}");
  check (ARGV ("-"), input, 1, ":2", "\\u0000");
  /* a raw NUL byte in the line reaches the check too (the reader copies every byte) */
  g_autofree char *raw = jsonl_with_good ("{\"id\":\"nul\",\"text\":\"前@后\"}");
  *strchr (raw, '@') = '\0';
  gsize len = strlen (raw) + 1 + strlen (raw + strlen (raw) + 1);
  Run r = run_docsift_bytes (ARGV ("-"), raw, len);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "raw NUL byte"));
  g_assert_nonnull (strstr (r.out, good_text));
  run_clear (&r);
}

/* 7. "layers" or "views" of the wrong type (were dropped, silently) */
static void
test_wrong_types (void)
{
  g_autofree char *layers = jsonl_with_good ("{\"id\":\"l\",\"text\":\"前后\",\"layers\":[1]}");
  check (ARGV ("-"), layers, 1, ":2", "\"layers\" is not an object");
  g_autofree char *views = jsonl_with_good ("{\"id\":\"v\",\"text\":\"前后\",\"views\":\"normalized\"}");
  check (ARGV ("-"), views, 1, ":2", "\"views\" is not an object");
}

/* and a document over --max-doc-bytes */
static void
test_too_large (void)
{
  g_autofree char *dir = make_dir ("large");
  g_autoptr(GString) big = g_string_new (NULL);
  for (guint i = 0; i < 1000; i++)
    g_string_append (big, "增长");
  g_free (ct_write_file (dir, "zbig.txt", big->str, (gssize) big->len));
  check (ARGV ("--max-doc-bytes=4K", dir), NULL, 1, "zbig.txt", "over the limit");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = ct_make_tmp_dir ();
  g_test_add_func ("/bad-input/deep-json", test_deep_json);
  g_test_add_func ("/bad-input/symlink-loop", test_symlink_loop);
  g_test_add_func ("/bad-input/plugin-crash-isolated", test_plugin_crash);
  g_test_add_func ("/bad-input/plugin-trust", test_plugin_trust);
  g_test_add_func ("/bad-input/lossy", test_lossy);
  g_test_add_func ("/bad-input/nul-in-json", test_nul_in_json);
  g_test_add_func ("/bad-input/wrong-types", test_wrong_types);
  g_test_add_func ("/bad-input/too-large", test_too_large);
  int rc = g_test_run ();
  ct_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return rc;
}
