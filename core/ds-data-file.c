/* ds-data-file.c: the line reader of plugin data files.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-private.h"

#include <string.h>

G_DEFINE_QUARK (ds-data-file-error-quark, ds_data_file_error)

struct _DsDataFile
{
  char *path;
  char *data;
  gsize length;
  gsize pos;          /* start of the next line */
  guint line;         /* number of the current line */
  char *buf;          /* the current line, cut into fields */
  GPtrArray *fields;  /* char* into buf, NULL-terminated */
  char *section;
  gboolean failed;
};

DsDataFile *
ds_data_file_new_from_data (const char *path, const char *data, gssize length)
{
  g_return_val_if_fail (path != NULL && data != NULL, NULL);
  DsDataFile *file = g_new0 (DsDataFile, 1);
  file->path = g_strdup (path);
  file->length = length < 0 ? strlen (data) : (gsize) length;
  file->data = g_memdup2 (data, file->length);
  file->fields = g_ptr_array_new ();
  return file;
}

DsDataFile *
ds_data_file_open (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_READ, "%s: %s", path, local->message);
      return NULL;
    }
  DsDataFile *file = g_new0 (DsDataFile, 1);
  file->path = g_strdup (path);
  file->data = g_steal_pointer (&data);
  file->length = length;
  file->fields = g_ptr_array_new ();
  return file;
}

void
ds_data_file_free (DsDataFile *file)
{
  if (file == NULL)
    return;
  g_free (file->path);
  g_free (file->data);
  g_free (file->buf);
  g_ptr_array_unref (file->fields);
  g_free (file->section);
  g_free (file);
}

static gboolean
fail (DsDataFile *file, GError **error, DsDataFileError code, const char *reason)
{
  file->failed = TRUE;
  g_set_error (error, DS_DATA_FILE_ERROR, code, "%s:%u: %s", file->path, file->line, reason);
  return FALSE;
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static gboolean
valid_section_name (const char *s, gsize n)
{
  if (n == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.')
      return FALSE;
  return TRUE;
}

/* Splits the current line (in buf) into trimmed TAB-separated fields. */
static void
split_fields (DsDataFile *file)
{
  g_ptr_array_set_size (file->fields, 0);
  char *p = file->buf;
  for (;;)
    {
      char *tab = strchr (p, '\t');
      if (tab)
        *tab = '\0';
      while (*p == ' ')
        p++;
      gsize n = strlen (p);
      while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\r'))
        p[--n] = '\0';
      g_ptr_array_add (file->fields, p);
      if (!tab)
        break;
      p = tab + 1;
    }
  g_ptr_array_add (file->fields, NULL);
}

gboolean
_ds_data_file_read (DsDataFile *file, gboolean *is_header, GError **error)
{
  g_return_val_if_fail (file != NULL, FALSE);
  while (!file->failed && file->pos < file->length)
    {
      const char *start = file->data + file->pos;
      const char *nl = memchr (start, '\n', file->length - file->pos);
      gsize n = nl ? (gsize) (nl - start) : file->length - file->pos;
      file->pos += n + (nl ? 1 : 0);
      file->line++;

      if (memchr (start, '\0', n) != NULL)
        return fail (file, error, DS_DATA_FILE_ERROR_ENCODING, "contains a NUL byte");
      const char *bad = NULL;
      if (!g_utf8_validate_len (start, n, &bad))
        {
          g_autofree char *reason = g_strdup_printf ("not UTF-8 (byte %" G_GSIZE_FORMAT " of the line)",
                                                     (gsize) (bad - start) + 1);
          return fail (file, error, DS_DATA_FILE_ERROR_ENCODING, reason);
        }
      gsize a = 0, b = n;
      while (a < b && is_blank (start[a]))
        a++;
      while (b > a && is_blank (start[b - 1]))
        b--;
      if (a == b || start[a] == '#')
        continue;

      if (start[a] == '[' && start[b - 1] == ']')
        {
          if (!valid_section_name (start + a + 1, b - a - 2))
            {
              g_autofree char *reason = g_strdup_printf ("bad section header %.*s (a name of letters, digits, _ - .)",
                                                         (int) (b - a), start + a);
              return fail (file, error, DS_DATA_FILE_ERROR_SYNTAX, reason);
            }
          g_free (file->section);
          file->section = g_strndup (start + a + 1, b - a - 2);
          *is_header = TRUE;
          return TRUE;
        }
      g_free (file->buf);
      file->buf = g_strndup (start, n);
      split_fields (file);
      *is_header = FALSE;
      return TRUE;
    }
  return FALSE;
}

gboolean
ds_data_file_next (DsDataFile *file, GError **error)
{
  gboolean header = FALSE;
  while (_ds_data_file_read (file, &header, error))
    if (!header)
      return TRUE;
  return FALSE;
}

const char *const *
ds_data_file_get_fields (const DsDataFile *file, guint *n_fields)
{
  g_return_val_if_fail (file != NULL && file->buf != NULL, NULL);
  if (n_fields)
    *n_fields = file->fields->len - 1;
  return (const char *const *) file->fields->pdata;
}

const char *
ds_data_file_get_section (const DsDataFile *file)
{
  g_return_val_if_fail (file != NULL, NULL);
  return file->section;
}

guint
ds_data_file_get_line_number (const DsDataFile *file)
{
  g_return_val_if_fail (file != NULL, 0);
  return file->line;
}

const char *
ds_data_file_get_path (const DsDataFile *file)
{
  g_return_val_if_fail (file != NULL, NULL);
  return file->path;
}

gboolean
ds_data_file_failed (const DsDataFile *file)
{
  g_return_val_if_fail (file != NULL, TRUE);
  return file->failed;
}

gboolean
ds_data_file_set_error (const DsDataFile *file, GError **error, const char *format, ...)
{
  g_return_val_if_fail (file != NULL && format != NULL, FALSE);
  va_list args;
  va_start (args, format);
  g_autofree char *reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, DS_DATA_FILE_ERROR, DS_DATA_FILE_ERROR_INVALID, "%s:%u: %s", file->path, file->line, reason);
  return FALSE;
}
