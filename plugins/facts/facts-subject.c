/* facts-subject.c: the region, zone, company or body a figure is about.
 *
 * A subject is a name ending with a listed suffix (config/facts.txt,
 * [subject_zone], [subject_region], [subject_company], [subject_body]) with
 * at least two Han characters before the suffix: the name is walked back
 * from the suffix over Han characters until a stop word ([subject_stop]), a
 * non-Han character or the clause start. Words such as 市场 or 格局 that
 * hold a suffix are not names ([not_subject]).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "facts.h"

#define FX_NAME_MAX_CHARS 12

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
  guint n = 0;
  gboolean accepted = TRUE;
  while (p > start && n < FX_NAME_MAX_CHARS)
    {
      gboolean lead = ds_word_set_match_suffix (lex->subject_lead, t + start, t + p, NULL) > 0;
      if (lead || ds_word_set_match_suffix (lex->subject_stop, t + start, t + p, NULL) > 0)
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
      if (name_ending_at (d, start, q, TRUE, out))
        return TRUE;
      q = (gsize) (ds_utf8_prev (t + start, t + q) - t);
    }
  return FALSE;
}

/* The first name of class @cls (any when NULL) in paragraphs [from, to). */
static gboolean
first_name (const FxDoc *d, guint from, guint to, const char *cls, FxSubject *out)
{
  const char *t = d->text;
  for (guint i = from; i < to && i < d->n_paragraphs; i++)
    {
      const DsSpan *par = &d->paragraphs[i];
      const char *p = t + par->start;
      while (p < t + par->end)
        {
          const char *next = NULL;
          ds_utf8_decode (p, t + par->end, &next);
          FxSubject s;
          if (name_ending_at (d, par->start, (gsize) (next - t), FALSE, &s) && (!cls || g_str_equal (s.cls, cls)))
            {
              *out = s;
              return TRUE;
            }
          p = next;
        }
    }
  return FALSE;
}

/* The document's subject: the first zone named in the title lines (the
 * paragraphs before @head_end, the publication line), else the first zone
 * of the text after them, else the first name of any class in the title,
 * else in the text. */
void
fx_document_subject (FxDoc *d, gsize head_end)
{
  guint n_head = 0;
  while (n_head < d->n_paragraphs && d->paragraphs[n_head].end <= head_end)
    n_head++;
  guint body = n_head;
  if (body < d->n_paragraphs && d->paragraphs[body].start < head_end)
    body++; /* the publication line itself */
  FxSubject s = { 0, 0, NULL };
  if (first_name (d, 0, n_head, "zone", &s) || first_name (d, body, d->n_paragraphs, "zone", &s) ||
      first_name (d, 0, n_head, NULL, &s) || first_name (d, body, d->n_paragraphs, NULL, &s))
    d->doc_subject = s;
}
