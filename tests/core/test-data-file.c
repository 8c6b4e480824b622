/* Data files and word lists (include/docsift/ds-data-file.h): the format,
 * and errors that name the file and the line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <glib/gstdio.h>
#include <string.h>

static void
test_reader (void)
{
  const char *data = "# a comment\n"
                     "\n"
                     "top\tline\n"
                     "[units]\n"
                     "  # indented comment\r\n"
                     "万元\tCNY\t 4 \r\n"
                     "\t\n"
                     "[empty]\n"
                     "[more.v2]\n"
                     "last";
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data ("t.tsv", data, -1);
  g_autoptr (GError) error = NULL;
  guint n = 0;

  g_assert_true (ds_data_file_next (f, &error));
  const char *const *fields = ds_data_file_get_fields (f, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (fields[0], ==, "top");
  g_assert_cmpstr (fields[1], ==, "line");
  g_assert_null (fields[2]);
  g_assert_null (ds_data_file_get_section (f));
  g_assert_cmpuint (ds_data_file_get_line_number (f), ==, 3);

  g_assert_true (ds_data_file_next (f, &error));
  fields = ds_data_file_get_fields (f, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (fields[0], ==, "万元");
  g_assert_cmpstr (fields[2], ==, "4"); /* spaces and CR dropped */
  g_assert_cmpstr (ds_data_file_get_section (f), ==, "units");
  g_assert_cmpuint (ds_data_file_get_line_number (f), ==, 6);

  g_assert_true (ds_data_file_next (f, &error));
  g_assert_cmpstr (ds_data_file_get_section (f), ==, "more.v2");
  fields = ds_data_file_get_fields (f, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (fields[0], ==, "last");
  g_assert_cmpuint (ds_data_file_get_line_number (f), ==, 10);

  g_assert_false (ds_data_file_next (f, &error));
  g_assert_no_error (error);
  g_assert_false (ds_data_file_failed (f));

  /* a reader's own complaint names the line */
  g_assert_false (ds_data_file_set_error (f, &error, "expected %d fields", 4));
  g_assert_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "t.tsv:10: expected 4 fields");
}

/* The error of reading @data to the end, as "code message". */
static char *
reader_error (const char *data, gssize len)
{
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data ("x.txt", data, len);
  g_autoptr (GError) error = NULL;
  while (ds_data_file_next (f, &error))
    ;
  g_assert_true (ds_data_file_failed (f) == (error != NULL));
  return error ? g_strdup_printf ("%d %s", error->code, error->message) : g_strdup ("ok");
}

static void
test_reader_errors (void)
{
  struct
  {
    const char *data;
    gssize len;
    const char *want;
  } cases[] = {
    { "a\nb\xE4\xB8\n", -1, "1 x.txt:2: not UTF-8 (byte 2 of the line)" },
    { "a\n\n# c\nb\xC0\x80", -1, "1 x.txt:4: not UTF-8 (byte 2 of the line)" },
    { "a\nb\0c\n", 6, "1 x.txt:2: contains a NUL byte" },
    { "[ok]\n[bad name]\n", -1, "2 x.txt:2: bad section header [bad name] (a name of letters, digits, _ - .)" },
    { "[]\n", -1, "2 x.txt:1: bad section header [] (a name of letters, digits, _ - .)" },
    { "[a]\n[b]\nword\n", -1, "ok" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = reader_error (cases[i].data, cases[i].len);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

static void
test_open_missing (void)
{
  g_autoptr (GError) error = NULL;
  g_assert_null (ds_data_file_open ("/nonexistent/units.tsv", &error));
  g_assert_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/units.tsv: "));
  g_clear_error (&error);
  g_assert_null (ds_word_lists_load ("/nonexistent/cues.txt", &error));
  g_assert_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_READ);
}

static void
test_word_lists (void)
{
  const char *data = "# cues\n"
                     "[growth]\n"
                     "增长\n"
                     "增加\t+\tmore\n"
                     "增长率\n"
                     "[decline]\n"
                     "下降\n"
                     "[none]\n";
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  int fd = g_file_open_tmp ("ds-lists-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, data, -1, &error));
  g_autoptr (DsWordLists) lists = ds_word_lists_load (path, &error);
  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_word_lists_get_path (lists), ==, path);

  guint n = 0;
  const char *const *words = ds_word_lists_get_words (lists, "growth", &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (words[0], ==, "增长");
  g_assert_cmpstr (words[1], ==, "增加");
  g_assert_cmpstr (words[2], ==, "增长率");
  g_assert_null (words[3]);
  words = ds_word_lists_get_words (lists, "none", &n);
  g_assert_nonnull (words);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (ds_word_lists_get_words (lists, "absent", &n));
  g_assert_cmpuint (n, ==, 0);

  const DsWordSet *set = ds_word_lists_require_set (lists, "growth", &error);
  g_assert_no_error (error);
  const char *t = "增长率提高";
  gpointer v = NULL;
  g_assert_cmpuint (ds_word_set_match (set, t, t + strlen (t), &v), ==, strlen ("增长率"));
  g_assert_nonnull (v);
  g_assert_null (((const char *const *) v)[0]); /* no extra fields */
  g_assert_true (ds_word_set_lookup (set, "增加", -1, &v));
  g_assert_cmpstr (((const char *const *) v)[0], ==, "+");
  g_assert_cmpstr (((const char *const *) v)[1], ==, "more");
  g_assert_null (((const char *const *) v)[2]);
  g_assert_false (ds_word_set_contains (set, "下降", -1));

  g_assert_null (ds_word_lists_require_set (lists, "stops", &error));
  g_assert_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_MISSING_SECTION);
  g_autofree char *want = g_strdup_printf ("%s: no section [stops]", path);
  g_assert_cmpstr (error->message, ==, want);
}

static void
test_word_lists_errors (void)
{
  struct
  {
    const char *data, *want;
    int code;
  } cases[] = {
    { "增长\n[a]\n", "w.txt:1: a word before the first [section] header", DS_DATA_FILE_ERROR_INVALID },
    { "[a]\n增长\n下降\n增长\n", "w.txt:4: 增长 is already in [a]", DS_DATA_FILE_ERROR_DUPLICATE },
    { "[a]\nx\n[b]\n[a]\n", "w.txt:4: section [a] was already given on line 1", DS_DATA_FILE_ERROR_DUPLICATE },
    { "[a]\n\tfield\n", "w.txt:2: empty word", DS_DATA_FILE_ERROR_INVALID },
    { "[a]\nok\n\xFF\n", "w.txt:3: not UTF-8 (byte 1 of the line)", DS_DATA_FILE_ERROR_ENCODING },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (DsWordLists) lists = ds_word_lists_new_from_data ("w.txt", cases[i].data, -1, &error);
      g_assert_null (lists);
      g_assert_error (error, DS_DATA_FILE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].want);
    }
  /* the same word in two lists is fine */
  g_autoptr (GError) error = NULL;
  g_autoptr (DsWordLists) ok = ds_word_lists_new_from_data ("w.txt", "[a]\n增长\n[b]\n增长\n", -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/data-file/reader", test_reader);
  g_test_add_func ("/data-file/reader-errors", test_reader_errors);
  g_test_add_func ("/data-file/open-missing", test_open_missing);
  g_test_add_func ("/data-file/word-lists", test_word_lists);
  g_test_add_func ("/data-file/word-lists-errors", test_word_lists_errors);
  return g_test_run ();
}
