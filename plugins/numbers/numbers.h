/* numbers.h: internals of the numbers plugin (extraction without the core).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <docsift/docsift.h>

G_BEGIN_DECLS

typedef struct
{
  char *surface;
  gsize surface_len;
  char *unit;   /* "@local" = document currency; NULL = none */
  char *kind;
  int exp10;
  gboolean prefix;
} NumUnit;

/* The loaded unit table: shared read-only by all threads. */
typedef struct
{
  GPtrArray *units;        /* NumUnit*, owned */
  GHashTable *by_first;    /* first code point → GPtrArray of NumUnit* (longest first) */
  GHashTable *prefix_by_first;
  guint max_prefix_len;
  GPtrArray *prefixes;     /* the prefix units (NumUnit*, not owned), in file order */
  guint64 prefix_last[4];  /* bitmap of the bytes prefix units end with */
} NumUnitTable;

#define NUM_UNIT_ERROR (g_quark_from_static_string ("numbers-unit-table"))

NumUnitTable *num_unit_table_load (const char *path, GError **error);
NumUnitTable *num_unit_table_parse (const char *data, gsize length, const char *name, GError **error);
void num_unit_table_free (NumUnitTable *table);

/* One mention, in bytes of the text read. */
typedef struct
{
  gsize start, end;
  char *value_text;     /* exact decimal (or "a/b" for fractions); NULL if vague */
  double value;         /* NAN when none */
  char *low_text, *high_text;
  double low, high;     /* NAN when none */
  const char *unit;     /* static or owned by the table; NULL = none */
  const char *kind;
  const char *approx;
  const char *change;
  const char *modality;
  char *share;
  char *metric;
  const char *excluded; /* why it is not a quantity (date, slogan, code…); NULL if reported */
} NumMention;

typedef struct
{
  gboolean include_all; /* keep excluded mentions (with "excluded" set) */
  gboolean metric;      /* compute metric/share/change/modality */
} NumOptions;

/* The word lists of the extractor (config/numbers-words.txt): cues, stops, verbs… */
typedef struct _NumWords NumWords;

NumWords *num_words_load (const char *path, const char *subjects_path, GError **error);
void num_words_free (NumWords *words);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NumWords, num_words_free)

/* Finds the mentions of @text. Returns an array of NumMention (free with
 * num_mentions_free()). Excluded mentions are only kept with include_all.
 * @script: the script of the original text (the normalize layer's "script":
 * "traditional", "mixed", "simplified"…), or NULL when unknown. */
GArray *num_extract (const NumUnitTable *table, const NumWords *words, const char *text, gsize length,
                     const NumOptions *opts, const char *script);
void num_mentions_free (GArray *mentions);

/* Exact decimal helpers (exposed for tests). */
char *num_decimal_shift (const char *text, int exp10);

G_END_DECLS
