/* ds-word-lists.c: named word lists from one data file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

typedef struct
{
  char *name;
  guint line;        /* of the header */
  GPtrArray *words;  /* char*, NULL-terminated */
  GPtrArray *extras; /* char** (NULL-terminated extra fields), parallel to words */
  DsWordSet *set;    /* values: the extras */
} List;

struct _DsWordLists
{
  char *path;
  GHashTable *lists; /* name → List* */
};

static void
list_free (List *l)
{
  g_free (l->name);
  g_ptr_array_unref (l->words);
  g_ptr_array_unref (l->extras);
  ds_word_set_free (l->set);
  g_free (l);
}

void
ds_word_lists_free (DsWordLists *lists)
{
  if (lists == NULL)
    return;
  g_free (lists->path);
  g_hash_table_unref (lists->lists);
  g_free (lists);
}

/* Adds the current line's word (and extra fields) to @l. */
static gboolean
add_word (List *l, DsDataFile *f, GError **error)
{
  guint n = 0;
  const char *const *fields = ds_data_file_get_fields (f, &n);
  if (*fields[0] == '\0')
    return ds_data_file_set_error (f, error, "empty word");
  gpointer old = NULL;
  if (ds_word_set_lookup (l->set, fields[0], -1, &old))
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_DUPLICATE, "%s:%u: %s is already in [%s]",
                   ds_data_file_get_path (f), ds_data_file_get_line_number (f), fields[0], l->name);
      return FALSE;
    }
  char **extras = g_strdupv ((char **) fields + 1);
  g_ptr_array_add (l->extras, extras);
  g_ptr_array_insert (l->words, (gint) l->words->len - 1, g_strdup (fields[0]));
  ds_word_set_add (l->set, fields[0], extras);
  return TRUE;
}

static List *
new_list (const char *name, guint line)
{
  List *l = g_new0 (List, 1);
  l->name = g_strdup (name);
  l->line = line;
  l->words = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (l->words, NULL);
  l->extras = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  l->set = ds_word_set_new ();
  return l;
}

static DsWordLists *
read_lists (DsDataFile *f, GError **error)
{
  g_autoptr (DsWordLists) lists = g_new0 (DsWordLists, 1);
  lists->path = g_strdup (ds_data_file_get_path (f));
  lists->lists = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) list_free);
  List *cur = NULL;
  gboolean header = FALSE;
  while (_ds_data_file_read (f, &header, error))
    {
      const char *section = ds_data_file_get_section (f);
      guint line = ds_data_file_get_line_number (f);
      if (header)
        {
          List *seen = g_hash_table_lookup (lists->lists, section);
          if (seen)
            {
              g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_DUPLICATE,
                           "%s:%u: section [%s] was already given on line %u", lists->path, line, section, seen->line);
              return NULL;
            }
          cur = new_list (section, line);
          g_hash_table_insert (lists->lists, cur->name, cur);
        }
      else if (cur == NULL)
        {
          ds_data_file_set_error (f, error, "a word before the first [section] header");
          return NULL;
        }
      else if (!add_word (cur, f, error))
        return NULL;
    }
  if (ds_data_file_failed (f))
    return NULL;
  return g_steal_pointer (&lists);
}

DsWordLists *
ds_word_lists_load (const char *path, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_open (path, error);
  return f ? read_lists (f, error) : NULL;
}

DsWordLists *
ds_word_lists_new_from_data (const char *path, const char *data, gssize length, GError **error)
{
  g_autoptr (DsDataFile) f = ds_data_file_new_from_data (path, data, length);
  return read_lists (f, error);
}

const DsWordSet *
ds_word_lists_require_set (const DsWordLists *lists, const char *name, GError **error)
{
  g_return_val_if_fail (lists != NULL && name != NULL, NULL);
  List *l = g_hash_table_lookup (lists->lists, name);
  if (l == NULL)
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_MISSING_SECTION, "%s: no section [%s]",
                   lists->path, name);
      return NULL;
    }
  return l->set;
}

const char *const *
ds_word_lists_get_words (const DsWordLists *lists, const char *name, guint *n_words)
{
  g_return_val_if_fail (lists != NULL && name != NULL, NULL);
  List *l = g_hash_table_lookup (lists->lists, name);
  if (n_words)
    *n_words = l ? l->words->len - 1 : 0;
  return l ? (const char *const *) l->words->pdata : NULL;
}

const char *
ds_word_lists_get_path (const DsWordLists *lists)
{
  g_return_val_if_fail (lists != NULL, NULL);
  return lists->path;
}
