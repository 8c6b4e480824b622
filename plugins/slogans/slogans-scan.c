/* slogans-scan.c: find, classify and count slogans in one text.
 *
 * Three sources, in one forward pass plus one counting pass:
 *  - quoted phrases (“” 「」 『』 ‘’ ﹁﹂ ﹃﹄ "" ＂＂), classified as numeral
 *    formula, lexicon entry, cue-marked label, repeated label, or rejected
 *    (short, long, sentence, …);
 *  - bare numeral formulas: chains N+head N+head… (一优两高, 三抓三促,
 *    一核两区两带两园一集群), plan periods (十四五), digit formulas (1+2+N);
 *  - lexicon forms, quoted or not.
 * Each slogan so established is then counted at every occurrence in the text
 * (leftmost-longest, lexicon and document forms counted separately so that a
 * lexicon watchword inside a longer quoted formula still counts).
 *
 * This file is the driver; the grammar lives in slogans-formula.c (numeral
 * formulas), slogans-quote.c (quoted phrases) and slogans-count.c (items,
 * lexicon matching, counting); slogans-internal.h is what they share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slogans-internal.h"

SloganResult *
slogan_scan (const SloganLexicon *lex, const SloganConfig *config, const char *text, gsize length)
{
  SloganConfig defaults = SLOGAN_CONFIG_INIT;
  if (config == NULL)
    config = &defaults;

  SloganResult *res = g_new0 (SloganResult, 1);
  res->items = g_ptr_array_new_with_free_func (sl_item_free);
  res->titles = g_array_new (FALSE, FALSE, sizeof (SloganSpan));
  res->rejected = g_array_new (FALSE, FALSE, sizeof (SloganSpan));

  Ctx ctx = { lex, config, text, text + length, res, NULL, NULL, NULL };
  ctx.items = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.quotes = g_array_new (FALSE, FALSE, sizeof (Quote));
  ctx.quoted_at = g_hash_table_new (NULL, NULL);

  guint reach = MAX (config->max_chars, config->max_formula_chars) + 1;
  const char *p = text, *end = text + length, *np;
  const char *numeral_skip = text, *sym_close = NULL;
  gunichar prev = 0, close;

  /* pass 1: quotes, titles, bare formulas */
  while (p < end)
    {
      gunichar c = ds_utf8_decode (p, end, &np);
      if (sl_quote_close_for (c, &close) && p != sym_close)
        {
          const char *cend, *close_end;
          if (sl_find_close (np, end, c, close, reach, &cend, &close_end))
            {
              Quote q = { p - text, np - text, cend - text, close_end - text, NULL, NULL, FALSE, FALSE };
              /* trim white space; a quote whose edges are blank is mispaired ("a" b "c") */
              const char *cs = np, *ce = cend;
              while (cs < ce && g_unichar_isspace (peek_char (cs, ce)))
                cs = g_utf8_next_char (cs);
              while (ce > cs && g_unichar_isspace (prev_char (cs, ce)))
                ce = ds_utf8_prev (cs, ce);
              q.cstart = cs - text;
              q.cend = ce - text;
              if (close == c)
                sym_close = cend;
              if ((cs != np || ce != cend) && close == c)
                q.reason = "mispaired";
              g_array_append_val (ctx.quotes, q);
              res->n_quotes++;
            }
          else
            res->n_unclosed++;
        }
      else if (c == U'《')
        {
          const char *cend, *close_end;
          if (sl_find_close (np, end, c, U'》', MAX_TITLE_CHARS, &cend, &close_end) && cend > np)
            {
              SloganSpan t = { np - text, cend - text, NULL };
              g_array_append_val (res->titles, t);
            }
        }
      else if (config->bare_numerals && p >= numeral_skip && is_chain_numeral (c) &&
               !is_chain_numeral (prev) && prev != U'第' && !is_ascii_or_wide_digit (prev) &&
               /* 條之三, 第一百四十六條, 上周五援引 */
               prev != U'之' && prev != U'百' && prev != U'千' && prev != U'周' && prev != U'週')
        {
          /* find the formula first; build its parts only for a new item */
          guint plan = 0;
          const char *e = sl_read_plan (p, end, &plan);
          gboolean is_plan = e && sl_plan_context_ok (p, text, e, end);
          if (!is_plan)
            {
              plan = 0;
              e = sl_read_chain (lex, text, p, end, NULL);
            }
          if (e && !slogan_lexicon_is_stop (lex, p, e - p))
            {
              SloganItem *item = sl_establish (&ctx, p, e - p, "numeral");
              if (item->parts->len == 0)
                {
                  if (is_plan)
                    g_ptr_array_add (item->parts, sl_part_new (plan, p, sl_advance_chars (p, end, 2), NULL, NULL,
                                                            sl_advance_chars (p, end, 2), e));
                  else
                    sl_read_chain (lex, text, p, end, item->parts);
                  item->plan = plan;
                }
              numeral_skip = e;
            }
        }
      else if (config->bare_numerals && p >= numeral_skip && is_ascii_or_wide_digit (c) &&
               !is_ascii_or_wide_alnum (prev) && prev != '+' && prev != U'＋' && prev != '.')
        {
          const char *e = sl_read_plus_formula (p, end, NULL, FALSE);
          if (e)
            {
              SloganItem *item = sl_establish (&ctx, p, e - p, "numeral");
              if (item->parts->len == 0)
                sl_read_plus_formula (p, end, item->parts, FALSE);
              numeral_skip = e;
            }
          else
            {
              /* skip the rest of this digit run */
              const char *q = np, *nq;
              while (q < end && is_ascii_or_wide_alnum (ds_utf8_decode (q, end, &nq)))
                q = nq;
              numeral_skip = q;
            }
        }
      prev = c;
      p = np;
    }

  for (guint i = 0; i < ctx.quotes->len; i++)
    {
      Quote *q = &g_array_index (ctx.quotes, Quote, i);
      g_hash_table_insert (ctx.quoted_at, GSIZE_TO_POINTER (q->cstart),
                           GSIZE_TO_POINTER (q->cend + 1));
    }
  sl_classify_quotes (&ctx);

  g_autoptr (GArray) joined_occs = g_array_new (FALSE, FALSE, sizeof (SloganOcc));
  g_autoptr (GPtrArray) joined_items = g_ptr_array_new ();
  sl_join_adjacent (&ctx, joined_occs, joined_items);

  sl_count_occurrences (&ctx);
  for (guint i = 0; i < joined_occs->len; i++)
    g_array_append_val (((SloganItem *) g_ptr_array_index (joined_items, i))->occs,
                        g_array_index (joined_occs, SloganOcc, i));

  /* finish items: kind, quoted count, order; drop those never seen */
  for (guint i = res->items->len; i-- > 0;)
    {
      SloganItem *item = g_ptr_array_index (res->items, i);
      if (item->occs->len == 0)
        {
          g_hash_table_remove (ctx.items, item->key);
          g_ptr_array_remove_index (res->items, i);
          continue;
        }
      g_array_sort (item->occs, sl_cmp_occ);
      item->quoted = 0;
      for (guint k = 0; k < item->occs->len; k++)
        item->quoted += g_array_index (item->occs, SloganOcc, k).quoted;
      /* a weak label written bare 3+ times, more than twice as often as
       * quoted, is an ordinary word quoted once for emphasis (一股“平板电脑”
       * 狂潮 … 平板电脑 ×17): dropped, its quotes rejected as "bare-frequent" */
      guint bare = item->occs->len - item->quoted;
      if (g_strcmp0 (item->reason, "label") == 0 && item->score <= SLOGAN_LABEL_SCORE &&
          bare >= 3 && bare > 2 * item->quoted)
        {
          for (guint k = 0; k < item->occs->len; k++)
            {
              const SloganOcc *o = &g_array_index (item->occs, SloganOcc, k);
              SloganSpan span = { o->start, o->end, "bare-frequent", item->score, item->features };
              if (o->quoted)
                g_array_append_val (res->rejected, span);
            }
          g_hash_table_remove (ctx.items, item->key);
          g_ptr_array_remove_index (res->items, i);
          continue;
        }
      if (item->parts->len == 0)
        {
          guint plan = 0;
          sl_parse_formula_lex (lex, item->key, strlen (item->key), item->parts, &plan);
          item->plan = plan;
        }
      if (item->entry)
        sl_lexicon_key (&ctx, item);
      if (item->parts->len > 0 &&
          ((SloganPart *) g_ptr_array_index (item->parts, 0))->numeral[0] != '\0')
        item->kind = SLOGAN_KIND_NUMERAL; /* not a parallel phrase's parts */
      else if (item->entry)
        item->kind = SLOGAN_KIND_LEXICON;
      else
        item->kind = SLOGAN_KIND_QUOTED;
    }
  g_ptr_array_sort (res->items, sl_cmp_item);

  g_hash_table_unref (ctx.items);
  g_hash_table_unref (ctx.quoted_at);
  g_array_unref (ctx.quotes);
  return res;
}
