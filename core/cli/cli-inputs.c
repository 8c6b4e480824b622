/* cli-inputs.c: collecting the input files of a run.
 *
 * Folders are walked like `find -H`: a symlink named on the command line is
 * followed, symlinks to folders met inside are not (unless --follow);
 * symlinks to files are read. Every folder read is remembered by device and
 * inode, so a folder is read once however often it is reached, and with
 * --follow a symlink leading back into the folder it sits in (a loop) is
 * skipped with a warning instead of walked forever.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "cli-inputs.h"

#include <string.h>
#include <stdint.h>
#include <sys/stat.h>

typedef struct
{
  gboolean follow;
  GHashTable *seen;       /* "dev:ino" of every folder read → its path */
  GHashTable *open;       /* the same, for the folders being walked */
  GPtrArray *inputs;
  GPtrArray *problems;
  const CliFilter *filter; /* NULL: every file */
  CliInputStats *stats;    /* nullable */
} Walk;

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

static void collect_dir (Walk *walk, const char *dir_path, const struct stat *st);

/* An input file; @st: what stat() said, or NULL when it failed. */
static void
add_file (Walk *walk, const char *path, const struct stat *st)
{
  add_input (walk->inputs, path);
  if (walk->stats == NULL)
    return;
  if (path != NULL && st != NULL && S_ISREG (st->st_mode))
    walk->stats->bytes += (guint64) st->st_size;
  else
    walk->stats->bytes_known = FALSE;
}

/* One entry of a folder: a file is an input, a folder is walked. */
static void
collect_entry (Walk *walk, const char *path)
{
  struct stat st;
  if (lstat (path, &st) != 0)
    return;
  if (S_ISLNK (st.st_mode))
    {
      /* a dangling link is skipped, as before */
      if (stat (path, &st) != 0)
        return;
      if (S_ISDIR (st.st_mode) && !walk->follow)
        return;
    }
  if (S_ISDIR (st.st_mode))
    collect_dir (walk, path, &st);
  else if (S_ISREG (st.st_mode))
    {
      g_autofree char *base = g_path_get_basename (path);
      if (walk->filter == NULL || cli_filter_accepts (walk->filter, base))
        add_file (walk, path, &st);
      else if (walk->stats != NULL)
        walk->stats->skipped++;
    }
}

static void
collect_dir (Walk *walk, const char *dir_path, const struct stat *st)
{
  g_autofree char *key = g_strdup_printf ("%ju:%ju", (uintmax_t) st->st_dev, (uintmax_t) st->st_ino);
  const char *open_as = g_hash_table_lookup (walk->open, key);
  if (open_as != NULL)
    {
      g_warning ("%s: a symlink loop (it leads back to %s), not followed", dir_path, open_as);
      return;
    }
  const char *seen_as = g_hash_table_lookup (walk->seen, key);
  if (seen_as != NULL)
    {
      g_warning ("%s: the same folder as %s, read once", dir_path, seen_as);
      return;
    }

  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      g_ptr_array_add (walk->problems, g_strdup_printf ("%s: %s", dir_path, error->message));
      return;
    }
  g_hash_table_insert (walk->seen, g_strdup (key), g_strdup (dir_path));
  g_hash_table_insert (walk->open, g_strdup (key), g_strdup (dir_path));

  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      collect_entry (walk, child);
    }
  g_hash_table_remove (walk->open, key);
}

void
cli_inputs_collect (char **args, gboolean follow, GPtrArray *inputs, GPtrArray *problems)
{
  cli_inputs_collect_filtered (args, follow, NULL, inputs, problems, NULL);
}

void
cli_inputs_collect_filtered (char **args, gboolean follow, const CliFilter *filter, GPtrArray *inputs,
                             GPtrArray *problems, CliInputStats *stats)
{
  Walk walk = {
    .follow = follow,
    .seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .inputs = inputs,
    .problems = problems,
    .filter = filter,
    .stats = stats,
  };
  if (stats != NULL)
    *stats = (CliInputStats) { .bytes_known = TRUE };
  if (args[0] == NULL)
    add_file (&walk, NULL, NULL);
  for (guint i = 0; args[i]; i++)
    {
      struct stat st;
      int rc = g_str_equal (args[i], "-") ? -1 : stat (args[i], &st);
      if (g_str_equal (args[i], "-"))
        add_file (&walk, NULL, NULL);
      else if (rc == 0 && S_ISDIR (st.st_mode))
        collect_dir (&walk, args[i], &st);
      else /* named files are read whatever the filter says */
        add_file (&walk, args[i], rc == 0 ? &st : NULL);
    }
  g_hash_table_unref (walk.seen);
  g_hash_table_unref (walk.open);
}
