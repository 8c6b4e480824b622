/* slogans-lexicon.c: parse config/slogans.txt and match its forms.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-lexicon.h"

#include <docsift/docsift.h>

#include <string.h>

#define MAX_FORM_CHARS 32

G_DEFINE_QUARK (slogan-lexicon-error-quark, slogan_lexicon_error)

struct _SloganLexicon
{
  GPtrArray *entries;     /* SloganEntry* */
  GPtrArray *forms;       /* SloganForm* (owned) */
  GHashTable *by_form;    /* char* form -> SloganForm* (last definition wins) */
  GHashTable *by_first;   /* GUINT_TO_POINTER(first char) -> GPtrArray of SloganForm*, longest first */
  GHashTable *stops;      /* char* set */
  GPtrArray *cues;        /* char* */
  GPtrArray *precues;     /* char* */
  DsWordLists *words;     /* slogans-words.txt */
  const DsWordSet *word_sets[SLOGAN_N_WORDS];
  guint8 *first_bits;     /* BMP bitmap of first characters */
};

static void
entry_free (gpointer p)
{
  SloganEntry *e = p;
  g_free (e->canonical);
  g_free (e->category);
  g_free (e->source);
  g_free (e);
}

static void
form_free (gpointer p)
{
  SloganForm *f = p;
  g_free (f->form);
  g_free (f);
}

SloganLexicon *
slogan_lexicon_new (void)
{
  SloganLexicon *lex = g_new0 (SloganLexicon, 1);
  lex->entries = g_ptr_array_new_with_free_func (entry_free);
  lex->forms = g_ptr_array_new_with_free_func (form_free);
  lex->by_form = g_hash_table_new (g_str_hash, g_str_equal);
  lex->by_first = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  lex->stops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->cues = g_ptr_array_new_with_free_func (g_free);
  lex->precues = g_ptr_array_new_with_free_func (g_free);
  lex->first_bits = g_malloc0 (0x10000 / 8);
  return lex;
}

void
slogan_lexicon_free (SloganLexicon *lex)
{
  if (lex == NULL)
    return;
  g_hash_table_unref (lex->by_first);
  g_hash_table_unref (lex->by_form);
  g_hash_table_unref (lex->stops);
  g_ptr_array_unref (lex->forms);
  g_ptr_array_unref (lex->entries);
  g_ptr_array_unref (lex->cues);
  g_ptr_array_unref (lex->precues);
  g_clear_pointer (&lex->words, ds_word_lists_free);
  g_free (lex->first_bits);
  g_free (lex);
}

static gboolean
check_form (const char *form, const char *filename, guint line, GError **error)
{
  glong n = g_utf8_strlen (form, -1);
  if (n == 0)
    {
      g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                   "%s:%u: empty form", filename, line);
      return FALSE;
    }
  if (n > MAX_FORM_CHARS)
    {
      g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                   "%s:%u: form “%s” is longer than %d characters", filename, line, form,
                   MAX_FORM_CHARS);
      return FALSE;
    }
  for (const char *p = form; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == '[' || c == ']' || c == '|')
        {
          g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                       "%s:%u: form “%s” contains a space or one of | [ ]", filename, line,
                       form);
          return FALSE;
        }
    }
  return TRUE;
}

/* Splits "a | b | c" into trimmed forms, all checked. */
static char **
split_forms (const char *s, const char *filename, guint line, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (s, "|", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (!check_form (parts[i], filename, line, error))
        return NULL;
    }
  return g_steal_pointer (&parts);
}

gboolean
slogan_lexicon_add_data (SloganLexicon *lex,
                         const char *filename,
                         const char *text,
                         gsize length,
                         GError **error)
{
  const char *p = text, *end = text + length;
  guint line = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *ls = p;
      p = nl ? nl + 1 : end;
      line++;
      if (le > ls && le[-1] == '\r')
        le--;
      if (memchr (ls, '\0', le - ls) != NULL || !g_utf8_validate (ls, le - ls, NULL))
        {
          g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                       "%s:%u: not valid UTF-8 text", filename, line);
          return FALSE;
        }
      g_autofree char *raw = g_strndup (ls, le - ls);

      /* comments: a leading # or " #" */
      char *hash = raw[0] == '#' ? raw : strstr (raw, " #");
      if (hash == NULL)
        hash = strstr (raw, "\t#");
      if (hash)
        *hash = '\0';
      g_strstrip (raw);
      if (raw[0] == '\0')
        continue;

      if (raw[0] == '@')
        {
          gboolean pre = g_str_has_prefix (raw, "@precue");
          gsize dl = pre ? 7 : 4;
          if ((pre || g_str_has_prefix (raw, "@cue")) && (raw[dl] == ' ' || raw[dl] == '\t'))
            {
              GPtrArray *dest = pre ? lex->precues : lex->cues;
              g_auto (GStrv) words = g_strsplit_set (raw + dl, " \t", -1);
              guint added = 0;
              for (guint i = 0; words[i]; i++)
                {
                  if (words[i][0] == '\0')
                    continue;
                  if (!check_form (words[i], filename, line, error))
                    return FALSE;
                  g_ptr_array_add (dest, g_strdup (words[i]));
                  added++;
                }
              if (added == 0)
                {
                  g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                               "%s:%u: %s without words", filename, line, pre ? "@precue" : "@cue");
                  return FALSE;
                }
              continue;
            }
          g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                       "%s:%u: unknown directive “%s” (expected @cue or @precue)", filename, line, raw);
          return FALSE;
        }

      if (raw[0] == '!')
        {
          g_auto (GStrv) forms = split_forms (raw + 1, filename, line, error);
          if (forms == NULL)
            return FALSE;
          for (guint i = 0; forms[i]; i++)
            if (g_hash_table_add (lex->stops, g_strdup (forms[i])))
              {
                SloganForm *f = g_new0 (SloganForm, 1);
                f->form = g_strdup (forms[i]);
                f->length = strlen (f->form);
                f->entry = SLOGAN_FORM_STOP;
                g_ptr_array_add (lex->forms, f);
              }
          continue;
        }

      /* optional trailing [category] */
      g_autofree char *category = NULL;
      gsize rl = strlen (raw);
      if (raw[rl - 1] == ']')
        {
          char *open = strrchr (raw, '[');
          if (open == NULL)
            {
              g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                           "%s:%u: “]” without “[”", filename, line);
              return FALSE;
            }
          raw[rl - 1] = '\0';
          category = g_strstrip (g_strdup (open + 1));
          *open = '\0';
          g_strstrip (raw);
          if (category[0] == '\0' || strpbrk (category, "[]|") != NULL)
            {
              g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                           "%s:%u: bad category", filename, line);
              return FALSE;
            }
        }
      else if (strchr (raw, '[') || strchr (raw, ']'))
        {
          g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_SYNTAX,
                       "%s:%u: a category must be “[name]” at the end of the line",
                       filename, line);
          return FALSE;
        }

      g_auto (GStrv) forms = split_forms (raw, filename, line, error);
      if (forms == NULL)
        return FALSE;

      SloganEntry *e = g_new0 (SloganEntry, 1);
      e->canonical = g_strdup (forms[0]);
      e->category = g_steal_pointer (&category);
      e->source = g_strdup_printf ("%s:%u", filename, line);
      guint idx = lex->entries->len;
      g_ptr_array_add (lex->entries, e);
      for (guint i = 0; forms[i]; i++)
        {
          SloganForm *f = g_new0 (SloganForm, 1);
          f->form = g_strdup (forms[i]);
          f->length = strlen (f->form);
          f->entry = idx;
          g_ptr_array_add (lex->forms, f);
          g_hash_table_insert (lex->by_form, f->form, f);
        }
    }
  return TRUE;
}

gboolean
slogan_lexicon_add_file (SloganLexicon *lex, const char *path, GError **error)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &text, &len, &local))
    {
      g_set_error (error, SLOGAN_LEXICON_ERROR, SLOGAN_LEXICON_ERROR_IO,
                   "%s: %s", path, local->message);
      return FALSE;
    }
  return slogan_lexicon_add_data (lex, path, text, len, error);
}

static int
cmp_form_len_desc (gconstpointer a, gconstpointer b)
{
  const SloganForm *fa = *(SloganForm *const *) a, *fb = *(SloganForm *const *) b;
  return fa->length < fb->length ? 1 : fa->length > fb->length ? -1 : 0;
}

void
slogan_lexicon_finish (SloganLexicon *lex)
{
  g_hash_table_remove_all (lex->by_first);
  memset (lex->first_bits, 0, 0x10000 / 8);
  GHashTableIter it;
  gpointer k, v;
  /* the forms of by_form that are not stops, and the stop forms (which
   * hide the lexicon forms inside them: 习近平新时代中国特色社会主义思想) */
  for (guint i = 0; i < lex->forms->len; i++)
    {
      SloganForm *f = g_ptr_array_index (lex->forms, i);
      gboolean stop = g_hash_table_contains (lex->stops, f->form);
      if (stop ? f->entry != SLOGAN_FORM_STOP : g_hash_table_lookup (lex->by_form, f->form) != f)
        continue;
      gunichar c = g_utf8_get_char (f->form);
      GPtrArray *list = g_hash_table_lookup (lex->by_first, GUINT_TO_POINTER (c));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (lex->by_first, GUINT_TO_POINTER (c), list);
        }
      g_ptr_array_add (list, f);
      if (c < 0x10000)
        lex->first_bits[c >> 3] |= (guint8) (1u << (c & 7));
    }
  g_hash_table_iter_init (&it, lex->by_first);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_sort ((GPtrArray *) v, cmp_form_len_desc);
}

guint
slogan_lexicon_get_n_entries (const SloganLexicon *lex)
{
  return lex->entries->len;
}

const SloganEntry *
slogan_lexicon_get_entry (const SloganLexicon *lex, guint index)
{
  g_return_val_if_fail (index < lex->entries->len, NULL);
  return g_ptr_array_index (lex->entries, index);
}

gboolean
slogan_lexicon_may_start (const SloganLexicon *lex, gunichar c)
{
  if (c < 0x10000)
    return (lex->first_bits[c >> 3] >> (c & 7)) & 1;
  return g_hash_table_contains (lex->by_first, GUINT_TO_POINTER (c));
}

const SloganForm *
slogan_lexicon_match (const SloganLexicon *lex, const char *text, const char *end)
{
  gunichar c = g_utf8_get_char (text);
  if (!slogan_lexicon_may_start (lex, c))
    return NULL;
  GPtrArray *list = g_hash_table_lookup (lex->by_first, GUINT_TO_POINTER (c));
  if (list == NULL)
    return NULL;
  gsize avail = end - text;
  for (guint i = 0; i < list->len; i++)
    {
      const SloganForm *f = g_ptr_array_index (list, i);
      if (f->length <= avail && memcmp (text, f->form, f->length) == 0)
        return f;
    }
  return NULL;
}

/* A NUL-terminated copy of text[0..length) for a hash lookup: in @buf when
 * it fits, else allocated (free it when it is not @buf). Like g_strndup(),
 * the key ends at an embedded NUL (string hashing stops there anyway). */
static char *
key_copy (const char *text, gsize length, char *buf, gsize size)
{
  char *key = length < size ? buf : g_malloc (length + 1);
  memcpy (key, text, length);
  key[length] = '\0';
  return key;
}

const SloganEntry *
slogan_lexicon_lookup (const SloganLexicon *lex, const char *text, gsize length)
{
  char buf[256];
  char *key = key_copy (text, length, buf, sizeof buf);
  const SloganEntry *e = NULL;
  if (!g_hash_table_contains (lex->stops, key))
    {
      const SloganForm *f = g_hash_table_lookup (lex->by_form, key);
      e = f ? g_ptr_array_index (lex->entries, f->entry) : NULL;
    }
  if (key != buf)
    g_free (key);
  return e;
}

gboolean
slogan_lexicon_is_stop (const SloganLexicon *lex, const char *text, gsize length)
{
  char buf[256];
  char *key = key_copy (text, length, buf, sizeof buf);
  gboolean stop = g_hash_table_contains (lex->stops, key);
  if (key != buf)
    g_free (key);
  return stop;
}

gsize
slogan_lexicon_match_cue (const SloganLexicon *lex, const char *text, const char *end)
{
  gsize best = slogan_words_match (lex, SLOGAN_WORDS_CUE, text, end), avail = end - text;
  for (guint i = 0; i < lex->cues->len; i++)
    {
      const char *cue = g_ptr_array_index (lex->cues, i);
      gsize n = strlen (cue);
      if (n <= avail && n > best && memcmp (text, cue, n) == 0)
        best = n;
    }
  return best;
}

gsize
slogan_lexicon_match_cue_before (const SloganLexicon *lex, const char *start, const char *end)
{
  gsize best = slogan_words_match_before (lex, SLOGAN_WORDS_PRECUE, start, end);
  gsize avail = end - start;
  for (guint i = 0; i < lex->precues->len; i++)
    {
      const char *cue = g_ptr_array_index (lex->precues, i);
      gsize n = strlen (cue);
      if (n <= avail && n > best && memcmp (end - n, cue, n) == 0)
        best = n;
    }
  return best;
}

static const char *const word_list_names[SLOGAN_N_WORDS] = {
  [SLOGAN_WORDS_FRAME] = "frame",
  [SLOGAN_WORDS_DEMONSTRATIVE] = "demonstrative",
  [SLOGAN_WORDS_SPEECH_FRAME] = "speech_frame",
  [SLOGAN_WORDS_SPEECH_CHARS] = "speech_chars",
  [SLOGAN_WORDS_FUNCTION_CHARS] = "function_chars",
  [SLOGAN_WORDS_FUNCTION_CHARS_NOT] = "function_chars_not",
  [SLOGAN_WORDS_NAME_SUFFIX] = "name_suffix",
  [SLOGAN_WORDS_NAME_SUFFIX_NOT] = "name_suffix_not",
  [SLOGAN_WORDS_NAME_AFTER] = "name_after",
  [SLOGAN_WORDS_NAME_BEFORE] = "name_before",
  [SLOGAN_WORDS_TITLE_FRAME] = "title_frame",
  [SLOGAN_WORDS_DEGREE_ADVERBS] = "degree_adverbs",
  [SLOGAN_WORDS_ATTRIBUTIVE_NOT] = "attributive_not",
  [SLOGAN_WORDS_ATTRIBUTIVE_HEADS] = "attributive_heads",
  [SLOGAN_WORDS_SCARE_BEFORE] = "scare_before",
  [SLOGAN_WORDS_LEXICON_BOUNDARY] = "lexicon_boundary",
  [SLOGAN_WORDS_CHAIN_SUFFIXES] = "chain_suffixes",
  [SLOGAN_WORDS_CHAIN_BOUNDARY] = "chain_boundary",
  [SLOGAN_WORDS_CHAIN_FUNCTION] = "chain_function",
  [SLOGAN_WORDS_ORG_SUFFIXES] = "org_suffixes",
  [SLOGAN_WORDS_LABEL_SUFFIXES] = "label_suffixes",
  [SLOGAN_WORDS_DOCUMENT_SUFFIXES] = "document_suffixes",
  [SLOGAN_WORDS_CONNECTORS] = "connectors",
  [SLOGAN_WORDS_CUE] = "cue",
  [SLOGAN_WORDS_PRECUE] = "precue",
  [SLOGAN_WORDS_LEGAL_REFS] = "legal_refs",
};

const char *
slogan_words_name (SloganWords which)
{
  return which < SLOGAN_N_WORDS ? word_list_names[which] : NULL;
}

gboolean
slogan_lexicon_load_words (SloganLexicon *lex, const char *path, GError **error)
{
  g_autoptr (DsWordLists) lists = ds_word_lists_load (path, error);
  if (lists == NULL)
    return FALSE;
  const DsWordSet *sets[SLOGAN_N_WORDS];
  for (guint i = 0; i < SLOGAN_N_WORDS; i++)
    if ((sets[i] = ds_word_lists_require_set (lists, word_list_names[i], error)) == NULL)
      return FALSE;
  g_clear_pointer (&lex->words, ds_word_lists_free);
  lex->words = g_steal_pointer (&lists);
  memcpy (lex->word_sets, sets, sizeof sets);
  return TRUE;
}

const DsWordSet *
slogan_lexicon_get_words (const SloganLexicon *lex, SloganWords which)
{
  return which < SLOGAN_N_WORDS ? lex->word_sets[which] : NULL;
}

gsize
slogan_words_match (const SloganLexicon *lex, SloganWords which, const char *p, const char *end)
{
  const DsWordSet *set = slogan_lexicon_get_words (lex, which);
  return set && p < end ? ds_word_set_match (set, p, end, NULL) : 0;
}

gsize
slogan_words_match_before (const SloganLexicon *lex, SloganWords which, const char *start,
                           const char *end)
{
  const DsWordSet *set = slogan_lexicon_get_words (lex, which);
  return set && start < end ? ds_word_set_match_suffix (set, start, end, NULL) : 0;
}

gboolean
slogan_words_has_suffix (const SloganLexicon *lex, SloganWords which, const char *s, const char *e)
{
  gsize n = slogan_words_match_before (lex, which, s, e);
  return n > 0 && n < (gsize) (e - s);
}

gboolean
slogan_words_contains (const SloganLexicon *lex, SloganWords which, const char *p, gsize length)
{
  const DsWordSet *set = slogan_lexicon_get_words (lex, which);
  return set && ds_word_set_contains (set, p, (gssize) length);
}
