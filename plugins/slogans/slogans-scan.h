/* slogans-scan.h: find, classify and count slogans in one text.
 *
 * Pure logic over a UTF-8 string (the view the plugin reads): no document,
 * no layer. All offsets are bytes of that string.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include "slogans-lexicon.h"

G_BEGIN_DECLS

typedef struct
{
  guint min_chars;         /* shortest quoted term (characters) */
  guint max_chars;         /* longest quoted term */
  guint max_formula_chars; /* longest quoted numeral formula ("一个创新基地、三个中心城市") */
  guint repeat;            /* a phrase quoted this often is a label; 0 = off */
  gboolean bare_numerals;  /* find unquoted numeral formulas (一核两区…, 十四五, 1+2+N) */
} SloganConfig;

#define SLOGAN_CONFIG_INIT { 2, 12, 24, 2, TRUE }

typedef enum
{
  SLOGAN_KIND_NUMERAL,
  SLOGAN_KIND_LEXICON,
  SLOGAN_KIND_QUOTED,
} SloganKind;

const char *slogan_kind_to_string (SloganKind kind);

/* Features of the label score of a quoted phrase (docs/plugins/slogans.md). */
typedef enum
{
  SLOGAN_FEATURE_LENGTH,
  SLOGAN_FEATURE_CUE,
  SLOGAN_FEATURE_FRAME,
  SLOGAN_FEATURE_REPEATED,
  SLOGAN_FEATURE_NUMERAL_START,
  SLOGAN_FEATURE_PAIRED,
  SLOGAN_FEATURE_DEMONSTRATIVE,
  SLOGAN_FEATURE_ATTRIBUTIVE,
  SLOGAN_FEATURE_SPEECH_FRAME,
  SLOGAN_FEATURE_SPEECH_CHARS,
  SLOGAN_FEATURE_FUNCTION_CHAR,
  SLOGAN_FEATURE_NAME_SUFFIX,
  SLOGAN_FEATURE_NAME_AFTER,
  SLOGAN_FEATURE_NAME_BEFORE,
  SLOGAN_FEATURE_TITLE_FRAME,
  SLOGAN_FEATURE_LATIN,
  SLOGAN_FEATURE_WORD,
  SLOGAN_FEATURE_DESCRIPTIVE,
  SLOGAN_FEATURE_SCARE,
  SLOGAN_FEATURE_DIGITS,
  SLOGAN_FEATURE_SPEECH_DOCUMENT,
  SLOGAN_FEATURE_LEGAL_DOCUMENT,
  SLOGAN_N_FEATURES
} SloganFeature;

/* A quoted phrase scoring this much is a label. */
#define SLOGAN_LABEL_SCORE 2

const char *slogan_feature_name (SloganFeature feature);
int slogan_feature_weight (SloganFeature feature);


typedef struct
{
  gint64 n;          /* the numeral's value; -1 for a symbol (the N of 1+2+N) */
  char *numeral;     /* its surface ("两", "1", "N") */
  char *classifier;  /* nullable: 个, 大, 项… between numeral and head */
  char *head;        /* "" when there is none (1+2+N) */
} SloganPart;

typedef struct
{
  gsize start, end;  /* bytes of the text, without quote marks */
  gboolean quoted;   /* exactly enclosed by quote marks */
} SloganOcc;

typedef struct
{
  char *key;                 /* the slogan (canonical form) */
  SloganKind kind;
  const SloganEntry *entry;  /* lexicon entry, or NULL */
  const char *reason;        /* how it was established: numeral, lexicon, cue, parallel, repeated */
  char *cue;                 /* the cue word, when reason is "cue" */
  GArray *occs;              /* SloganOcc, sorted by start */
  GPtrArray *parts;          /* SloganPart*; empty unless numeral */
  guint plan;                /* 14 for 十四五 (a five-year plan), else 0 */
  GPtrArray *joined_from;    /* char*: the adjacent quoted parts it joins */
  GPtrArray *part_of;        /* char*: joined formulas it is part of */
  guint quoted;              /* occurrences that are quoted */
  int score;                 /* label score, when reason is "label" */
  guint features;            /* its features (1 << SloganFeature) */
} SloganItem;

typedef struct
{
  gsize start, end;          /* content bytes (no quote marks / brackets) */
  const char *reason;        /* for rejected quotes: short, long, sentence, score, … */
  int score;                 /* the label score, when reason is "score" */
  guint features;            /* its features (1 << SloganFeature) */
} SloganSpan;

typedef struct
{
  GPtrArray *items;   /* SloganItem*, sorted by count (desc), then first position */
  GArray *titles;     /* SloganSpan: 《…》 contents */
  GArray *rejected;   /* SloganSpan: quoted phrases that are not slogans */
  guint n_quotes;     /* closed quotes seen */
  guint n_unclosed;   /* opening marks with no closing mark in reach */
} SloganResult;

SloganResult *slogan_scan (const SloganLexicon *lex,
                           const SloganConfig *config,
                           const char *text,
                           gsize length);
void slogan_result_free (SloganResult *result);

/* Parses @text[0..length) as a whole numeral formula (一优两高, 四个转变,
 * 一个创新基地、三个中心城市, 十四五, 1+2+N). Adds parts to @parts (may be
 * NULL) and returns whether it is one. Exposed for tests. */
gboolean slogan_parse_formula (const char *text, gsize length, GPtrArray *parts, guint *plan);

void slogan_part_free (gpointer part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SloganResult, slogan_result_free)

G_END_DECLS
