/* cli-inputs.c: collecting the input files of a run.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-inputs.h"

#include <string.h>

void
cli_input_free (CliInput *in)
{
  g_free (in->path);
  g_free (in->display);
  g_free (in);
}

static void
add_input (GPtrArray *inputs, const char *path)
{
  CliInput *in = g_new0 (CliInput, 1);
  in->path = g_strdup (path);
  in->display = g_strdup (path ? path : "stdin");
  g_ptr_array_add (inputs, in);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
collect_dir (const char *dir_path, GPtrArray *out, GPtrArray *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", dir_path, error->message));
      return;
    }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_dir (child, out, problems);
      else if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        add_input (out, child);
    }
}

void
cli_inputs_collect (char **args, GPtrArray *inputs, GPtrArray *problems)
{
  if (args[0] == NULL)
    add_input (inputs, NULL);
  for (guint i = 0; args[i]; i++)
    {
      if (g_str_equal (args[i], "-"))
        add_input (inputs, NULL);
      else if (g_file_test (args[i], G_FILE_TEST_IS_DIR))
        collect_dir (args[i], inputs, problems);
      else
        add_input (inputs, args[i]);
    }
}
