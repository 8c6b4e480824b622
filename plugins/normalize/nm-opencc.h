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

/* Converts @text (valid UTF-8) exactly as OpenCC's Converter::Convert would,
 * appending the result to @out and its alignment (input = @text) to @map;
 * adds the number of input characters that changed to @converted. Returns
 * FALSE with @error_message set if OpenCC throws. Thread-safe. */
gboolean nm_converter_convert (const NmConverter *conv,
                               const char *text,
                               gsize len,
                               GString *out,
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
