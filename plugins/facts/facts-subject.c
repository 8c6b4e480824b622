/* facts-subject.c: the region, zone, company or body a figure is about.
 *
 * A subject is a name ending with a listed suffix (config/facts.txt,
 * [subject_zone], [subject_region], [subject_company], [subject_body]) with
 * at least two Han characters before the suffix: the name is walked back
 * from the suffix over Han characters until a stop word ([subject_stop]; not
 * one that begins a [subject_name_words] word: 经济), a non-Han character or
 * the clause start. Words such as 市场 or 格局 that
 * hold a suffix are not names ([not_subject]).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#define FX_NAME_MAX_CHARS 12
#define FX_PLACE_MAX_CHARS 4

/* A name ending at @q (view bytes), searched no further back than @start.
 * With @strict, the walk must end at @start, a non-Han character or a lead
 * word ([subject_lead]); another stop word rejects the name. */
static gboolean
name_ending_at (const FxDoc *d, gsize start, gsize q, gboolean strict, FxSubject *out)
{
  const FxLexicon *lex = d->lex;
  const char *t = d->text;
  gpointer cls = NULL;
  gsize slen = ds_word_set_match_suffix (lex->subject_suffixes, t + start, t + q, &cls);
  if (slen == 0)
    return FALSE;
  gsize s0 = q - slen;
  /* 市场, 区域 (a longer word starting at the suffix) and 格局, 中心城市 (one
   * ending where it ends) */
  if (ds_word_set_match (lex->not_subject, t + s0, t + d->len, NULL) > slen ||
      ds_word_set_match_suffix (lex->not_subject, t + start, t + q, NULL) > slen)
    return FALSE;
  /* the suffix goes on: 工业园|区, 市|委 */
  if (q < d->len)
    {
      const char *next = NULL;
      gunichar c = ds_utf8_decode (t + q, t + d->len, &next);
      if (ds_unichar_is_han (c) && ds_word_set_match_suffix (lex->subject_suffixes, t + start, next, NULL) > 0)
        return FALSE;
    }
  gsize p = s0;
  guint n = 0, cap = FX_NAME_MAX_CHARS;
  gboolean accepted = TRUE;
  while (p > start && n < cap)
    {
      gboolean lead = ds_word_set_match_suffix (lex->subject_lead, t + start, t + p, NULL) > 0;
      gsize stop = lead ? 0 : ds_word_set_match_suffix (lex->subject_stop, t + start, t + p, NULL);
      /* 经 stops the walk, 经济 (西宁经济技术开发区) goes on, over a place
       * name of at most FX_PLACE_MAX_CHARS more */
      if (stop > 0 && ds_word_set_match (lex->subject_name_words, t + p - stop, t + q, NULL) > stop)
        {
          cap = MIN (cap, n + (guint) g_utf8_strlen (t + p - stop, (gssize) stop) + FX_PLACE_MAX_CHARS);
          stop = 0;
        }
      if (lead || stop > 0)
        {
          accepted = lead || !strict;
          break;
        }
      const char *prev = ds_utf8_prev (t + start, t + p);
      if (!ds_unichar_is_han (fx_decode (prev, t + p)))
        break;
      p = (gsize) (prev - t);
      n++;
    }
  if (!accepted || n < 2 || (strict && n >= FX_NAME_MAX_CHARS))
    return FALSE;
  out->vs = p;
  out->ve = q;
  out->cls = cls;
  return TRUE;
}

gboolean
fx_subject_before (const FxDoc *d, gsize start, gsize pos, FxSubject *out)
{
  const char *t = d->text;
  gsize q = pos;
  while (q > start)
    {
      const char *prev = ds_utf8_prev (t + start, t + q), *next;
      if (ds_word_set_may_end_with (d->lex->subject_suffixes, ds_utf8_decode (prev, t + q, &next)) &&
          name_ending_at (d, start, q, TRUE, out))
        return TRUE;
      q = (gsize) (prev - t);
    }
  return FALSE;
}

/* The first zone and the first name of any class in paragraphs [from, to),
 * in their first FX_SUBJECT_BODY_BYTES; one pass, stopping at a zone. */
static void
first_names (const FxDoc *d, guint from, guint to, FxSubject *zone, FxSubject *any)
{
  const char *t = d->text;
  gsize limit = from < d->n_paragraphs ? d->paragraphs[from].start + FX_SUBJECT_BODY_BYTES : 0;
  for (guint i = from; i < to && i < d->n_paragraphs && d->paragraphs[i].start < limit; i++)
    {
      const DsSpan *par = &d->paragraphs[i];
      const char *p = t + par->start;
      while (p < t + MIN (par->end, limit))
        {
          const char *next = NULL;
          gunichar c = ds_utf8_decode (p, t + par->end, &next);
          FxSubject s;
          /* (a name ends with a suffix: the filter turns most characters away) */
          if (ds_word_set_may_end_with (d->lex->subject_suffixes, c) &&
              name_ending_at (d, par->start, (gsize) (next - t), FALSE, &s))
            {
              if (any->ve == 0)
                *any = s;
              if (g_str_equal (s.cls, "zone"))
                {
                  *zone = s;
                  return;
                }
            }
          p = next;
        }
    }
}

/* The document's subject: the first zone named in the title lines (the
 * paragraphs before @head_end, the publication line), else the first zone
 * of the text after them, else the first name of any class in the title,
 * else in the text; the text is searched in its first
 * FX_SUBJECT_BODY_BYTES (about 500 characters: the opening paragraphs). */
void
fx_document_subject (FxDoc *d, gsize head_end)
{
  guint n_head = 0;
  while (n_head < d->n_paragraphs && d->paragraphs[n_head].end <= head_end)
    n_head++;
  guint body = n_head;
  if (body < d->n_paragraphs && d->paragraphs[body].start < head_end)
    body++; /* the publication line itself */
  FxSubject head_zone = { 0 }, head_any = { 0 }, body_zone = { 0 }, body_any = { 0 };
  first_names (d, 0, n_head, &head_zone, &head_any);
  if (head_zone.ve == 0)
    first_names (d, body, d->n_paragraphs, &body_zone, &body_any);
  const FxSubject *order[] = { &head_zone, &body_zone, &head_any, &body_any };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (order[i]->ve > order[i]->vs)
      {
        d->doc_subject = *order[i];
        return;
      }
}
