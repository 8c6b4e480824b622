/* facts.h: the `facts` plugin's internals: figures of the numbers layer
 * joined with their subject, period and change.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <docsift/docsift.h>

/* The word lists of config/facts.txt and config/subjects.txt (shared with
 * numbers), loaded once in init. */
typedef struct
{
  DsWordLists *lists, *subjects;
  const DsWordSet *measuring_kinds, *rate_kinds, *change_up, *change_down;
  const DsWordSet *basis[4];  /* yoy, mom, qoq, ytd */
  const DsWordSet *comparison_before, *comparison_after;
  const DsWordSet *level_before, *list_separators, *respectively;
  const DsWordSet *increase_before, *decrease_before, *total_before, *span_back_after;
  DsWordSet *subject_suffixes;  /* every class; value: the class name */
  const DsWordSet *not_subject, *subject_stop, *subject_lead, *subject_name_words;
  const DsWordSet *increase_only, *decrease_only, *size_class_noun, *measure_noun, *list_count_after;
  const DsWordSet *own_clause_before, *forecast_before, *target_before, *plan_before, *rule_before;
  const DsWordSet *modal_nouns, *per_year_before, *not_increase;
  /* facts-subject.c: scope words, country cues, publishers, the gazetteer */
  const DsWordSet *subject_scope, *scope_not_after, *scope_not_before, *country_cue, *source_before, *source_after;
  const DsWordSet *needs_place, *place_not_after, *generic, *counter, *not_subject_facts;
  DsWordSet *places;            /* every [place_*] name; value: its level */
  guint8 *name_ends;            /* bitmaps of the BMP: the last two characters of suffixes, places, scope and cue words */
  guint8 *starts;               /* FX_N_STARTS bitmaps of the BMP: the first characters of some lists' words */
  guint8 *word_ends;            /* 4 bitmaps of the BMP: the last characters of places, lead, not_subject and stop words */
} FxLexicon;

/* The lists whose words are looked for at every character of a stretch:
 * a bitmap of their first characters skips the others (facts-lexicon.c). */
enum
{
  FX_STARTS_MODAL, /* forecast_before, target_before, plan_before, rule_before */
  FX_STARTS_BASIS, /* basis_* */
  FX_STARTS_INCREASE_BEFORE,
  FX_STARTS_DECREASE_BEFORE,
  FX_STARTS_INCREASE_ONLY,
  FX_STARTS_DECREASE_ONLY,
  FX_STARTS_OWN_CLAUSE_BEFORE,
  FX_STARTS_PER_YEAR_BEFORE,
  FX_N_STARTS
};

#define FX_STARTS_BYTES (0x10000 / 8)

/* Whether a word of the lists of bitmap @which may start with @c. */
static inline gboolean
fx_may_start (const FxLexicon *lex, guint which, gunichar c)
{
  const guint8 *bits = lex->starts + (gsize) which * FX_STARTS_BYTES;
  return c >= 0x10000 || (bits[c >> 3] & (1u << (c & 7)));
}

extern const char *const fx_basis_names[4];

FxLexicon *fx_lexicon_load (const char *path, const char *subjects_path, GError **error);
void fx_lexicon_free (FxLexicon *lex);

/* A figure of the numbers layer, placed in the view. */
typedef enum
{
  FX_SKIP,  /* not a measuring figure */
  FX_BASE,  /* a figure that is a fact */
  FX_RATE,  /* a change: attached to a base, or a fact with value null */
} FxRole;

typedef struct
{
  const DsItem *num;    /* the numbers item (owned by its layer) */
  gsize vs, ve;         /* view bytes */
  FxRole role;
  gint change;          /* FX_BASE: index of the attached rate, or -1 */
  gint base;            /* FX_RATE: index of the base it is attached to, or -1 */
  gint lead;            /* FX_RATE: the rate whose numbers change gives the direction
                         * (itself, or the first of its list) */
  const char *direction; /* an increase before its total: "up" or "down" */
  const char *kind;     /* numbers' kind (NULL: none) */
  const char *change_word; /* numbers' change (NULL: none), read by fx_classify_figures() */
} FxFigure;

/* A resolved date of the timeline layer, placed in the view. */
typedef struct
{
  const DsItem *tl;     /* the timeline item (owned by its layer) */
  const char *from, *to; /* its "from" and "to" (NULL: none) */
  gsize vs, ve;         /* the expression */
  gsize evs, eve;       /* the clause it dates */
  gboolean heading;     /* it starts its clause: it governs the sentence */
  gboolean comparison;  /* a comparison base (比上年, 与2020年相比): no period */
} FxDate;

/* A subject found in the text. */
typedef struct
{
  gsize vs, ve;         /* where it is named (a scope word, a country cue) */
  const char *cls;      /* zone, region, country, company, body */
  const char *name;     /* what a scope word or cue stands for; NULL: the text at vs..ve */
  gboolean placed;      /* the name holds a place of the gazetteer */
} FxSubject;

/* Where the list items, clauses and segments of a document end
 * (facts-bounds.c): every end character, in text order. */
enum
{
  FX_BOUND_LIST_ITEM = 1, /* 、 */
  FX_BOUND_CLAUSE,        /* also ends a list item */
  FX_BOUND_SEGMENT,       /* also ends a clause */
};

typedef struct
{
  gsize *after;  /* the byte after each end character */
  guint8 *level; /* FX_BOUND_*, and the character's length << 2 */
  guint n, cap;
} FxBounds;

/* Everything about one document the joins read. */
typedef struct
{
  const FxLexicon *lex;
  DsView *view;
  const char *text;
  gsize len;
  GArray *figures;      /* FxFigure, by position */
  GArray *dates;        /* FxDate, by position */
  const DsSpan *sentences;
  guint n_sentences;
  const DsSpan *paragraphs;
  guint n_paragraphs;
  FxSubject doc_subject; /* vs == ve: none */
  FxSubject country;    /* the publication's country (a cue word); vs == ve: none */
  gboolean doc_subject_mapped; /* doc_subject_start/end are set: its span in the original, mapped once */
  gsize doc_subject_start, doc_subject_end;
  char *reference;      /* publication date (YYYY-MM-DD…) or NULL */
  gsize reference_vs;   /* where the text gives it (G_MAXSIZE: nowhere) */
  gsize last_fact_vs;   /* the figure of the last fact written */
  FxBounds *bounds;     /* NULL: positions are found by walking the text */
  const guint32 *byte_of; /* the byte of every code point of the view (NULL: none made) */
  gsize n_cp;
  const DsOffsetMap *map; /* view code points to the original's (NULL: the same) */
  /* the last search for a subject heading an earlier clause (the figures
   * of one clause ask the same): from, to, its source and subject */
  gsize heading_from, heading_to;
  const char *heading_source;
  FxSubject heading_subject;
} FxDoc;

/* facts-bounds.c */
gboolean fx_is_clause_end (gunichar c);
gboolean fx_is_segment_end (gunichar c);
/* With @byte_of, also the byte of every code point, then @len (*@n_chars
 * of them; left NULL for a text of 4 GB or more). */
FxBounds *fx_bounds_new (const char *text, gsize len, guint32 **byte_of, gsize *n_chars);
void fx_bounds_free (FxBounds *b);
gsize fx_clause_start (const FxDoc *d, gsize pos);
gsize fx_list_item_start (const FxDoc *d, gsize pos);
gsize fx_segment_start (const FxDoc *d, gsize pos);
gsize fx_segment_end (const FxDoc *d, gsize pos);

/* facts-join.c */
const DsSpan *fx_span_at (const DsSpan *spans, guint n, gsize pos);
void fx_classify_figures (FxDoc *d);
void fx_attach_changes (FxDoc *d);
void fx_attach_increases (FxDoc *d);
void fx_attach_bare_increases (FxDoc *d);
gboolean fx_same_statement (const FxDoc *d, gsize earlier, gsize pos);
const char *fx_modality (const FxDoc *d, gsize pos, const char *given, const char *period_from, const char *period_to);
const char *fx_rate_metric (const FxDoc *d, const DsItem *rate);
const char *fx_change_basis (const FxDoc *d, gsize from, gsize to);
gint fx_find_period (const FxDoc *d, gsize pos, const char **scope);
void fx_mark_dates (FxDoc *d);

const char *fx_string_member (const DsItem *o, const char *name);

/* facts-figures.c */
gboolean fx_not_measure (const FxDoc *d, const FxFigure *f, const char *kind);

/* facts-subject.c */
gboolean fx_subject_lexicon_load (FxLexicon *lex, GError **error);
const char *fx_subject_for (FxDoc *d, gsize pos, FxSubject *out);
void fx_document_subject (FxDoc *d, gsize head_end);

/* how far into the body the document subject is looked for */
#define FX_SUBJECT_BODY_BYTES 1500

/* One character at @p (the toolkit's decoder wants a next pointer). */
static inline gunichar
fx_decode (const char *p, const char *end)
{
  const char *next;
  return ds_utf8_decode (p, end, &next);
}
