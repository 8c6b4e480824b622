/* nm-opencc.h: a C interface to the parts of OpenCC's C++ API the normalize
 * plugin needs: conversion with alignment, and the script character sets
 * derived from OpenCC's character dictionaries.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include "nm-text.h"

G_BEGIN_DECLS

typedef struct _NmConverter NmConverter;

/* Loads an OpenCC configuration file (e.g. /usr/share/opencc/t2s.json).
 * Returns NULL with @error_message (g_free) naming the file and the cause. */
NmConverter *nm_converter_new (const char *config_path, char **error_message);
void nm_converter_free (NmConverter *conv);

/* Converts the @len bytes of valid UTF-8 at the start of @buffer (writable,
 * @cap >= @len + 1 bytes) exactly as OpenCC's Converter::Convert would,
 * appending its alignment (input = the text) to @map and adding the number
 * of input characters that changed to @converted. The result is written
 * over @buffer as long as it never gets ahead of the input (then
 * *out_text == @buffer; spare room in @cap lets it get that far ahead);
 * otherwise *out_text is a new buffer (g_free). Either way @buffer's
 * contents are lost. *out_text is NUL-terminated, *out_len bytes long.
 * Returns FALSE with @error_message set if OpenCC throws. Thread-safe. */
gboolean nm_converter_convert (const NmConverter *conv,
                               char *buffer,
                               gsize len,
                               gsize cap,
                               char **out_text,
                               gsize *out_len,
                               NmMap *map,
                               guint64 *converted,
                               char **error_message);

/* Fills t->trad_only and t->simp_only from TSCharacters.ocd2 and
 * STCharacters.ocd2 in @dir: a character is Traditional-only when t2s
 * changes it, no t2s conversion produces it and s2t does not convert it;
 * Simplified-only likewise with the roles swapped. Returns FALSE with
 * @error_message naming the file on failure. */
gboolean nm_script_sets_load (const char *dir,
                              NmTables *t,
                              guint *n_trad,
                              guint *n_simp,
                              char **error_message);

G_END_DECLS
