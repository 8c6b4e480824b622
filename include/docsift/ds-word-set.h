/* ds-word-set.h: a set of words, matched longest first at a position.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>

G_BEGIN_DECLS

/**
 * DsWordSet:
 *
 * A set of non-empty UTF-8 words, each with a pointer value, for the scanning
 * loops of plugins: which listed word starts (or ends) here, the longest one
 * if several do. Words are indexed by their first and by their last
 * character, longest first, so a match costs one hash probe and a few
 * memcmp()s, whatever the size of the set.
 *
 * Build a set in a plugin's init; after that it is read-only and may be
 * matched from several threads at once.
 *
 * |[<!-- language="C" -->
 * g_autoptr(DsWordSet) units = ds_word_set_new ();
 * ds_word_set_add (units, "万元", &wan_yuan);
 * ds_word_set_add (units, "万", &wan);
 * gpointer unit;
 * gsize n = ds_word_set_match (units, p, end, &unit);   // "万元": 6 bytes
 * ]|
 */
typedef struct _DsWordSet DsWordSet;

/** ds_word_set_new: Returns: (transfer full): an empty set. */
DS_API DsWordSet *ds_word_set_new (void);

/** ds_word_set_free: frees @set (not the values). */
DS_API void ds_word_set_free (DsWordSet *set);

/**
 * ds_word_set_add:
 * @set: a #DsWordSet
 * @word: a non-empty word, valid UTF-8 (copied)
 * @value: (nullable): returned by the match functions; not owned by @set
 *
 * Adds @word; if it is already there, its value becomes @value.
 *
 * Returns: %TRUE if @word was new
 */
DS_API gboolean ds_word_set_add (DsWordSet *set, const char *word, gpointer value);

/**
 * ds_word_set_match:
 * @set: a #DsWordSet
 * @p: where the word must start
 * @end: end of the text (nothing at or after it is read)
 * @value: (out) (optional): the value of the word found; untouched if none
 *
 * Returns: the length in bytes of the longest word of @set that starts at
 *   @p and ends at or before @end, or 0 if none does
 */
DS_API gsize ds_word_set_match (const DsWordSet *set, const char *p, const char *end, gpointer *value);

/**
 * ds_word_set_match_suffix:
 * @set: a #DsWordSet
 * @start: start of the text (nothing before it is read)
 * @p: where the word must end (one past its last byte; a character boundary)
 * @value: (out) (optional): the value of the word found; untouched if none
 *
 * Returns: the length in bytes of the longest word of @set that ends at @p
 *   and starts at or after @start, or 0 if none does
 */
DS_API gsize ds_word_set_match_suffix (const DsWordSet *set, const char *start, const char *p, gpointer *value);

/**
 * ds_word_set_contains:
 * @word: a word (need not be NUL-terminated when @length >= 0)
 * @length: its length in bytes, or -1 if NUL-terminated
 *
 * Returns: whether exactly @word is in @set
 */
DS_API gboolean ds_word_set_contains (const DsWordSet *set, const char *word, gssize length);

/**
 * ds_word_set_lookup:
 * @value: (out) (optional): the value of @word
 *
 * As ds_word_set_contains(), and gives the word's value.
 */
DS_API gboolean ds_word_set_lookup (const DsWordSet *set, const char *word, gssize length, gpointer *value);

/**
 * ds_word_set_may_start_with:
 * @c: a code point
 *
 * A quick test for scanning loops that have decoded @c already: %FALSE when
 * no word of @set starts with @c (ds_word_set_match() at @c is 0 then),
 * %TRUE when one may (the set's character filter: a few false positives).
 */
DS_API gboolean ds_word_set_may_start_with (const DsWordSet *set, gunichar c);

/**
 * ds_word_set_may_end_with:
 * @c: a code point
 *
 * As ds_word_set_may_start_with() for the last character: %FALSE when no
 * word ends with @c (ds_word_set_match_suffix() after @c is 0 then).
 */
DS_API gboolean ds_word_set_may_end_with (const DsWordSet *set, gunichar c);

/** ds_word_set_get_size: Returns: the number of words in @set. */
DS_API guint ds_word_set_get_size (const DsWordSet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsWordSet, ds_word_set_free)

G_END_DECLS
