/* ds-input.h: reading input files into documents (core-internal).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-private.h"

G_BEGIN_DECLS

#define DS_INPUT_ERROR (ds_input_error_quark ())
DS_API GQuark ds_input_error_quark (void);

typedef enum
{
  DS_INPUT_ERROR_READ,          /* the file could not be read */
  DS_INPUT_ERROR_ENCODING,      /* bytes invalid in the (detected or given) encoding */
  DS_INPUT_ERROR_UNKNOWN_ENCODING, /* --encoding names nothing iconv knows */
  DS_INPUT_ERROR_BINARY,        /* NUL bytes: not a text file */
  DS_INPUT_ERROR_JSON,          /* a JSON Lines record that cannot be read */
  DS_INPUT_ERROR_TOO_LARGE,     /* a document or line over the size limit */
} DsInputError;

/* How many byte offsets of replacements are kept (the first ones). */
#define DS_REPLACED_AT_MAX 8

/* What --lossy replaced with U+FFFD. */
typedef struct
{
  guint bytes;                      /* invalid input bytes replaced */
  guint n_at;
  gsize at[DS_REPLACED_AT_MAX];     /* input byte offsets of the first ones */
} DsReplacements;

typedef struct
{
  char *text;           /* valid UTF-8, NUL-terminated, no BOM */
  gsize length;         /* bytes */
  const char *encoding; /* static name: "UTF-8", "UTF-16LE", "GB18030", "BIG5", … */
  DsReplacements replaced; /* lossy only */
} DsDecoded;

/* Appends @data (@length bytes, UTF-8 or not) to @out as valid UTF-8, each
 * maximal subpart of an ill-formed sequence replaced by one U+FFFD,
 * recorded in @rep with its offset plus @base (ds-utf8-lossy.c). NUL bytes
 * are copied. */
void _ds_utf8_decode_lossy (const char *data, gsize length, gsize base, GString *out, DsReplacements *rep);
void _ds_replacements_add (DsReplacements *rep, gsize offset, gsize n_bytes);

/**
 * _ds_input_decode:
 * @name: file name, for messages
 * @data: raw bytes
 * @length: their length
 * @encoding: (nullable): forced encoding (any iconv name; "gbk" and
 *   "gb2312" read as GB18030), or %NULL to detect: BOM (UTF-8, UTF-16LE/BE),
 *   else valid UTF-8, else whichever of GB18030 and Big5 decodes cleanly
 *   (both: the one whose text has more common Chinese characters)
 * @lossy: replace invalid bytes with U+FFFD (counted) instead of failing
 *
 * Errors name the file, the byte offset and the reason.
 */
DS_INTERNAL gboolean _ds_input_decode (const char *name,
                                  const char *data,
                                  gsize length,
                                  const char *encoding,
                                  gboolean lossy,
                                  DsDecoded *out,
                                  GError **error);

/**
 * _ds_input_is_plain_utf8:
 *
 * Whether @data can be a document's text as it is (no BOM, valid UTF-8, no
 * NUL): then the caller may keep the buffer instead of decoding a copy.
 * Sets @n_codepoints, the text's length in code points, when it is.
 */
DS_INTERNAL gboolean _ds_input_is_plain_utf8 (const char *data, gsize length, gsize *n_codepoints);

G_END_DECLS
