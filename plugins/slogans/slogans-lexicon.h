/* slogans-lexicon.h: the slogan lexicon (config/slogans.txt) and its matcher.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SLOGAN_LEXICON_ERROR (slogan_lexicon_error_quark ())
GQuark slogan_lexicon_error_quark (void);

typedef enum
{
  SLOGAN_LEXICON_ERROR_IO,
  SLOGAN_LEXICON_ERROR_SYNTAX,
} SloganLexiconError;

/* One surface form of a known slogan. */
typedef struct
{
  char *form;            /* surface, UTF-8 */
  gsize length;          /* bytes */
  guint entry;           /* index into entries */
} SloganForm;

/* One lexicon line. */
typedef struct
{
  char *canonical;       /* the reported "slogan" */
  char *category;        /* nullable */
  char *source;          /* "file:line" */
} SloganEntry;

typedef struct _SloganLexicon SloganLexicon;

SloganLexicon *slogan_lexicon_new (void);
void slogan_lexicon_free (SloganLexicon *lex);

/* Parses @text (the contents of @filename, used in messages) and adds its
 * entries, stop forms and cue words. Fails with the file name and line. */
gboolean slogan_lexicon_add_data (SloganLexicon *lex,
                                  const char *filename,
                                  const char *text,
                                  gsize length,
                                  GError **error);
gboolean slogan_lexicon_add_file (SloganLexicon *lex, const char *path, GError **error);

/* Builds the first-character index; call once after the last add. */
void slogan_lexicon_finish (SloganLexicon *lex);

guint slogan_lexicon_get_n_entries (const SloganLexicon *lex);
const SloganEntry *slogan_lexicon_get_entry (const SloganLexicon *lex, guint index);

/* Whether a character may start a lexicon form (a cheap pre-check). */
gboolean slogan_lexicon_may_start (const SloganLexicon *lex, gunichar c);

/* The longest form that starts at @text (bytes up to @end), or NULL. */
const SloganForm *slogan_lexicon_match (const SloganLexicon *lex, const char *text, const char *end);

/* The entry whose form is exactly @text[0..length), or NULL. */
const SloganEntry *slogan_lexicon_lookup (const SloganLexicon *lex, const char *text, gsize length);

/* Whether @text[0..length) is a stop form. */
gboolean slogan_lexicon_is_stop (const SloganLexicon *lex, const char *text, gsize length);

/* The length in bytes of the cue word at @text (up to @end), or 0. */
gsize slogan_lexicon_match_cue (const SloganLexicon *lex, const char *text, const char *end);

/* The length in bytes of a preceding cue (@precue) ending exactly at @end
 * (text from @start), or 0. */
gsize slogan_lexicon_match_cue_before (const SloganLexicon *lex, const char *start, const char *end);

/* Named word lists (@list NAME WORD …): the frames, suffixes and stop
 * words the quote classifier and the lexicon boundary read. */
gboolean slogan_lexicon_has_list (const SloganLexicon *lex, const char *name);
/* Byte length of the longest word of list @name at @text (up to @end), or 0. */
gsize slogan_lexicon_list_match (const SloganLexicon *lex, const char *name, const char *text,
                                 const char *end);
/* Byte length of the longest word of list @name ending exactly at @end
 * (text from @start), or 0. */
gsize slogan_lexicon_list_match_before (const SloganLexicon *lex, const char *name,
                                        const char *start, const char *end);
/* Whether @s..@e ends with a word of list @name that is shorter than it. */
gboolean slogan_lexicon_list_has_suffix (const SloganLexicon *lex, const char *name,
                                         const char *s, const char *e);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SloganLexicon, slogan_lexicon_free)

G_END_DECLS
