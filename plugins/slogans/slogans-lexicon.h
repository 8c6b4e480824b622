/* slogans-lexicon.h: the slogan lexicon (config/slogans.txt) and its matcher.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <docsift/docsift.h>

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
  guint entry;           /* index into entries, or SLOGAN_FORM_STOP */
} SloganForm;

/* The entry of a stop form in slogan_lexicon_match(): a name that is no
 * slogan and hides the lexicon forms inside it. */
#define SLOGAN_FORM_STOP G_MAXUINT

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

/* The length in bytes of the cue word at @text (up to @end), or 0: the
 * [cue] list of the word lists, or an @cue word of a lexicon file. */
gsize slogan_lexicon_match_cue (const SloganLexicon *lex, const char *text, const char *end);

/* The length in bytes of a preceding cue (@precue) ending exactly at @end
 * (text from @start), or 0. */
gsize slogan_lexicon_match_cue_before (const SloganLexicon *lex, const char *start, const char *end);

/* The word lists of slogans-words.txt ([name] sections, read with the
 * toolkit's DsWordLists): frames, name endings, speech words, chain and cue
 * words. All are required. */
typedef enum
{
  SLOGAN_WORDS_FRAME,
  SLOGAN_WORDS_DEMONSTRATIVE,
  SLOGAN_WORDS_SPEECH_FRAME,
  SLOGAN_WORDS_SPEECH_CHARS,
  SLOGAN_WORDS_FUNCTION_CHARS,
  SLOGAN_WORDS_FUNCTION_CHARS_NOT,
  SLOGAN_WORDS_NAME_SUFFIX,
  SLOGAN_WORDS_NAME_SUFFIX_NOT,
  SLOGAN_WORDS_NAME_AFTER,
  SLOGAN_WORDS_NAME_BEFORE,
  SLOGAN_WORDS_TITLE_FRAME,
  SLOGAN_WORDS_DEGREE_ADVERBS,
  SLOGAN_WORDS_ATTRIBUTIVE_NOT,
  SLOGAN_WORDS_ATTRIBUTIVE_HEADS,
  SLOGAN_WORDS_SCARE_BEFORE,
  SLOGAN_WORDS_LEXICON_BOUNDARY,
  SLOGAN_WORDS_CHAIN_SUFFIXES,
  SLOGAN_WORDS_CHAIN_BOUNDARY,
  SLOGAN_WORDS_CHAIN_FUNCTION,
  SLOGAN_WORDS_ORG_SUFFIXES,
  SLOGAN_WORDS_LABEL_SUFFIXES,
  SLOGAN_WORDS_DOCUMENT_SUFFIXES,
  SLOGAN_WORDS_CONNECTORS,
  SLOGAN_WORDS_CUE,
  SLOGAN_WORDS_PRECUE,
  SLOGAN_WORDS_LEGAL_REFS,
  SLOGAN_N_WORDS
} SloganWords;

/* The section name of a list. */
const char *slogan_words_name (SloganWords which);
/* Reads the word lists; fails with "path:line: reason" on a bad line and
 * names the file and section when a list is missing. */
gboolean slogan_lexicon_load_words (SloganLexicon *lex, const char *path, GError **error);
/* The list, or NULL before slogan_lexicon_load_words(). */
const DsWordSet *slogan_lexicon_get_words (const SloganLexicon *lex, SloganWords which);
/* Byte length of the longest word of the list at @p (up to @end), or 0. */
gsize slogan_words_match (const SloganLexicon *lex, SloganWords which, const char *p, const char *end);
/* Byte length of the longest word of the list ending at @end (text from @start), or 0. */
gsize slogan_words_match_before (const SloganLexicon *lex, SloganWords which, const char *start,
                                 const char *end);
/* Whether @s..@e ends with a word of the list shorter than it. */
gboolean slogan_words_has_suffix (const SloganLexicon *lex, SloganWords which, const char *s,
                                  const char *e);
/* Whether @p[0..length) is a word of the list. */
gboolean slogan_words_contains (const SloganLexicon *lex, SloganWords which, const char *p,
                                gsize length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SloganLexicon, slogan_lexicon_free)

G_END_DECLS
