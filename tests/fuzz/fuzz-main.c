/* fuzz-main.c: runs a fuzz harness on files, without libFuzzer.
 *
 *   fuzz-NAME FILE|FOLDER...
 *
 * Every file (the files of a folder in name order) goes through
 * LLVMFuzzerTestOneInput() once; a crash or a failed check aborts. This is
 * how `meson test` replays the seed corpus and the regression inputs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static guint
run_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      exit (1);
    }
  /* a copy of exactly @len bytes, so ASan sees reads past the end */
  uint8_t *copy = g_memdup2 (data, len ? len : 1);
  LLVMFuzzerTestOneInput (copy, len);
  g_free (copy);
  return 1;
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static guint
run_path (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return 0; /* an absent regression folder: nothing found yet */
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return 0;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  guint n = 0;
  for (guint i = 0; i < names->len; i++)
    n += run_path (names->pdata[i]);
  return n;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  guint n = 0;
  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);
  if (n == 0)
    {
      fprintf (stderr, "no inputs\n");
      return 1;
    }
  printf ("%u inputs ran without a crash\n", n);
  return 0;
}
