/* test-schema.c: real docsift output validated against
 * docs/docsift-output.schema.json with python3's jsonschema module (Debian
 * python3-jsonschema); skipped when either is missing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "core-test-util.h"

#include <string.h>

#define ARGV(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* Validates every line of argv[2] against the schema argv[1]; also checks
 * the span convention text[start:end] == item["text"] on every layer item.
 * Lines of argv[3] must each be rejected. */
static const char validator[] =
  "import json, sys\n"
  "import jsonschema\n"
  "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
  "cls = jsonschema.validators.validator_for(schema)\n"
  "cls.check_schema(schema)\n"
  "v = cls(schema)\n"
  "n = spans = 0\n"
  "for i, line in enumerate(open(sys.argv[2], encoding='utf-8')):\n"
  "    if not line.strip():\n"
  "        continue\n"
  "    rec = json.loads(line)\n"
  "    errs = sorted(v.iter_errors(rec), key=lambda e: list(e.path))\n"
  "    if errs:\n"
  "        print('line %d (%s): %s at %s' % (i + 1, rec.get('id'), errs[0].message, list(errs[0].path)))\n"
  "        sys.exit(1)\n"
  "    text = rec.get('text')\n"
  "    for name, layer in rec.get('layers', {}).items():\n"
  "        for item in layer.get('items', []):\n"
  "            if text is not None and 'start' in item and 'text' in item:\n"
  "                if text[item['start']:item['end']] != item['text']:\n"
  "                    print('line %d layer %s: text[%d:%d] != %r' % (i + 1, name, item['start'], item['end'], item['text']))\n"
  "                    sys.exit(1)\n"
  "                spans += 1\n"
  "    n += 1\n"
  "bad = 0\n"
  "for line in open(sys.argv[3], encoding='utf-8'):\n"
  "    if line.strip() and v.is_valid(json.loads(line)):\n"
  "        print('accepted an invalid record: ' + line)\n"
  "        sys.exit(1)\n"
  "    bad += line.strip() != ''\n"
  "print('validated %d records, %d spans; rejected %d bad ones' % (n, spans, bad))\n";

static gboolean
python_has_jsonschema (void)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  if (python == NULL)
    return FALSE;
  const char *argv[] = { python, "-c", "import jsonschema", NULL };
  gint status = -1;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                     NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

static void
append_run (GString *all, const char *const *argv, const char *const *env, GBytes *in, int want_rc)
{
  g_autofree char *out = NULL, *err = NULL;
  int rc = ct_run_docsift (argv, env, in, &out, NULL, &err);
  if (rc != want_rc)
    g_error ("docsift exited %d (expected %d): %s", rc, want_rc, err);
  g_assert_cmpstr (out, !=, "");
  g_string_append (all, out);
}

static gboolean
plugin_available (const char *name)
{
  g_autofree char *out = NULL;
  return ct_run_docsift (ARGV ("inspect", name), NULL, NULL, &out, NULL, NULL) == 0;
}

static void
test_schema (void)
{
  g_autofree char *schema = g_build_filename (ct_source_dir (), "docs", "docsift-output.schema.json", NULL);
  if (!g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("docs/docsift-output.schema.json is not written yet");
      return;
    }
  if (!python_has_jsonschema ())
    {
      g_test_skip ("python3 with the jsonschema module (Debian: python3-jsonschema) is not installed");
      return;
    }

  g_autofree char *tmp = ct_make_tmp_dir ();
  g_autofree char *examples = g_build_filename (ct_source_dir (), "examples", NULL);
  g_autofree char *bad = ct_write_file (tmp, "bad.txt", "\xE5\xA5\xBD\xFF\xE5\xA5\xBD", 7);
  g_autofree char *plugins = g_build_filename (tmp, "plugins", NULL);
  g_assert_cmpint (g_mkdir_with_parents (plugins, 0700), ==, 0);
  const char *test_plugins[] = { "ord_a", "failer", "after_fail" };
  for (guint i = 0; i < G_N_ELEMENTS (test_plugins); i++)
    g_free (ct_copy_test_plugin (test_plugins[i], plugins));

  GString *all = g_string_new (NULL);
  /* the seeds, with maps, pretty-printed too (one record per line is not
   * required of the schema, so compact only here) */
  append_run (all, ARGV ("-p", "stats", "-o", "stats.sentences=true", "--maps", "always", examples), NULL, NULL, 0);
  /* an input error record, and a lossy one */
  append_run (all, ARGV ("-p", "stats", bad), NULL, NULL, 1);
  append_run (all, ARGV ("-p", "stats", "--lossy", bad), NULL, NULL, 0);
  /* --no-text */
  append_run (all, ARGV ("-p", "stats", "--no-text", examples), NULL, NULL, 0);
  /* a plugin failure plus a skipped dependent: "error" and "errors" */
  g_autoptr(GBytes) in = g_bytes_new_static ("{\"id\":\"j1\",\"text\":\"一句。\",\"meta\":{\"k\":\"v\"}}\n", 48);
  append_run (all, ARGV ("-p", "after_fail,ord_a", "--plugin-path", plugins, "-"), NULL, in, 1);
  /* real plugins with views, when this tree has built them */
  const char *real[] = { "normalize", "numbers", "slogans", "timeline" };
  for (guint i = 0; i < G_N_ELEMENTS (real); i++)
    if (plugin_available (real[i]))
      {
        g_autofree char *out = NULL;
        int rc = ct_run_docsift (ARGV ("-p", real[i], "--maps", "always", examples), NULL, NULL, &out, NULL, NULL);
        if (rc == 0 || rc == 1)
          g_string_append (all, out);
        g_test_message ("also validated the %s plugin's output (exit %d)", real[i], rc);
      }
  g_autofree char *records = ct_write_file (tmp, "records.jsonl", all->str, (gssize) all->len);
  g_string_free (all, TRUE);

  /* records the schema must reject: it is not a rubber stamp */
  g_autofree char *invalid = ct_write_file (
    tmp, "invalid.jsonl",
    "{\"format\":\"docsift\",\"version\":1,\"id\":\"x\",\"source\":\"s\",\"offsets\":\"byte\"}\n"
    "{\"format\":\"other\",\"version\":1,\"id\":\"x\",\"source\":\"s\",\"offsets\":\"codepoint\"}\n"
    "{\"format\":\"docsift\",\"version\":1,\"source\":\"s\",\"offsets\":\"codepoint\"}\n"
    "{\"format\":\"docsift\",\"version\":1,\"id\":\"x\",\"source\":\"s\",\"offsets\":\"codepoint\",\"layers\":{\"l\":3}}\n",
    -1);

  g_autofree char *python = g_find_program_in_path ("python3");
  const char *argv[] = { python, "-c", validator, schema, records, invalid, NULL };
  g_autofree char *out = NULL, *err = NULL;
  gint status = -1;
  g_autoptr(GError) error = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("schema validation failed:\n%s%s", out, err);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "validated"));
  g_assert_nonnull (strstr (out, "rejected 4"));
  ct_rm_rf (tmp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/schema/real-output", test_schema);
  return g_test_run ();
}
