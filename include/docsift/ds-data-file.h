/* ds-data-file.h: reading plugin data files (tables and word lists) with
 * errors that name the file and the line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>
#include <docsift/ds-word-set.h>

G_BEGIN_DECLS

/**
 * DS_DATA_FILE_ERROR:
 *
 * Error domain of data files; errors are #DsDataFileError and their message
 * starts with `PATH:LINE: ` (or `PATH: ` when no line is concerned).
 */
#define DS_DATA_FILE_ERROR (ds_data_file_error_quark ())
DS_API GQuark ds_data_file_error_quark (void);

/**
 * DsDataFileError:
 * @DS_DATA_FILE_ERROR_READ: the file cannot be read
 * @DS_DATA_FILE_ERROR_ENCODING: a line is not UTF-8 or contains NUL
 * @DS_DATA_FILE_ERROR_SYNTAX: a malformed `[section]` header
 * @DS_DATA_FILE_ERROR_INVALID: a line its reader rejects (ds_data_file_set_error())
 * @DS_DATA_FILE_ERROR_DUPLICATE: a section or a word given twice
 * @DS_DATA_FILE_ERROR_MISSING_SECTION: a required section is absent
 */
typedef enum
{
  DS_DATA_FILE_ERROR_READ,
  DS_DATA_FILE_ERROR_ENCODING,
  DS_DATA_FILE_ERROR_SYNTAX,
  DS_DATA_FILE_ERROR_INVALID,
  DS_DATA_FILE_ERROR_DUPLICATE,
  DS_DATA_FILE_ERROR_MISSING_SECTION,
} DsDataFileError;

/**
 * DsDataFile:
 *
 * A line reader for docsift's data files, one format for all of them:
 *
 * - UTF-8 text; fields separated by TAB; spaces around a field and a
 *   trailing CR are dropped;
 * - blank lines, and lines whose first non-blank character is `#`, are
 *   skipped (there are no comments after data on a line);
 * - a line `[name]` starts a section (name: letters, digits, `_`, `-`, `.`);
 *   lines before the first header have no section.
 *
 * |[<!-- language="C" -->
 * g_autoptr(DsDataFile) f = ds_data_file_open (path, error);
 * if (f == NULL)
 *   return FALSE;
 * while (ds_data_file_next (f, error))
 *   {
 *     guint n;
 *     const char *const *fields = ds_data_file_get_fields (f, &n);
 *     if (n != 4)
 *       return ds_data_file_set_error (f, error, "expected 4 fields, found %u", n);
 *     …
 *   }
 * return !ds_data_file_failed (f);
 * ]|
 */
typedef struct _DsDataFile DsDataFile;

/**
 * ds_data_file_open:
 * @path: the file
 *
 * Reads the whole file.
 *
 * Returns: (transfer full) (nullable): a reader before the first line, or
 *   %NULL with %DS_DATA_FILE_ERROR_READ
 */
DS_API DsDataFile *ds_data_file_open (const char *path, GError **error);

/**
 * ds_data_file_new_from_data:
 * @path: the name used in error messages
 * @data: the file's contents (copied)
 * @length: bytes, or -1 if NUL-terminated
 *
 * Returns: (transfer full): a reader of @data
 */
DS_API DsDataFile *ds_data_file_new_from_data (const char *path, const char *data, gssize length);

DS_API void ds_data_file_free (DsDataFile *file);

/**
 * ds_data_file_next:
 * @file: a #DsDataFile
 *
 * Moves to the next data line, skipping comments, blank lines and section
 * headers (ds_data_file_get_section() tells the section a line is in).
 *
 * Returns: %TRUE on a data line; %FALSE at the end of the file or on an
 *   error (@error set, and ds_data_file_failed() is then %TRUE)
 */
DS_API gboolean ds_data_file_next (DsDataFile *file, GError **error);

/**
 * ds_data_file_get_fields:
 * @n_fields: (out) (optional): number of fields, at least 1
 *
 * Returns: (transfer none) (array zero-terminated=1): the TAB-separated
 *   fields of the current line, valid until the next ds_data_file_next()
 */
DS_API const char *const *ds_data_file_get_fields (const DsDataFile *file, guint *n_fields);

/** ds_data_file_get_section: Returns: (transfer none) (nullable): the current line's section. */
DS_API const char *ds_data_file_get_section (const DsDataFile *file);

/** ds_data_file_get_line_number: Returns: the current line's number (1 = first line). */
DS_API guint ds_data_file_get_line_number (const DsDataFile *file);

/** ds_data_file_get_path: Returns: (transfer none): the path given when opening. */
DS_API const char *ds_data_file_get_path (const DsDataFile *file);

/** ds_data_file_failed: Returns: whether ds_data_file_next() stopped on an error. */
DS_API gboolean ds_data_file_failed (const DsDataFile *file);

/**
 * ds_data_file_set_error:
 * @format: printf-style reason, without the file and the line
 *
 * Sets @error to %DS_DATA_FILE_ERROR_INVALID with the message
 * `PATH:LINE: reason` for the current line.
 *
 * Returns: %FALSE, so a reader can `return ds_data_file_set_error (…);`
 */
DS_API gboolean ds_data_file_set_error (const DsDataFile *file, GError **error, const char *format, ...)
  G_GNUC_PRINTF (3, 4);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDataFile, ds_data_file_free)

/**
 * DsWordLists:
 *
 * A word-list file: named lists in `[name]` sections of a #DsDataFile, one
 * word per line, optionally followed by TAB-separated fields:
 *
 * |[
 * # numbers-cues.txt
 * [growth]
 * 增长
 * 增加	+
 * [decline]
 * 下降
 * ]|
 *
 * A word given twice in one section, a section given twice, or a line
 * before the first section is an error naming the file and the line.
 * Lists are kept in file order; each also comes as a #DsWordSet whose
 * values are the words' extra fields (a %NULL-terminated `const char *const *`,
 * empty when the line has none).
 */
typedef struct _DsWordLists DsWordLists;

/**
 * ds_word_lists_load:
 * @path: the file
 *
 * Returns: (transfer full) (nullable): the lists, or %NULL with a
 *   %DS_DATA_FILE_ERROR
 */
DS_API DsWordLists *ds_word_lists_load (const char *path, GError **error);

/** ds_word_lists_new_from_data: as ds_word_lists_load() for contents in memory; @path names them in errors. */
DS_API DsWordLists *ds_word_lists_new_from_data (const char *path, const char *data, gssize length, GError **error);

DS_API void ds_word_lists_free (DsWordLists *lists);

/**
 * ds_word_lists_require_set:
 * @name: a section name
 *
 * Returns: (transfer none) (nullable): the words of section @name as a set
 *   (owned by @lists), or %NULL with %DS_DATA_FILE_ERROR_MISSING_SECTION
 *   naming the file and the section
 */
DS_API const DsWordSet *ds_word_lists_require_set (const DsWordLists *lists, const char *name, GError **error);

/**
 * ds_word_lists_get_words:
 * @name: a section name
 * @n_words: (out) (optional): number of words
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the words of
 *   section @name in file order, or %NULL if there is no such section
 */
DS_API const char *const *ds_word_lists_get_words (const DsWordLists *lists, const char *name, guint *n_words);

/** ds_word_lists_get_path: Returns: (transfer none): the file the lists came from. */
DS_API const char *ds_word_lists_get_path (const DsWordLists *lists);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsWordLists, ds_word_lists_free)

G_END_DECLS
