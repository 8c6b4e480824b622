/* numbers-extract.c: finds quantities in Chinese text and resolves them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>
#include "numbers.h"

#include <math.h>
#include <string.h>

/* ---- small helpers ---- */

static inline gunichar
char_at (const char *t, gsize pos, gsize len, gsize *clen)
{
  if (pos >= len)
    {
      *clen = 0;
      return 0;
    }
  const char *n = g_utf8_next_char (t + pos);
  *clen = (gsize) (n - (t + pos));
  if (pos + *clen > len)
    {
      *clen = len - pos;
      return 0xFFFD;
    }
  return g_utf8_get_char (t + pos);
}

static inline gunichar
char_before (const char *t, gsize pos, gsize *start)
{
  if (pos == 0)
    {
      *start = 0;
      return 0;
    }
  const char *p = g_utf8_find_prev_char (t, t + pos);
  if (!p)
    {
      *start = 0;
      return 0;
    }
  *start = (gsize) (p - t);
  return g_utf8_get_char (p);
}

static inline gboolean
has_at (const char *t, gsize pos, gsize len, const char *s)
{
  gsize n = strlen (s);
  return pos + n <= len && memcmp (t + pos, s, n) == 0;
}

static inline gboolean
ends_with_at (const char *t, gsize pos, const char *s)
{
  gsize n = strlen (s);
  return pos >= n && memcmp (t + pos - n, s, n) == 0;
}

static inline gboolean
is_ascii_alpha (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline gboolean
is_any_digit (gunichar c)
{
  return ds_numeral_digit_value (c) >= 0;
}

static inline gboolean
is_arabic (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF);
}

/* ---- word sets ----
 * The cue lists below are searched at many positions (before and after every
 * figure, backwards through its clause). A WordSet indexes one list by the
 * bytes of its words' first (or last) character, so a position costs one
 * table probe instead of a memcmp per word. Lookups give exactly the answers
 * of the plain loops they replace: candidates are tried in list order and
 * confirmed with memcmp. */

typedef struct
{
  guint64 key;       /* 0 = empty slot */
  guint16 first, n;  /* range of idx */
} WordSlot;

typedef struct
{
  const char *const *words; /* the list, in its order */
  guint8 *lens;
  guint16 *idx;             /* word indices grouped by key, list order within a key */
  WordSlot *slots;
  guint mask;               /* slots - 1 */
  gsize min_len;
  guint64 lead[4];          /* bytes that start (prefix) or end (suffix) a word */
  gboolean suffix;          /* keyed by the last character instead of the first */
} WordSet;

/* The key of the character at t[0..avail): its bytes and length. 0 if it does
 * not fit. Deterministic in the bytes, so a word and the text it matches
 * have the same key. */
static inline guint64
key_at (const guchar *t, gsize avail)
{
  guchar b = t[0];
  gsize l = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (l > avail)
    return 0;
  guint64 k = l;
  for (gsize i = 0; i < l; i++)
    k = (k << 8) | t[i];
  return k;
}

/* The key of the last character of t[s..e) (e > s). */
static inline guint64
key_before (const guchar *t, gsize s, gsize e)
{
  gsize k = e - 1;
  while (k > s && e - k < 4 && (t[k] & 0xC0) == 0x80)
    k--;
  guint64 key = e - k;
  for (gsize i = k; i < e; i++)
    key = (key << 8) | t[i];
  return key;
}

static inline guint
key_hash (guint64 key, guint mask)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & mask;
}

static const WordSlot *
word_set_find (const WordSet *ws, guint64 key)
{
  for (guint h = key_hash (key, ws->mask);; h = (h + 1) & ws->mask)
    {
      const WordSlot *sl = &ws->slots[h];
      if (sl->key == key)
        return sl;
      if (!sl->key)
        return NULL;
    }
}

static void
word_set_init (WordSet *ws, const char *const *words, guint n, gboolean suffix)
{
  ws->words = words;
  ws->suffix = suffix;
  ws->lens = g_new (guint8, n);
  ws->idx = g_new (guint16, n);
  guint size = 16;
  while (size < 2 * n)
    size *= 2;
  ws->slots = g_new0 (WordSlot, size);
  ws->mask = size - 1;
  ws->min_len = G_MAXSIZE;
  guint64 *keys = g_new (guint64, n);
  for (guint i = 0; i < n; i++)
    {
      const guchar *w = (const guchar *) words[i];
      gsize l = strlen (words[i]);
      g_assert (l > 0 && l < 256);
      ws->lens[i] = (guint8) l;
      ws->min_len = MIN (ws->min_len, l);
      keys[i] = suffix ? key_before (w, 0, l) : key_at (w, l);
      guchar b = suffix ? w[l - 1] : w[0];
      ws->lead[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
    }
  /* group indices by key, keeping list order inside each group */
  guint pos = 0;
  for (guint i = 0; i < n; i++)
    {
      if (word_set_find (ws, keys[i]))
        continue;
      guint h = key_hash (keys[i], ws->mask);
      while (ws->slots[h].key)
        h = (h + 1) & ws->mask;
      ws->slots[h].key = keys[i];
      ws->slots[h].first = (guint16) pos;
      for (guint j = i; j < n; j++)
        if (keys[j] == keys[i])
          ws->idx[pos++] = (guint16) j;
      ws->slots[h].n = (guint16) (pos - ws->slots[h].first);
    }
  g_free (keys);
}

static inline gboolean
word_set_lead (const WordSet *ws, guchar b)
{
  return (ws->lead[b >> 6] >> (b & 63)) & 1;
}

/* The first word of the list that t[pos..len) starts with, or -1. */
static inline int
word_set_prefix (const WordSet *ws, const char *t, gsize pos, gsize len)
{
  if (pos >= len || !word_set_lead (ws, (guchar) t[pos]))
    return -1;
  guint64 key = key_at ((const guchar *) t + pos, len - pos);
  const WordSlot *sl = key ? word_set_find (ws, key) : NULL;
  for (guint i = 0; sl && i < sl->n; i++)
    {
      guint w = ws->idx[sl->first + i];
      if (pos + ws->lens[w] <= len && memcmp (t + pos, ws->words[w], ws->lens[w]) == 0)
        return (int) w;
    }
  return -1;
}

/* The first word of the list that t[s..e) ends with, or -1. */
static inline int
word_set_suffix (const WordSet *ws, const char *t, gsize s, gsize e)
{
  if (e <= s || !word_set_lead (ws, (guchar) t[e - 1]))
    return -1;
  const WordSlot *sl = word_set_find (ws, key_before ((const guchar *) t, s, e));
  for (guint i = 0; sl && i < sl->n; i++)
    {
      guint w = ws->idx[sl->first + i];
      if (e >= s + ws->lens[w] && memcmp (t + e - ws->lens[w], ws->words[w], ws->lens[w]) == 0)
        return (int) w;
    }
  return -1;
}

/* The last position in [s, e) where a word of the list ends by e, and the
 * longest word there (in *wlen); -1 (and *wlen untouched) if none. */
static gssize
word_set_find_last (const WordSet *ws, const char *t, gsize s, gsize e, gsize *wlen)
{
  if (e < s + ws->min_len)
    return -1;
  for (gsize p = e - ws->min_len + 1; p-- > s;)
    {
      if (!word_set_lead (ws, (guchar) t[p]))
        continue;
      guint64 key = key_at ((const guchar *) t + p, e - p);
      const WordSlot *sl = key ? word_set_find (ws, key) : NULL;
      gsize best = 0;
      for (guint i = 0; sl && i < sl->n; i++)
        {
          guint w = ws->idx[sl->first + i];
          if (p + ws->lens[w] <= e && ws->lens[w] > best && memcmp (t + p, ws->words[w], ws->lens[w]) == 0)
            best = ws->lens[w];
        }
      if (best)
        {
          *wlen = best;
          return (gssize) p;
        }
    }
  return -1;
}

/* The indexed lists, built once (words_init) and then shared read-only. */
static WordSet ws_approx_before, ws_approx_after, ws_filler, ws_growth, ws_decline, ws_forecast,
  ws_target, ws_actual, ws_metric, ws_modal, ws_share, ws_stops, ws_time_lead, ws_time_tail, ws_lead, ws_tail,
  ws_verbs, ws_respectively;

char *
num_decimal_shift (const char *text, int exp10)
{
  if (!text)
    return NULL;
  gboolean neg = text[0] == '-';
  const char *s = neg ? text + 1 : text;
  const char *dot = strchr (s, '.');
  gsize intlen = dot ? (gsize) (dot - s) : strlen (s);
  GString *digits = g_string_new_len (s, intlen);
  if (dot)
    g_string_append (digits, dot + 1);
  gssize point = (gssize) intlen + exp10; /* digits before the point */
  GString *out = g_string_new (neg ? "-" : "");
  if (point <= 0)
    {
      g_string_append (out, "0.");
      for (gssize i = 0; i < -point; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits->str);
    }
  else if ((gsize) point >= digits->len)
    {
      g_string_append (out, digits->str);
      for (gsize i = digits->len; i < (gsize) point; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, digits->str, point);
      g_string_append_c (out, '.');
      g_string_append (out, digits->str + point);
    }
  g_string_free (digits, TRUE);
  /* normalise: strip leading zeros of the integer part, trailing zeros of the fraction */
  char *r = out->str;
  gsize off = neg ? 1 : 0;
  while (r[off] == '0' && r[off + 1] && r[off + 1] != '.')
    memmove (r + off, r + off + 1, strlen (r + off));
  if (strchr (r, '.'))
    {
      gsize l = strlen (r);
      while (l && r[l - 1] == '0')
        r[--l] = '\0';
      if (l && r[l - 1] == '.')
        r[--l] = '\0';
    }
  if (g_str_equal (r, "-0"))
    memmove (r, r + 1, 2);
  return g_string_free (out, FALSE);
}

static const NumUnit *
unit_match (const NumUnitTable *t, GHashTable *h, const char *text, gsize pos, gsize len)
{
  gsize cl;
  gunichar c = char_at (text, pos, len, &cl);
  if (!cl)
    return NULL;
  GPtrArray *list = g_hash_table_lookup (h, GUINT_TO_POINTER (c));
  if (!list)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      const NumUnit *u = list->pdata[i];
      if (pos + u->surface_len <= len && memcmp (text + pos, u->surface, u->surface_len) == 0)
        {
          /* an ASCII unit must not run on into letters: "5G" is not 5 GW */
          gsize cl2;
          gunichar next = char_at (text, pos + u->surface_len, len, &cl2);
          gunichar last = (guchar) u->surface[u->surface_len - 1];
          if (last < 0x80 && is_ascii_alpha (last) && is_ascii_alpha (next))
            continue;
          return u;
        }
    }
  return NULL;
}

/* ---- approximation words ---- */

typedef struct
{
  const char *word;
  const char *approx;
} Cue;

static const Cue approx_before[] = {
  { "将近", "nearly" }, { "接近", "nearly" }, { "近", "nearly" },
  { "大约", "about" }, { "约为", "about" }, { "約為", "about" }, { "大約", "about" },
  { "约", "about" }, { "約", "about" }, { "大概", "about" },
  { "超过", "more_than" }, { "超過", "more_than" }, { "逾", "more_than" }, { "突破", "more_than" },
  { "多于", "more_than" }, { "高于", "more_than" }, { "超", "more_than" },
  { "不足", "less_than" }, { "不到", "less_than" }, { "低于", "less_than" }, { "少于", "less_than" },
  { "未满", "less_than" },
  { "至少", "at_least" }, { "最少", "at_least" }, { "不少于", "at_least" }, { "不低于", "at_least" },
  { "最多", "at_most" }, { "至多", "at_most" }, { "不超过", "at_most" }, { "不超過", "at_most" },
  { "不高于", "at_most" },
  { NULL, NULL }
};

static const Cue approx_after[] = {
  { "左右", "about" }, { "上下", "about" }, { "以上", "at_least" }, { "以下", "at_most" },
  { "以内", "at_most" }, { "以內", "at_most" }, { "之内", "at_most" }, { "有余", "more_than" },
  { "有餘", "more_than" }, { "之多", "about" },
  { NULL, NULL }
};

/* The first cue of the list that ends at pos (ws indexes cues' words). */
static const char *
match_cue_before (const Cue *cues, const WordSet *ws, const char *t, gsize pos, gsize *cue_start)
{
  int i = word_set_suffix (ws, t, 0, pos);
  if (i < 0)
    return NULL;
  *cue_start = pos - ws->lens[i];
  return cues[i].approx;
}

/* The first cue of the list that starts at pos. */
static const char *
match_cue_after (const Cue *cues, const WordSet *ws, const char *t, gsize pos, gsize len, gsize *cue_end)
{
  int i = word_set_prefix (ws, t, pos, len);
  if (i < 0)
    return NULL;
  *cue_end = pos + ws->lens[i];
  return cues[i].approx;
}

/* ---- mentions ---- */

static void
mention_clear (NumMention *m)
{
  g_free (m->value_text);
  g_free (m->low_text);
  g_free (m->high_text);
  g_free (m->share);
  g_free (m->metric);
}

void
num_mentions_free (GArray *mentions)
{
  if (!mentions)
    return;
  for (guint i = 0; i < mentions->len; i++)
    mention_clear (&g_array_index (mentions, NumMention, i));
  g_array_free (mentions, TRUE);
}

static double
text_value (const char *s)
{
  if (!s)
    return NAN;
  double v = g_ascii_strtod (s, NULL);
  return isfinite (v) ? v : NAN;
}

/* exponent of trailing 万/亿 characters in [s, e) */
static int
trailing_big_exponent (const char *t, gsize s, gsize e)
{
  int exp = 0;
  while (e > s)
    {
      gsize ps;
      gunichar c = char_before (t, e, &ps);
      int x = ds_numeral_multiplier_exponent (c);
      if (x != 4 && x != 8)
        break;
      exp += x;
      e = ps;
    }
  return exp;
}

typedef struct
{
  const char *t;
  gsize len;
  const NumUnitTable *table;
  const NumOptions *opts;
  const char *local_currency;
  GArray *out;
} Ctx;

/* Is [s, e) inside a short quotation (a slogan such as “四个转变”)? */
static gboolean
in_short_quote (const Ctx *x, gsize s, gsize e)
{
  gsize p = s, n = 0;
  gboolean open = FALSE;
  while (p > 0 && n < 12)
    {
      gsize ps;
      gunichar c = char_before (x->t, p, &ps);
      if (c == 0x201C || c == 0x300C || c == 0x300E || c == '"')
        {
          open = TRUE;
          break;
        }
      if (c == 0x201D || c == 0x300D || c == 0x300F || c == 0x3002 || c == 0xFF0C || c == ',' ||
          c == '\n')
        return FALSE;
      p = ps;
      n++;
    }
  if (!open)
    return FALSE;
  p = e;
  n = 0;
  while (p < x->len && n < 12)
    {
      gsize cl;
      gunichar c = char_at (x->t, p, x->len, &cl);
      if (c == 0x201D || c == 0x300D || c == 0x300F || c == '"')
        return TRUE;
      if (c == 0x201C || c == 0x3002 || c == 0xFF0C || c == ',' || c == '\n')
        return FALSE;
      p += cl;
      n++;
    }
  return FALSE;
}

static gboolean
at_line_start (const Ctx *x, gsize s)
{
  gsize p = s;
  while (p > 0)
    {
      gsize ps;
      gunichar c = char_before (x->t, p, &ps);
      if (c == '\n')
        return TRUE;
      if (!(c == ' ' || c == '\t' || c == 0x3000 || c == '(' || c == 0xFF08))
        return FALSE;
      p = ps;
    }
  return TRUE;
}

/* A numeral read at a position, with its unit. */
typedef struct
{
  DsNumeral n;
  gsize s, e;            /* the numeral's bytes */
  gsize unit_s, unit_e;  /* the unit's bytes (unit_s == unit_e: none) */
  const NumUnit *unit;
  int extra_exp;         /* 多万: multipliers after an approximation */
  const char *approx;    /* from 多/余 */
} Reading;

static void
reading_clear (Reading *r)
{
  ds_numeral_clear (&r->n);
}

/* Reads a numeral at pos and what follows it: 多/余 (+万), spaces, a unit. */
static gboolean
read_number (const Ctx *x, gsize pos, guint flags, Reading *r)
{
  memset (r, 0, sizeof *r);
  gsize k = ds_numeral_scan (x->t + pos, (gssize) (x->len - pos), flags, &r->n);
  if (!k)
    return FALSE;
  r->s = pos;
  r->e = pos + k;

  /* 3千瓦, 10万千瓦, 5千克: prefer the unit that starts with the last multiplier */
  {
    gsize ps;
    gunichar last = char_before (x->t, r->e, &ps);
    int ex = ds_numeral_multiplier_exponent (last);
    if (ex >= 1 && ex <= 3 && ps > pos)
      {
        const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, ps, x->len);
        if (u && u->surface_len > strlen ("千"))
          {
            DsNumeral n2;
            gsize k2 = ds_numeral_scan (x->t + pos, (gssize) (ps - pos), flags, &n2);
            if (k2 == ps - pos)
              {
                ds_numeral_clear (&r->n);
                r->n = n2;
                r->e = ps;
              }
            else
              ds_numeral_clear (&n2);
          }
      }
  }

  gsize p = r->e, cl;
  gunichar c = char_at (x->t, p, x->len, &cl);
  /* 1500多家, 20余家, 2000多万元, 10余万 */
  if (c == 0x591A /* 多 */ || c == 0x4F59 /* 余 */ || c == 0x9918 /* 餘 */)
    {
      gsize q = p + cl, cl2;
      int extra = 0;
      for (;;)
        {
          gunichar d = char_at (x->t, q, x->len, &cl2);
          int ex = cl2 ? ds_numeral_multiplier_exponent (d) : 0;
          if (!ex)
            break;
          /* 千瓦 after 多: leave 千 to the unit */
          if (ex <= 3)
            {
              const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
              if (u && u->surface_len > cl2)
                break;
            }
          extra += ex;
          q += cl2;
        }
      const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
      if (u || extra)
        {
          r->approx = "more_than";
          r->extra_exp = extra;
          p = q;
        }
    }
  /* a space between an Arabic number and its unit: "200 万吨", "13 家" */
  gsize q = p;
  for (int sp = 0; sp < 2; sp++)
    {
      if (q < x->len && x->t[q] == ' ')
        q++;
      else if (has_at (x->t, q, x->len, "\xc2\xa0"))
        q += 2;
      else if (has_at (x->t, q, x->len, "\xe3\x80\x80"))
        q += 3;
      else
        break;
    }
  if (q > p && !(r->n.style & DS_NUMERAL_STYLE_ARABIC))
    q = p;
  /* 200 万吨: a multiplier after the space */
  if (q > p && !r->extra_exp)
    {
      gsize cl3;
      gunichar d = char_at (x->t, q, x->len, &cl3);
      int ex = ds_numeral_multiplier_exponent (d);
      if (ex == 4 || ex == 8)
        {
          const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q + cl3, x->len);
          if (u)
            {
              r->extra_exp = ex;
              q += cl3;
            }
        }
    }
  const NumUnit *u = unit_match (x->table, x->table->by_first, x->t, q, x->len);
  /* kind "word": a word that starts like a unit (年轻, 成立, 零部件): no unit */
  if (u && u->kind[0] == 'w' && g_str_equal (u->kind, "word"))
    u = NULL;
  if (u)
    {
      r->unit = u;
      r->unit_s = q;
      r->unit_e = q + u->surface_len;
    }
  else
    r->unit_s = r->unit_e = p;
  return TRUE;
}

static const char *
canonical_unit (const Ctx *x, const NumUnit *u)
{
  if (!u || !u->unit)
    return NULL;
  if (g_str_equal (u->unit, "@local"))
    return x->local_currency;
  return u->unit;
}

static NumMention *
add_mention (Ctx *x, gsize s, gsize e)
{
  NumMention m = { 0 };
  m.start = s;
  m.end = e;
  m.value = m.low = m.high = NAN;
  g_array_append_val (x->out, m);
  return &g_array_index (x->out, NumMention, x->out->len - 1);
}

static void
drop_last_if_excluded (Ctx *x)
{
  NumMention *m = &g_array_index (x->out, NumMention, x->out->len - 1);
  if (m->excluded && !x->opts->include_all)
    {
      mention_clear (m);
      g_array_set_size (x->out, x->out->len - 1);
    }
}

static gboolean
is_year_like (const Reading *r)
{
  if (r->n.style & DS_NUMERAL_STYLE_DIGITS)
    return TRUE;
  if (!(r->n.style & DS_NUMERAL_STYLE_ARABIC) || (r->n.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_MULTIPLIER)))
    return FALSE;
  return r->n.n_chars == 4 && r->n.value >= 1000 && r->n.value <= 2999;
}

/* 年 after a year of the Republic of China calendar: after 民國/民国, or, in a
 * document whose currency is TWD, an Arabic 70–130 that is not a span of time
 * (not followed by 来/以来/间/内/当中/多/前). bs is where the character before
 * the numeral starts. */
static gboolean
roc_year (const Ctx *x, const Reading *r, gsize bs)
{
  if (!(r->n.style & DS_NUMERAL_STYLE_ARABIC) || (r->n.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_MULTIPLIER)))
    return FALSE;
  if (r->n.value < 1 || r->n.value > 200 || r->n.value != floor (r->n.value))
    return FALSE;
  (void) bs;
  if (ends_with_at (x->t, r->s, "民國") || ends_with_at (x->t, r->s, "民国"))
    return TRUE;
  if (!g_str_equal (x->local_currency, "TWD") || r->n.value > 130)
    return FALSE;
  if (r->n.value < 70)
    {
      /* 66年12月, 65年度: below 70 only when a month or 度 follows (3年6個月 is a span) */
      gsize q = r->unit_e, d = q;
      while (d < x->len && d - q < 2 && g_ascii_isdigit (x->t[d]))
        d++;
      return has_at (x->t, q, x->len, "度") || (d > q && has_at (x->t, d, x->len, "月"));
    }
  static const char *const span[] = { "来", "來", "以来", "以來", "间", "間", "内", "內", "当中", "當中",
                                      "多", "前", "期间", "期間", "左右", "之", NULL };
  gsize q = r->unit_e;
  for (guint i = 0; span[i]; i++)
    if (has_at (x->t, q, x->len, span[i]))
      return FALSE;
  return TRUE;
}

/* Is the Arabic integer t[s, e) a locant of a chemical name (2-氯酚, 2,4-二氯酚, 1,1-二氯乙烯)?
 * Digits joined by commas, then a hyphen and a CJK character. */
static gboolean
locant (const char *t, gsize len, gsize s, gsize e)
{
  gsize p = s;
  while (p > 0 && (g_ascii_isdigit (t[p - 1]) || t[p - 1] == ','))
    p--;
  for (p = e; p < len && (g_ascii_isdigit (t[p]) || t[p] == ','); p++)
    ;
  if (p + 1 >= len || t[p] != '-' || (p > e && t[e] != ','))
    return FALSE;
  gsize cl;
  return is_cjk (char_at (t, p + 1, len, &cl));
}

/* 10和11月, 3、4月: the number is a month of a list whose last member has 月 */
static gboolean
month_list (const char *t, gsize len, gsize e)
{
  static const char *const conn[] = { "和", "、", "及", "与", "與", "或", NULL };
  for (guint i = 0; conn[i]; i++)
    if (has_at (t, e, len, conn[i]))
      {
        gsize p = e + strlen (conn[i]), q = p;
        while (q < len && q - p < 2 && g_ascii_isdigit (t[q]))
          q++;
        return q > p && (has_at (t, q, len, "月") || has_at (t, q, len, "日") || has_at (t, q, len, "号") ||
                         has_at (t, q, len, "號"));
      }
  return FALSE;
}

/* Is the character at p the end of a place name (七台河, 五家渠, 六盘水)? */
static gboolean
place_suffix (const char *t, gsize len, gsize p)
{
  static const char *const sfx[] = { "河", "峡", "峽", "渠", "水", "山", "沟", "溝", "湖", "岭", "嶺", "峰", "岛",
                                     "島", "井", "坪", "塘", "关", "關", "屯", "堡", NULL };
  for (guint i = 0; sfx[i]; i++)
    if (has_at (t, p, len, sfx[i]))
      return TRUE;
  return FALSE;
}

/* Special forms starting at pos: 百分之五, 翻一番, 数十, 上百, 近万. Returns the end or 0. */
static gsize
try_special (Ctx *x, gsize pos)
{
  const char *t = x->t;
  gsize len = x->len;
  static const struct { const char *w; int exp; } per[] = {
    { "百分之", 0 }, { "千分之", -1 }, { "万分之", -2 }, { "萬分之", -2 }, { NULL, 0 }
  };
  gsize cl;
  gunichar c = char_at (t, pos, len, &cl);
  /* (each word's first character, checked first: this runs at every candidate) */
  gboolean per_first = c == 0x767E /* 百 */ || c == 0x5343 /* 千 */ || c == 0x4E07 /* 万 */ || c == 0x842C /* 萬 */;
  for (int i = 0; per_first && per[i].w; i++)
    if (has_at (t, pos, len, per[i].w))
      {
        gsize p = pos + strlen (per[i].w);
        Reading r;
        DsNumeral n;
        gsize k = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n);
        if (!k)
          return 0;
        (void) r;
        NumMention *m = add_mention (x, pos, p + k);
        m->value_text = num_decimal_shift (n.text, per[i].exp);
        m->value = text_value (m->value_text);
        m->unit = "%";
        m->kind = "percent";
        ds_numeral_clear (&n);
        gsize ce;
        const char *ap = match_cue_after (approx_after, &ws_approx_after, t, m->end, len, &ce);
        if (ap)
          {
            m->approx = ap;
            m->end = ce;
          }
        return m->end;
      }
  /* 翻一番 ×2, 翻两番 ×4, 翻番 ×2 */
  if (c == 0x7FFB /* 翻 */ && has_at (t, pos, len, "翻"))
    {
      gsize p = pos + strlen ("翻");
      guint times = 1;
      DsNumeral n;
      gsize k = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n);
      if (k && n.value >= 1 && n.value <= 10 && n.value == floor (n.value))
        times = (guint) n.value;
      ds_numeral_clear (&n);
      if (has_at (t, p + k, len, "番"))
        {
          NumMention *m = add_mention (x, pos, p + k + strlen ("番"));
          m->value_text = g_strdup_printf ("%u", 1u << times);
          m->value = text_value (m->value_text);
          m->unit = "×";
          m->kind = "multiple";
          m->change = "multiply";
          return m->end;
        }
      return 0;
    }
  /* 数十, 几百, 上百, 上万, 近万: vague magnitudes followed by a unit */
  if (c == 0x6570 /* 数 */ || c == 0x6578 /* 數 */ || c == 0x51E0 /* 几 */ || c == 0x5E7E /* 幾 */ ||
      c == 0x4E0A /* 上 */ || c == 0x8FD1 /* 近 */)
    {
      gsize p = pos + cl, cl2;
      int exp = 0;
      for (;;)
        {
          gunichar d = char_at (t, p, len, &cl2);
          int ex = cl2 ? ds_numeral_multiplier_exponent (d) : 0;
          if (!ex)
            break;
          exp += ex;
          p += cl2;
        }
      if (!exp)
        return 0;
      const NumUnit *u = unit_match (x->table, x->table->by_first, t, p, len);
      if (!u || g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time") ||
          g_str_equal (u->kind, "percent") || g_str_equal (u->kind, "word") || g_str_equal (u->kind, "name"))
        return 0;
      /* 近 + a real numeral is handled by the approximation prefix */
      NumMention *m = add_mention (x, pos, p + u->surface_len);
      m->unit = canonical_unit (x, u);
      m->kind = u->kind;
      int e = exp + u->exp10;
      char *one = num_decimal_shift ("1", e);
      if (c == 0x4E0A || c == 0x8FD1)
        {
          m->value_text = one;
          m->value = text_value (one);
          m->approx = c == 0x4E0A ? "at_least" : "nearly";
          if (c == 0x4E0A)
            {
              m->low_text = g_strdup (one);
              m->low = m->value;
            }
          else
            {
              m->high_text = g_strdup (one);
              m->high = m->value;
            }
        }
      else
        {
          m->approx = "about";
          m->low_text = num_decimal_shift ("2", e);
          m->high_text = num_decimal_shift ("9", e);
          m->low = text_value (m->low_text);
          m->high = text_value (m->high_text);
          g_free (one);
        }
      return m->end;
    }
  return 0;
}

/* Skips a date/time/code written with separators: 2022-01-05, 09:16, 1.2.3, 2022/1/5 */
static gsize
skip_separated (const Ctx *x, gsize pos)
{
  const char *t = x->t;
  gsize p = pos, cl;
  int parts = 0;
  gboolean colon = FALSE;
  for (;;)
    {
      gsize q = p;
      while (q < x->len && t[q] >= '0' && t[q] <= '9')
        q++;
      if (q == p)
        break;
      parts++;
      p = q;
      gunichar c = char_at (t, p, x->len, &cl);
      if ((c == '-' || c == ':' || c == '/' || c == '.' || c == 0xFF1A) && p + cl < x->len &&
          t[p + cl] >= '0' && t[p + cl] <= '9')
        {
          colon |= c == ':' || c == 0xFF1A;
          p += cl;
          continue;
        }
      break;
    }
  if (parts >= 3 || (colon && parts >= 2))
    return p;
  return 0;
}

static void
extract_at (Ctx *x, gsize pos, gsize *next)
{
  const char *t = x->t;
  gsize len = x->len, cl;
  gunichar c = char_at (t, pos, len, &cl);
  *next = pos + cl;

  gsize se = try_special (x, pos);
  if (se)
    {
      *next = se;
      return;
    }

  if (is_arabic (c) || c == '-' || c == 0x2212)
    {
      gsize skip = skip_separated (x, pos);
      if (skip)
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, pos, skip);
              m->kind = "number";
              m->excluded = "date";
            }
          *next = skip;
          return;
        }
    }

  guint flags = DS_NUMERAL_DEFAULT;
  gsize bs;
  gunichar before = char_before (t, pos, &bs);
  if (c == '-' || c == 0x2212 || c == 0x8D1F || c == 0x8CA0)
    {
      if (is_any_digit (before) || is_ascii_alpha (before) || before == '-')
        return;
      flags |= DS_NUMERAL_SIGN;
    }

  Reading r;
  if (!read_number (x, pos, flags, &r))
    return;
  *next = MAX (r.e, pos + cl);

  const char *excluded = NULL;
  gsize s = r.s, e = r.unit_e > r.e ? r.unit_e : r.e;
  if (r.approx && r.unit_e <= r.e)
    {
      /* 多/余 + multiplier without a unit: keep the multipliers in the span */
    }
  gboolean chinese = (r.n.style & DS_NUMERAL_STYLE_CHINESE) != 0;
  gboolean arabic = (r.n.style & DS_NUMERAL_STYLE_ARABIC) != 0;
  const NumUnit *u = r.unit;
  const char *kind = u ? u->kind : "number";
  int exp = (u ? u->exp10 : 0) + r.extra_exp;

  /* fractions: 三分之一, 1/3 */
  gboolean fraction = FALSE;
  Reading den = { 0 };
  if (has_at (t, r.e, len, "分之"))
    {
      gsize p = r.e + strlen ("分之");
      DsNumeral n2;
      gsize k2 = ds_numeral_scan (t + p, (gssize) (len - p), DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &n2);
      if (k2 && r.n.value != 0)
        {
          NumMention *m = add_mention (x, pos, p + k2);
          m->kind = "ratio";
          m->value = n2.value / r.n.value;
          m->value_text = g_strdup_printf ("%s/%s", n2.text, r.n.text);
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = p + k2;
          return;
        }
      ds_numeral_clear (&n2);
    }
  else if (arabic && !chinese && t[r.e] == '/' && r.e + 1 < len && is_arabic ((guchar) t[r.e + 1]) &&
           !(r.n.style & DS_NUMERAL_STYLE_DECIMAL))
    {
      DsNumeral n2;
      gsize k2 = ds_numeral_scan (t + r.e + 1, (gssize) (len - r.e - 1), DS_NUMERAL_ARABIC, &n2);
      /* 2019/20年(度): a fiscal year, not a ratio */
      if (k2 && k2 <= 3 && has_at (t, r.e + 1 + k2, len, "年") && is_year_like (&r))
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, pos, r.e + 1 + k2 + strlen ("年"));
              m->kind = "number";
              m->excluded = "date";
            }
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = r.e + 1 + k2 + strlen ("年");
          return;
        }
      if (k2 && k2 <= 3 && t[r.e + 1 + k2] != '/' && n2.value != 0)
        {
          NumMention *m = add_mention (x, pos, r.e + 1 + k2);
          m->kind = "ratio";
          m->value = r.n.value / n2.value;
          m->value_text = g_strdup_printf ("%s/%s", r.n.text, n2.text);
          ds_numeral_clear (&n2);
          reading_clear (&r);
          *next = r.e + 1 + k2;
          return;
        }
      ds_numeral_clear (&n2);
    }
  (void) fraction;
  (void) den;

  /* ranges: 3至5年, 20%—30%, 10-15万元 */
  Reading r2;
  gboolean range = FALSE;
  {
    gsize p = e, cl2;
    gunichar d = char_at (t, p, len, &cl2);
    gboolean conn = d == 0x81F3 /* 至 */ || d == 0x5230 /* 到 */ || d == '-' || d == 0x2014 || d == 0x2013 ||
                    d == '~' || d == 0xFF5E || d == 0x301C || d == 0xFF0D || d == 0x2015;
    if (conn && cl2)
      {
        gsize q = p + cl2;
        if (d == 0x2014 && has_at (t, q, len, "—"))
          q += strlen ("—");
        gsize cl3;
        gunichar f = char_at (t, q, len, &cl3);
        gboolean same_script = arabic ? is_arabic (f) : (cl3 && ds_numeral_digit_value (f) >= 0 && !is_arabic (f)) ||
                                                          ds_numeral_multiplier_exponent (f) != 0;
        if (same_script && read_number (x, q, DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, &r2))
          {
            const NumUnit *u2 = r2.unit;
            if (!u || !u2 || u == u2 || g_str_equal (u->kind, u2->kind))
              range = TRUE;
            else
              reading_clear (&r2);
          }
      }
  }

  if (range)
    {
      const NumUnit *uu = r2.unit ? r2.unit : u;
      const char *k2 = uu ? uu->kind : "number";
      if (g_str_equal (k2, "date") || g_str_equal (k2, "time") ||
          (uu && g_str_equal (uu->surface, "年") && (is_year_like (&r) || is_year_like (&r2))))
        {
          if (x->opts->include_all)
            {
              NumMention *m = add_mention (x, s, MAX (r2.unit_e, r2.e));
              m->kind = k2;
              m->excluded = "date";
            }
          *next = MAX (r2.unit_e, r2.e);
          reading_clear (&r);
          reading_clear (&r2);
          return;
        }
      int e2 = (uu ? uu->exp10 : 0) + r2.extra_exp;
      int e1 = (r.unit ? r.unit->exp10 : e2 - r2.extra_exp) + r.extra_exp;
      /* 10-15万元: the second number's 万 applies to the first */
      if (!(r.n.style & DS_NUMERAL_STYLE_LARGE_UNIT) && !r.extra_exp && !r.unit)
        e1 += trailing_big_exponent (t, r2.s, r2.e);
      NumMention *m = add_mention (x, s, MAX (r2.unit_e, r2.e));
      m->kind = k2;
      m->unit = canonical_unit (x, uu);
      m->low_text = num_decimal_shift (r.n.text, e1);
      m->high_text = num_decimal_shift (r2.n.text, e2);
      m->low = text_value (m->low_text);
      m->high = text_value (m->high_text);
      if (r2.approx)
        m->approx = r2.approx;
      gsize ce;
      const char *ap = match_cue_after (approx_after, &ws_approx_after, t, m->end, len, &ce);
      if (ap)
        {
          m->approx = ap;
          m->end = ce;
        }
      if ((r.n.style | r2.n.style) & DS_NUMERAL_STYLE_CHINESE && in_short_quote (x, m->start, m->end))
        m->excluded = "slogan";
      *next = m->end;
      reading_clear (&r);
      reading_clear (&r2);
      drop_last_if_excluded (x);
      return;
    }

  /* prefixes: 第 (rank), currency (人民币, HK$), approximation (约, 超过) */
  gboolean rank = FALSE;
  if (before == 0x7B2C /* 第 */)
    {
      rank = TRUE;
      s = bs;
    }
  const char *prefix_unit = NULL;
  {
    gsize p = s;
    while (p > 0 && t[p - 1] == ' ' && s - p < 1)
      p--;
    /* the longest prefix unit ending at p (the first in file order on a tie) */
    const NumUnit *best = NULL;
    const NumUnitTable *tb = x->table;
    if (p > 0 && (tb->prefix_last[(guchar) t[p - 1] >> 6] >> ((guchar) t[p - 1] & 63)) & 1)
      for (guint i = 0; i < tb->prefixes->len; i++)
        {
          const NumUnit *pu = tb->prefixes->pdata[i];
          if (p >= pu->surface_len && memcmp (t + p - pu->surface_len, pu->surface, pu->surface_len) == 0 &&
              (!best || pu->surface_len > best->surface_len))
            best = pu;
        }
    if (best && !rank)
      {
        prefix_unit = canonical_unit (x, best);
        if (!u || g_str_equal (u->kind, "money") || g_str_equal (u->kind, "number"))
          {
            s = p - best->surface_len;
            kind = "money";
          }
        else
          prefix_unit = NULL;
      }
  }
  const char *approx = r.approx;
  {
    gsize cs;
    const char *ap = match_cue_before (approx_before, &ws_approx_before, t, s, &cs);
    if (ap && !rank)
      {
        approx = ap;
        s = cs;
      }
  }
  {
    gsize ce;
    const char *ap = match_cue_after (approx_after, &ws_approx_after, t, e, len, &ce);
    if (ap && !(ap == approx_after[1].approx && g_str_equal (ap, "about") && has_at (t, e, len, "上下") &&
                !u))
      {
        approx = ap;
        e = ce;
      }
  }

  /* exclusions */
  gsize ac;
  gunichar after = char_at (t, r.e, len, &ac);
  gunichar after_all = char_at (t, e, len, &ac);
  if (rank)
    kind = "rank";
  if (g_str_equal (kind, "date") || g_str_equal (kind, "time"))
    excluded = "date";
  else if (g_str_equal (kind, "name"))
    excluded = "name";                                 /* 500强, 四次会议, 五年规划 */
  else if (chinese && !arabic && r.n.value == 0 && r.n.n_chars == 1 && !approx)
    excluded = "name";                                 /* 零部件, 零距离: a lone 零 is a word */
  else if (u && g_str_equal (u->surface, "年") && roc_year (x, &r, bs))
    excluded = "date";                                 /* 民國104年; 98年 in a Taiwan document */
  else if (ends_with_at (t, s, "国道") || ends_with_at (t, s, "國道") || ends_with_at (t, s, "省道"))
    excluded = "name";                                 /* 国道318线 */
  else if (arabic && before == '.')
    excluded = "code";                                 /* CLI.12.6476457, v2.1 */
  else if (arabic && !u && locant (t, len, r.s, r.e))
    excluded = "name";                                 /* 2-氯酚, 1,1-二氯乙烯 */
  else if (!u && month_list (t, len, r.e))
    excluded = "date";                                 /* 10和11月: a list of months */
  else if (chinese && !arabic && r.n.n_chars == 1 && u && g_str_equal (u->kind, "count") &&
           g_utf8_strlen (u->surface, -1) == 1 && place_suffix (t, len, r.unit_e))
    excluded = "name";                                 /* 七台河, 五家渠: a place name */
  else if (chinese && !arabic && r.n.n_chars == 1 && r.n.value <= 4 && u && g_str_equal (u->surface, "方面") &&
           c != 0x4E24 && c != 0x5169)
    excluded = "list";                                 /* 一方面…二方面: discourse, not a count */
  else if (arabic && !u && (r.n.style & DS_NUMERAL_STYLE_DECIMAL) && r.e - r.s == 3 && t[r.e - 1] == '0' &&
           is_cjk (before) && !is_any_digit (after))
    excluded = "name";                                 /* 工业4.0, 生产力4.0: a version */
  else if (u && g_str_equal (u->surface, "年") && is_year_like (&r))
    excluded = "date";
  else if (u && g_str_equal (kind, "duration") && (before == 0x5468 || before == 0x9031) /* 周一 */)
    excluded = "date";
  else if (is_any_digit (after) && !u && !approx)
    excluded = "name";                                 /* 十四五, 四0四 */
  else if (is_any_digit (before) || (is_arabic (before)))
    excluded = "name";
  else if (arabic && ((is_ascii_alpha (before) && !u) || before == '+' || before == '#' || after == '+' ||
                      (is_ascii_alpha (after) && !u)))
    excluded = "code";                                 /* 1+2+N, A6, 5G */
  else if (arabic && !u && !(r.n.style & (DS_NUMERAL_STYLE_DECIMAL | DS_NUMERAL_STYLE_SEPARATOR)) &&
           (r.n.n_chars >= 7 || (r.n.n_chars >= 2 && t[r.s] == '0')))
    excluded = "code";                                 /* 05102027号 */
  else if (!u && !rank && is_year_like (&r) && !approx)
    excluded = "date";                                 /* 2023中国… */
  else if (!u && !rank && (r.n.style & DS_NUMERAL_STYLE_DIGITS))
    excluded = "code";
  else if (!u && !rank && chinese && !arabic)
    excluded = "name";                                 /* 二十大, 一是, 七大政策 */
  else if ((r.n.style & DS_NUMERAL_STYLE_DIGITS))
    excluded = "code";
  else if (chinese && !arabic && r.n.n_chars == 1 && r.n.value == 1 && !approx && !rank &&
           !g_str_equal (kind, "money") && !g_str_equal (kind, "percent"))
    excluded = "article";                              /* 一个, 一批, 一年来 */
  else if (chinese && !arabic && ds_numeral_multiplier_exponent (c) >= 2 && !approx &&
           (g_str_equal (kind, "count") || g_str_equal (kind, "duration") || rank))
    excluded = "idiom";                                /* 百年, 千方百计 */
  else if (chinese && in_short_quote (x, s, e))
    excluded = "slogan";                               /* “四个转变” */
  else if (!u && !rank && at_line_start (x, s) &&
           (after == 0x3001 || after == '.' || after == 0xFF0E || after == ')' || after == 0xFF09))
    excluded = "list";
  else if (!u && !rank && (before == '(' || before == 0xFF08) && (after == ')' || after == 0xFF09))
    excluded = "list";
  (void) after_all;

  if (!x->opts->include_all)
    {
      /* what the code below would drop at once: skip building it */
      const char *dropped = excluded;
      gsize end = e;
      if (rank && u && !g_str_equal (u->kind, "count"))
        {
          if (g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time"))
            dropped = "date";
          end = r.e;
        }
      if (dropped)
        {
          *next = MAX (*next, end);
          reading_clear (&r);
          return;
        }
    }

  NumMention *m = add_mention (x, s, e);
  m->excluded = excluded;
  m->kind = kind;
  m->approx = approx;
  if (rank)
    {
      m->unit = u && g_str_equal (u->kind, "count") ? u->unit : NULL;
      if (u && !g_str_equal (u->kind, "count"))
        {
          /* 第82名 is a count classifier; 第一季度 etc. are dates */
          if (g_str_equal (u->kind, "date") || g_str_equal (u->kind, "time"))
            m->excluded = "date";
          m->end = e = r.e;
        }
      m->value_text = g_strdup (r.n.text);
    }
  else
    {
      m->unit = prefix_unit ? prefix_unit : canonical_unit (x, u);
      m->value_text = num_decimal_shift (r.n.text, exp);
    }
  m->value = text_value (m->value_text);
  if (approx)
    {
      if (g_str_equal (approx, "more_than") || g_str_equal (approx, "at_least"))
        {
          m->low_text = g_strdup (m->value_text);
          m->low = m->value;
        }
      else if (g_str_equal (approx, "less_than") || g_str_equal (approx, "at_most") ||
               g_str_equal (approx, "nearly"))
        {
          m->high_text = g_strdup (m->value_text);
          m->high = m->value;
        }
    }
  *next = MAX (*next, m->end);
  reading_clear (&r);
  drop_last_if_excluded (x);
}

/* ---- context: change, share, modality, metric ---- */

static gboolean
is_clause_break (gunichar c)
{
  switch (c)
    {
    case 0xFF0C: case ',': case 0x3002: case 0xFF1B: case ';': case 0xFF1A: case ':':
    case 0xFF01: case '!': case 0xFF1F: case '?': case 0x3001: case '\n': case 0x201C:
    case 0x201D: case 0x300A: case 0x300B: case 0xFF08: case 0xFF09: case '(': case ')':
    case 0x2014: case 0x2026: case ' ': case 0x3000:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_sentence_break (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == '\n' || c == 0xFF1B ||
         c == ';';
}

static gsize
clause_start (const char *t, gsize pos)
{
  gsize p = pos;
  while (p > 0)
    {
      gsize ps;
      gunichar c = char_before (t, p, &ps);
      if (is_clause_break (c))
        break;
      p = ps;
    }
  return p;
}

static const char *const growth_cues[] = { "同比增长", "同比增加", "同比提高", "同比上升", "增长", "增長",
                                           "增加", "提高", "提升", "上升", "上涨", "增幅", "增速", "成长", "成長",
                                           "升幅", "大增", "大升", "增", "升", NULL };
static const char *const decline_cues[] = { "同比下降", "同比减少", "下降", "减少", "減少", "降低", "下滑",
                                            "回落", "下跌", "降幅", "跌幅", "大跌", "减", "降", "跌", NULL };
static const char *const filler[] = { "了", "达", "達", "为", "為", "至", "到", "约", "約", "近", "超过",
                                      "逾", "突破", "分别", "分別", "多达", "多達", "高达", "高達", "仅", "僅",
                                      "共计", "共計", "合计", "合計", "总计", "總計", "只有", "其实", "其實", "只", NULL };
static const char *const forecast_cues[] = { "预计", "預計", "预期", "預期", "有望", NULL };
static const char *const target_cues[] = { "力争", "力爭", "目标", "目標", "争取", "爭取", "计划", "計劃",
                                           "确保", "確保", "拟", "擬", NULL };
static const char *const actual_cues[] = { "实现", "實現", "完成", "达到", "達到", "累计", "累計", "已",
                                           NULL };
/* verbs after which the metric starts */
static const char *const metric_cues[] = {
  "实现了", "实现", "實現", "完成了", "完成", "达到", "達到", "新增", "新签约", "新簽約", "突破", "累计",
  "累計", "获得", "獲得", "获", "獲", "占", "佔", "兑现", "兌現", "提供", "收回", "实施了", "實施了", "实施",
  "實施", "引进", "引進", "招聘", "用于", "组织", "組織", "入库", "入庫", "立项", "立項", "新授权", "新授權",
  "新认定", "新認定", "复审", "複審", "奖励", "獎勵", "拿出", "落实", "落實", "开复工", "開復工", "建成",
  "设立了", "設立了", "设立", "設立", "达", "達", "为", "為", "是", "超过",
  "超過", "逾", "汇聚着", "匯聚著", "年产", "年產", "打造", "拥有", "擁有", NULL
};
/* where a metric after the figure stops */
static const char *const metric_stops[] = { "的", "和", "与", "與", "及", "并", "並", "在", "了", "将", "將",
                                            "为", "為", "是", "已", "全", "建成", "建设", "建設", "建立", "实现",
                                            "實現", "实施", "實施", "均", "进入", "進入", "进驻", "進駐", "进行",
                                            "進行", "达", "達", "获", "獲", "落户", "落戶", "落地", "开工", "開工",
                                            "开业", "開業", "开通", "開通", "开展", "開展", "开始", "開始", "完成",
                                            "又", "等", "投产", "投產", "投入", "投用", "共", "被", "相继", "相繼",
                                            "入驻", "入駐", "入选", "入選", "入库", "入庫", "入围", "入圍", "成",
                                            "至", "到", "拥有", "擁有", "迅速", "拔地", "正在", "纷纷", "紛紛",
                                            "陆续", "陸續", "先后", "先後", "分别", "分別", "各自", "参与", "參與",
                                            "签约", "簽約", "集聚", "聚集", "基础上", "基礎上", "占", "佔", "同比",
                                            "比上年", "比去年", "列入", "深入", "也", "都", "还", "還", "得", "于", "於", "从", "從",
                                            "向", "给", "給", "来", "來", "另外", NULL };
static const char *const share_cues[] = { "占", "佔", NULL };
static const char *const respectively[] = { "分别", "分別", NULL };
static const char *const time_words[] = {
  "今年", "去年", "明年", "全年", "上半年", "下半年", "前三季度", "一季度", "目前", "同时", "同時", "其中",
  "此外", "过去", "過去", "当年", "當年", "每年", "如今", "现在", "現在", "当前", "當前", "另外", "同期", "年内", "年內",
  "年来", "年來", "年以来", "年以來", "一季度", "二季度", "三季度", "四季度", "第一季", "首季", "年均",
  "年末", "年底", "年初", "本年度", "本年", NULL
};
/* words a metric does not start with: conjunctions, pronouns, prepositions, adverbs */
static const char *const metric_lead[] = {
  "而且", "而", "但是", "但", "例如", "比如", "譬如", "并且", "並且", "且", "我们", "我們", "他们", "他們", "这些", "這些", "这一", "這一", "一个", "一個", "这", "這",
  "该", "該", "把", "将会", "將會", "将", "將", "让", "讓", "由", "从", "從", "都", "也", "已经", "已經", "已",
  "还", "還", "又", "的", "之", "在", "和", "与", "與", "及", "、", NULL
};
/* words a metric does not end with: particles, adverbs (single characters only
 * where no noun ends with them: not 则 (原则), 比 (占比), 为 (行为)…) */
static const char *const metric_tail[] = {
  "年均", "就有", "中有", "还有", "還有", "已有", "的", "了", "共", "也", "就", "都", "还", "還", "已经", "已經",
  "已", "均", "仅", "僅", "却", "卻", "又", "再",
  "将", "將", "仍", "分别", "分別", "合计", "合計", "累计", "累計", "同比", "环比", "環比", "名义", "名義",
  "实际", "實際", "大幅", "更是", "定在", "定为", "定為", "保持在", "在", "以", "有", "其实", "其實", "只有", "只",
  "最高", "最低", "显著", "顯著", "明显", "明顯", "仍然", "依然", "多达", "多達", "高达", "高達", "已达", "已達", "超过", "超過", "约为",
  "約為", "首次", "按年", "按季", "相比", "比较", "比較", "共有", "拥有", "擁有", "给", "給", "由", "可",
  "和", "与", "與", "及", "、", NULL
};
/* verbs: a phrase ending with one of them is not what a figure measures */
static const char *const metric_verbs[] = {
  "通过", "通過", "提升", "扩大", "擴大", "创造", "創造", "撬动", "撬動", "涉及", "增加", "减少", "減少",
  "达到", "達到", "突破", "提供", "获得", "獲得", "完成", "实现", "實現", "带动", "帶動", "吸引",
  "带来", "帶來", "节省", "節省", "惠及", "覆盖", "覆蓋", "稳定", "穩定", "而起", "建设", "建設", "推出",
  "举办", "舉辦", "签署", "簽署", "开展", "開展", "组建", "組建", "聚集", "集聚", "扩至", "擴至", "增至",
  "降至", "降到", "提高", "上升", "下降", "成长", "成長", "增长", "增長", "看", "说", "說", "表示", "指出",
  "显示", "顯示", "发布", "發布", "拿回", "得到", "获取", "獲取", "就要", "需要", "共有", "拥有", "擁有",
  "现有", "現有", "审查", "審查", "确定", "確定", "提出", "分为", "分為", "投放", "到", "至", "形成", "云集",
  "调高", "调低", "調高", "調低", "计算", "計算",
  "雲集", NULL
};

static const char *
ends_with_any (const char *t, gsize s, gsize e, const char *const *words, gsize *ws)
{
  for (guint i = 0; words[i]; i++)
    {
      gsize n = strlen (words[i]);
      if (e >= s + n && memcmp (t + e - n, words[i], n) == 0)
        {
          *ws = e - n;
          return words[i];
        }
    }
  return NULL;
}

static const char *const modal_in_metric[] = { "预计", "預計", "预期", "預期", "预测", "預測", "预料", "預料", "力争", "力爭", "争取", "爭取",
                                               "计划", "計劃", "确保", "確保", "有望", NULL };

/* Is t[p..) a 比 that compares (比上年, 比2013年), not part of a noun (比重, 比例, 比率)? */
static gboolean
comparing_bi (const char *t, gsize p, gsize e)
{
  return !(has_at (t, p, e, "比重") || has_at (t, p, e, "比例") || has_at (t, p, e, "比率") ||
           has_at (t, p, e, "比值") || ends_with_at (t, p, "同") || ends_with_at (t, p, "环") ||
           ends_with_at (t, p, "環") || ends_with_at (t, p, "占") || ends_with_at (t, p, "佔") ||
           ends_with_at (t, p, "对") || ends_with_at (t, p, "對") || ends_with_at (t, p, "相"));
}

/* Is t[p..) a 由/从 that starts where a change comes from (份额从60%, 增速由上年), not
 * part of a noun (自由贸易, 从业人员)? */
static gboolean
from_word (const char *t, gsize p, gsize e)
{
  if (has_at (t, p, e, "由"))
    return !ends_with_at (t, p, "自") && !ends_with_at (t, p, "理") && !ends_with_at (t, p, "缘") &&
           !has_at (t, p, e, "由于") && !has_at (t, p, e, "由於");
  if (has_at (t, p, e, "从") || has_at (t, p, e, "從"))
    return !has_at (t, p + 3, e, "业") && !has_at (t, p + 3, e, "業") && !has_at (t, p + 3, e, "事");
  return FALSE;
}

static char *
clean_metric (const char *t, gsize s, gsize e)
{
  {
    gsize wl = 0;
    gssize mp = word_set_find_last (&ws_modal, t, s, e, &wl);
    if (mp >= 0)
      {
        /* only time words before it (本年度預測財政赤字): the noun is after it */
        gsize q = s;
        while (q < (gsize) mp)
          {
            int w = word_set_prefix (&ws_time_lead, t, q, (gsize) mp);
            if (w >= 0)
              {
                q += ws_time_lead.lens[w];
                continue;
              }
            w = word_set_prefix (&ws_lead, t, q, (gsize) mp);
            if (w >= 0)
              {
                q += ws_lead.lens[w];
                continue;
              }
            break;
          }
        if ((gsize) mp > q)
          e = (gsize) mp;
        else
          s = (gsize) mp + wl;
      }
  }
  /* metrics are noun phrases of CJK and letters: start after anything else
   * (2013年的国内生产总值 → 年的国内生产总值, whose 年的 goes below) */
  gboolean restarted = FALSE;
  for (gsize p = s; p < e;)
    {
      gunichar c = g_utf8_get_char (t + p);
      p = (gsize) (g_utf8_next_char (t + p) - t);
      if (!(is_cjk (c) || is_ascii_alpha (c)))
        {
          s = p;
          restarted = is_any_digit (c);
        }
    }
  /* 2015年新兴产业产值: the date's 年 (not 年度, 年均, 年产) */
  if (restarted && (has_at (t, s, e, "年度") || has_at (t, s, e, "月份")))
    s += 6;
  else if (restarted && (has_at (t, s, e, "年") || has_at (t, s, e, "月") || has_at (t, s, e, "日")) &&
           !has_at (t, s, e, "年均") && !has_at (t, s, e, "年产") && !has_at (t, s, e, "年產") &&
           !has_at (t, s, e, "年来") && !has_at (t, s, e, "年來") && !has_at (t, s, e, "年以"))
    s += 3;
  /* 11省市经济总量, 15-19歲的失業率: the classifier of the number before is not the noun */
  else if (restarted)
    {
      static const char *const cls[] = { "省市", "省区", "省區", "个", "個", "家", "省", "市", "县", "縣", "区",
                                         "區", "岁", "歲", "项", "項", "名", "座", "种", "種", "瓩", "千瓦", NULL };
      for (guint i = 0; cls[i]; i++)
        if (has_at (t, s, e, cls[i]))
          {
            s += strlen (cls[i]);
            break;
          }
      if (has_at (t, s, e, "以上") || has_at (t, s, e, "以下"))
        s += 6;
    }
  /* 把/按 inside the phrase: what follows is the object (自贸区把境外职业资格认可目录,
   * 承购人应按承购价额) */
  for (gsize p = s; p + 3 <= e; p = (gsize) (g_utf8_next_char (t + p) - t))
    if (has_at (t, p, e, "把") || (has_at (t, p, e, "按") && !has_at (t, p, e, "按揭")) ||
        has_at (t, p, e, "提出") || has_at (t, p, e, "表示"))
      {
        gsize q = p + (has_at (t, p, e, "按照") || has_at (t, p, e, "提出") || has_at (t, p, e, "表示") ? 6 : 3);
        if (q < e)
          s = q;
      }
  /* a comparison or a place ends the noun: 进出口总额在上年高基数基础上, 销售额较上年, 出口比去年同期 */
  for (gsize p = s + 3; p + 3 <= e; p = (gsize) (g_utf8_next_char (t + p) - t))
    if (has_at (t, p, e, "较") || has_at (t, p, e, "較") || (has_at (t, p, e, "比") && comparing_bi (t, p, e)) ||
        ((has_at (t, p, e, "高出") || has_at (t, p, e, "高于") || has_at (t, p, e, "高於") || has_at (t, p, e, "低于") ||
          has_at (t, p, e, "低於") || has_at (t, p, e, "快于") || has_at (t, p, e, "快於") || has_at (t, p, e, "慢于")) &&
         !memmem (t + p, e - p, "的", 3)) || /* not in a relative clause (低于全国平均水平的粤东西北) */
        from_word (t, p, e) ||
        (has_at (t, p, e, "在") && (ends_with_at (t, e, "上") || ends_with_at (t, e, "中") ||
                                   ends_with_at (t, e, "下") || ends_with_at (t, e, "内"))))
      {
        e = p;
        break;
      }
  /* strip leading time words, conjunctions, pronouns… and trailing particles, adverbs, time words */
  gboolean again = TRUE;
  gsize ws;
  while (again && s < e)
    {
      again = FALSE;
      gsize l0 = 0;
      int w = word_set_prefix (&ws_time_lead, t, s, e);
      if (w >= 0)
        l0 = ws_time_lead.lens[w];
      else if ((w = word_set_prefix (&ws_lead, t, s, e)) >= 0)
        l0 = ws_lead.lens[w];
      if (l0)
        {
          s += l0;
          again = TRUE;
        }
      if (s < e)
        {
          if (ends_with_at (t, e, "平均") && e >= s + 6)
            ; /* 总平均, not 均 */
          else if ((ends_with_at (t, e, "则") || ends_with_at (t, e, "則")) && e >= s + 6 &&
                   !ends_with_any (t, s, e - 3, (const char *const[]){ "原", "规", "規", "准", "準", "法", "细", "細",
                                                                       "总", "總", "守", "通", "罚", "罰", "否", NULL },
                                   &ws))
            {
              e -= 3; /* 受惠家庭數則(是) */
              again = TRUE;
            }
          else if ((w = word_set_suffix (&ws_tail, t, s, e)) >= 0)
            {
              e -= ws_tail.lens[w];
              again = TRUE;
            }
          else if ((w = word_set_suffix (&ws_time_tail, t, s, e)) >= 0)
            {
              e -= ws_time_tail.lens[w];
              again = TRUE;
            }
        }
    }
  if (s >= e)
    return NULL;
  if (word_set_suffix (&ws_verbs, t, s, e) >= 0)
    return NULL;
  /* 快于全部规模以上工业增加值: the term of a comparison, not what is measured */
  if (e >= s + 6 && (has_at (t, s, e, "高于") || has_at (t, s, e, "低于") || has_at (t, s, e, "快于") ||
                     has_at (t, s, e, "慢于") || has_at (t, s, e, "高於") || has_at (t, s, e, "低於") ||
                     has_at (t, s, e, "快於") || has_at (t, s, e, "慢於") || has_at (t, s, e, "高出")))
    return NULL;
  glong n = g_utf8_strlen (t + s, (gssize) (e - s));
  if (n < 2)
    return NULL;
  if (n > 14)
    {
      /* too long: the head noun is at the end; cut after the last 的, else keep 12 characters */
      gsize cut = 0;
      for (gsize p = s; p + 3 <= e; p = (gsize) (g_utf8_next_char (t + p) - t))
        if (has_at (t, p, e, "的"))
          cut = p + 3;
      if (cut && g_utf8_strlen (t + cut, (gssize) (e - cut)) >= 2)
        s = cut;
      n = g_utf8_strlen (t + s, (gssize) (e - s));
      if (n > 14)
        s = (gsize) (g_utf8_offset_to_pointer (t + s, n - 14) - t);
    }
  return g_strndup (t + s, e - s);
}

/* The noun phrase right after a figure (28家企业, 81亿元的租金补贴): up to a stop word,
 * punctuation or 10 characters; none if it runs into a digit. skip_de: step over one 的. */
static char *
metric_after (const char *t, gsize len, gsize pos, gboolean skip_de)
{
  if (skip_de && has_at (t, pos, len, "的"))
    pos += 3;
  gsize p = pos, n = 0;
  while (p < len && n < 10)
    {
      gunichar c = g_utf8_get_char (t + p);
      if (!is_cjk (c) && !is_ascii_alpha (c))
        break;
      if (word_set_prefix (&ws_stops, t, p, len) >= 0) /* metric_stops */
        break;
      p = (gsize) (g_utf8_next_char (t + p) - t);
      n++;
    }
  if (n < 2)
    return NULL;
  /* 几千家国有大中型企业云集: the noun without the verb after it */
  int w = word_set_suffix (&ws_verbs, t, pos, p);
  if (w >= 0)
    p -= ws_verbs.lens[w];
  return clean_metric (t, pos, p);
}

/* Connectors between two figures of one list or one change: 30%、20%和10%; 由4萬元擴至4.5萬元 */
static const char *const list_connectors[] = { "、", "和", "与", "與", "及", "或", "到", "至", "增加到", "增至",
                                               "提高到", "提高至", "降到", "降至", "减少到", "減少到", "扩大到",
                                               "擴大到", "扩至", "擴至", "升至", "跌至", "上升到", "下降到", NULL };

/* Is t[s, e) only list connectors (and spaces)? */
static gboolean
only_connectors (const char *t, gsize s, gsize e, gboolean *plain)
{
  *plain = TRUE;
  while (s < e)
    {
      if (t[s] == ' ')
        {
          s++;
          continue;
        }
      guint i;
      for (i = 0; list_connectors[i]; i++)
        if (has_at (t, s, e, list_connectors[i]))
          break;
      if (!list_connectors[i])
        return FALSE;
      if (i >= 6)
        *plain = FALSE;
      s += strlen (list_connectors[i]);
    }
  return TRUE;
}

static inline gboolean
is_span_kind (const char *kind)
{
  return kind && (g_str_equal (kind, "duration") || g_str_equal (kind, "rank") || g_str_equal (kind, "age"));
}

/* kinds whose noun follows them: 28家企业, 8万吨不锈钢板带, 10瓩太陽光電 */
static inline gboolean
takes_metric_after (const char *kind)
{
  return kind && (g_str_equal (kind, "count") || g_str_equal (kind, "mass") || g_str_equal (kind, "power") ||
                  g_str_equal (kind, "energy") || g_str_equal (kind, "volume"));
}

/* the last metric cue in [s, e), not 年产 of 年产能/年产值/年产量 (a noun) */
static gssize
find_metric_cue (const char *t, gsize s, gsize e, gsize *wl)
{
  while (e > s)
    {
      gssize cp = word_set_find_last (&ws_metric, t, s, e, wl);
      if (cp < 0)
        return -1;
      gsize a = (gsize) cp + *wl;
      if (!((has_at (t, (gsize) cp, e, "年产") || has_at (t, (gsize) cp, e, "年產")) &&
            (has_at (t, a, e, "能") || has_at (t, a, e, "值") || has_at (t, a, e, "量"))))
        return cp;
      e = (gsize) cp;
    }
  return -1;
}

/* The noun phrase of the clause [s, e): after the last metric cue, or before a cue that ends it */
static char *
clause_metric (const char *t, gsize s, gsize e)
{
  gsize wl = 0;
  gssize cp = find_metric_cue (t, s, e, &wl);
  if (cp >= 0 && (gsize) cp + wl == e)
    {
      gsize e2 = (gsize) cp, wl2 = 0;
      gssize cp2 = find_metric_cue (t, s, e2, &wl2);
      return clean_metric (t, cp2 >= 0 ? (gsize) cp2 + wl2 : s, e2);
    }
  return clean_metric (t, cp >= 0 ? (gsize) cp + wl : s, e);
}

/* A figure alone in a table cell or on its own line: the row's label (| 當地辦事處 | 123 |),
 * or the line before (a label line, then its value line) */
static char *
table_metric (const char *t, gsize len, const NumMention *m)
{
  gsize ls = m->start, le = m->end;
  while (ls > 0 && t[ls - 1] != '\n')
    ls--;
  while (le < len && t[le] != '\n')
    le++;
  if (t[ls] == '|')
    {
      gsize a = ls + 1, b = a;
      while (b < le && t[b] != '|')
        b++;
      if (b >= m->start)
        return NULL;
      for (gsize p = a; p < b; p++)
        if (g_ascii_isdigit (t[p]))
          return NULL;
      while (a < b && (t[a] == ' ' || t[a] == '\t'))
        a++;
      while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
      return clean_metric (t, a, b);
    }
  /* the line is the figure alone (spaces aside) */
  for (gsize p = ls; p < le; p++)
    if ((p < m->start || p >= m->end) && t[p] != ' ' && t[p] != '\t')
      return NULL;
  if (ls < 2)
    return NULL;
  gsize pe = ls - 1, ps = pe;
  while (ps > 0 && t[ps - 1] != '\n')
    ps--;
  if (pe - ps > 60)
    return NULL;
  while (pe > ps && (t[pe - 1] == ' ' || t[pe - 1] == '\t' || t[pe - 1] == '\r'))
    pe--;
  return clean_metric (t, ps, pe);
}

/* 货物贸易、对外投资和实际利用外资分别占30%、20%和10%: with 分别, the i-th figure of a
 * list measures the i-th noun of the list before it (the last ones when there are more nouns) */
static void
distribute_lists (Ctx *x)
{
  const char *t = x->t;
  guint n = x->out->len;
  for (guint h = 0; h < n; h++)
    {
      NumMention *m = &g_array_index (x->out, NumMention, h);
      if (m->excluded || is_span_kind (m->kind))
        continue;
      /* the list: figures of one kind joined by connectors only (30%、20%和10%) */
      guint last = h, k = 1;
      gboolean plain;
      for (guint j = h + 1; j < n; j++)
        {
          NumMention *a = &g_array_index (x->out, NumMention, last), *b = &g_array_index (x->out, NumMention, j);
          if (b->excluded)
            continue;
          if (!b->kind || !a->kind || !g_str_equal (a->kind, b->kind) || !only_connectors (t, a->end, b->start, &plain) ||
              !plain)
            break;
          last = j;
          k++;
        }
      if (k < 2)
        continue;
      gsize cs = clause_start (t, m->start);
      gsize wl = 0;
      gssize fp = word_set_find_last (&ws_respectively, t, cs, m->start, &wl);
      if (fp < 0)
        continue;
      /* the list may run over 、 (a clause break for everything else) */
      gsize a = cs, pb;
      while (a > 0 && char_before (t, a, &pb) == 0x3001)
        a = clause_start (t, pb);
      GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
      gsize p = a, start = a;
      while (p <= (gsize) fp)
        {
          static const char *const sep[] = { "、", "和", "与", "與", "及", NULL };
          guint si;
          for (si = 0; sep[si]; si++)
            if (p < (gsize) fp && has_at (t, p, (gsize) fp, sep[si]))
              break;
          if (p == (gsize) fp || sep[si])
            {
              char *c = clean_metric (t, start, p);
              if (c)
                g_ptr_array_add (parts, c);
              if (p == (gsize) fp)
                break;
              p += strlen (sep[si]);
              start = p;
              continue;
            }
          p = (gsize) (g_utf8_next_char (t + p) - t);
        }
      if (parts->len >= k)
        {
          guint idx = parts->len - k;
          for (guint j = h; j <= last; j++)
            {
              NumMention *q = &g_array_index (x->out, NumMention, j);
              if (q->excluded)
                continue;
              g_free (q->metric);
              q->metric = g_strdup (parts->pdata[idx++]);
            }
        }
      g_ptr_array_unref (parts);
      h = last;
    }
}

static void
add_context (Ctx *x)
{
  const char *t = x->t;
  gsize len = x->len;
  const char *prev_metric = NULL;
  gsize prev_sentence_end = 0;
  for (guint i = 0; i < x->out->len; i++)
    {
      NumMention *m = &g_array_index (x->out, NumMention, i);
      if (m->excluded)
        continue;
      gsize cs = clause_start (t, m->start);
      /* is the previous mention in the same sentence? */
      gboolean same_sentence = FALSE;
      if (prev_metric && prev_sentence_end <= m->start)
        {
          same_sentence = TRUE;
          for (gsize p = prev_sentence_end; p < m->start;)
            {
              gunichar c = g_utf8_get_char (t + p);
              if (is_sentence_break (c))
                {
                  same_sentence = FALSE;
                  break;
                }
              p = (gsize) (g_utf8_next_char (t + p) - t);
            }
        }

      /* strip filler and find change cues right before the number */
      gsize e = m->start, ws;
      gboolean again = TRUE;
      while (again)
        {
          again = FALSE;
          int w = word_set_suffix (&ws_filler, t, cs, e);
          if (w >= 0)
            {
              e -= ws_filler.lens[w];
              again = TRUE;
            }
        }
      gboolean xin = ends_with_any (t, cs, e, (const char *const[]){ "新增", NULL }, &ws) != NULL;
      gboolean change_kind = m->kind && !is_span_kind (m->kind);
      if (!m->change && !xin && change_kind)
        {
          int w;
          if ((w = word_set_suffix (&ws_growth, t, cs, e)) >= 0)
            {
              m->change = "growth";
              e -= ws_growth.lens[w];
            }
          else if ((w = word_set_suffix (&ws_decline, t, cs, e)) >= 0)
            {
              m->change = "decline";
              e -= ws_decline.lens[w];
            }
        }
      if (m->change && ends_with_any (t, cs, e, (const char *const[]){ "同比", "环比", "比", NULL }, &ws))
        e = ws;
      /* share: 占全市81% */
      {
        gsize wl = 0;
        gssize zp = word_set_find_last (&ws_share, t, cs, e, &wl);
        if (zp >= 0 && m->kind && (g_str_equal (m->kind, "percent") || g_str_equal (m->kind, "ratio")))
          {
            gsize a = (gsize) zp + wl, b = e;
            if (has_at (t, a, b, "到"))
              a += 3;
            while (b > a && (ends_with_at (t, b, "的") || ends_with_at (t, b, "比重") || ends_with_at (t, b, "比")))
              b -= ends_with_at (t, b, "比重") ? 6 : 3;
            if (b > a)
              m->share = g_strndup (t + a, b - a);
            e = (gsize) zp;
          }
      }
      /* modality, from the clause */
      {
        gsize wl = 0;
        gsize sent = cs;
        gssize tp = word_set_find_last (&ws_target, t, sent, m->start, &wl);
        /* 目标任务, 科技计划项目: nouns, not a target */
        if (tp >= 0 && (has_at (t, (gsize) tp + wl, m->start, "任务") || has_at (t, (gsize) tp + wl, m->start, "任務") ||
                        has_at (t, (gsize) tp + wl, m->start, "项目") || has_at (t, (gsize) tp + wl, m->start, "項目")))
          tp = -1;
        if (word_set_find_last (&ws_forecast, t, sent, m->start, &wl) >= 0)
          m->modality = "forecast";
        else if (tp >= 0)
          m->modality = "target";
        else if (word_set_find_last (&ws_actual, t, sent, m->start, &wl) >= 0)
          m->modality = "actual";
      }
      if (!x->opts->metric || is_span_kind (m->kind))
        continue;
      gsize cs0 = cs;
      /* the previous figure of the clause bounds the noun phrase: the nearest
       * one is wanted. A span of time before it (销售收入10年增长了18倍) is a
       * modifier and is stepped over. */
      NumMention *pm = NULL;
      gsize skipped_start = 0, skipped_end = 0; /* end of a span of time inside the phrase (四年新增…) */
      for (guint k = i; k-- > 0;)
        {
          NumMention *q = &g_array_index (x->out, NumMention, k);
          if (q->excluded)
            continue;
          if (q->end <= cs || q->end > e)
            break;
          if (is_span_kind (q->kind))
            {
              /* a modifier: stepped over when it ends the phrase (5年来, 10年), else ignored */
              if (e == q->end || (e - q->end <= 9 && (has_at (t, q->end, e, "来") || has_at (t, q->end, e, "來") ||
                                                      has_at (t, q->end, e, "间") || has_at (t, q->end, e, "間") ||
                                                      has_at (t, q->end, e, "以来") || has_at (t, q->end, e, "以來"))))
                {
                  e = q->start;
                  gboolean more = TRUE;
                  while (more)
                    {
                      more = FALSE;
                      int w = word_set_suffix (&ws_filler, t, cs, e);
                      if (w >= 0)
                        {
                          e -= ws_filler.lens[w];
                          more = TRUE;
                        }
                    }
                }
              else if (!skipped_end)
                {
                  skipped_end = q->end;
                  skipped_start = q->start;
                }
              continue;
            }
          pm = q;
          break;
        }
      /* a list or a change of one thing: 分别占30%、20%和10%; 由4萬元擴至4.5萬元 */
      gboolean plain;
      if (pm && pm->end <= e && pm->end < m->start && only_connectors (t, pm->end, e, &plain))
        {
          /* 1瓩以上至10瓩太陽光電: the noun after the last figure is both's */
          if (!pm->metric && takes_metric_after (m->kind))
            pm->metric = metric_after (t, len, m->end, FALSE);
          if (pm->metric)
            {
              m->metric = g_strdup (pm->metric);
              prev_metric = m->metric;
              prev_sentence_end = m->end;
            }
          if (plain && !m->change && pm->change && m->kind && pm->kind && g_str_equal (m->kind, pm->kind))
            m->change = pm->change;
          if (plain && !m->share && pm->share && m->kind && pm->kind && g_str_equal (m->kind, pm->kind))
            m->share = g_strdup (pm->share);
          if (!m->modality)
            m->modality = pm->modality;
          continue;
        }
      gsize ms = pm && pm->end > cs ? pm->end : cs;
      /* metric: a noun right after a count or a production figure… */
      char *metric = NULL;
      if (takes_metric_after (m->kind))
        metric = metric_after (t, len, m->end, FALSE);
      if (!metric && pm && ms == pm->end && e > ms)
        {
          gsize w0;
          if (ends_with_any (t, ms, e, (const char *const[]){ "和", "与", "與", "及", "、", NULL }, &w0))
            metric = metric_after (t, len, m->end, TRUE);
        }
      cs = ms;
      /* 過去兩年GDP平均增長: nothing but time before the span of time, the noun after it */
      if (skipped_end && skipped_end < e && skipped_start >= cs)
        {
          char *before = clean_metric (t, cs, skipped_start);
          if (!before)
            cs = skipped_end;
          g_free (before);
        }
      /* …else the noun phrase before it in the clause */
      if (!metric && e > cs)
        {
          gsize wl = 0;
          gssize cp = find_metric_cue (t, cs, e, &wl);
          if (cp >= 0 && (gsize) cp + wl == e)
            {
              /* the cue ends the clause: 技术合同成交额突破 → before the cue */
              gsize e2 = (gsize) cp, wl2 = 0;
              gssize cp2 = find_metric_cue (t, cs, e2, &wl2);
              gsize s2 = cp2 >= 0 ? (gsize) cp2 + wl2 : cs;
              /* 四年新增58亿元: before the cue is a span of time, not a noun */
              metric = skipped_end && skipped_end == e2 ? NULL : clean_metric (t, s2, e2);
            }
          else
            metric = clean_metric (t, cp >= 0 ? (gsize) cp + wl : cs, e);
        }
      /* a percentage of something: 全国72%的国土面积, 10%以上的经济增速 */
      if (m->kind && g_str_equal (m->kind, "percent") && has_at (t, m->end, len, "的"))
        {
          char *after = metric_after (t, len, m->end, TRUE);
          if (after)
            {
              g_free (metric);
              metric = after;
            }
        }
      /* money with nothing before it: 提供81亿元的租金补贴, 撬动2000亿元企业投资 */
      if (!metric && m->kind && (g_str_equal (m->kind, "money") || g_str_equal (m->kind, "percent")))
        metric = metric_after (t, len, m->end, TRUE);
      /* a table cell or a value line under its label */
      if (!metric && !pm)
        metric = table_metric (t, len, m);
      /* nothing in the clause (達17.6%; 儲備：9357億元; 即每年約450億元): the subject is
       * the previous clause of the sentence when no figure stands in it */
      if (!metric && !pm && e <= cs0 + 9 && cs0 > 0 && !(same_sentence && prev_metric))
        {
          gsize pe;
          gunichar b = char_before (t, cs0, &pe);
          if (b == 0xFF0C || b == ',' || b == 0xFF1A || b == ':' || b == 0x3001)
            {
              gsize ps = clause_start (t, pe);
              gboolean figure = FALSE;
              for (guint k = i; k-- > 0;)
                {
                  NumMention *q = &g_array_index (x->out, NumMention, k);
                  if (q->end <= ps)
                    break;
                  if (!q->excluded && !is_span_kind (q->kind) && q->start < pe)
                    figure = TRUE;
                }
              /* not an adverbial (按不变价格计算, 在…博物馆里) */
              static const char *const adverbial[] = { "按", "在", "据", "據", "从", "從", "对", "對", "由", "为了",
                                                       "為了", "随着", "隨著", "根据", "根據", "通过", "通過", NULL };
              gsize aw;
              gboolean adv = FALSE;
              for (guint k = 0; adverbial[k] && !adv; k++)
                adv = has_at (t, ps, pe, adverbial[k]);
              (void) aw;
              if (!figure && !adv && pe > ps)
                metric = clause_metric (t, ps, pe);
            }
        }
      if (!metric && same_sentence && prev_metric)
        metric = g_strdup (prev_metric);
      m->metric = metric;
      if (metric)
        {
          prev_metric = metric;
          prev_sentence_end = m->end;
        }
    }
  if (x->opts->metric)
    distribute_lists (x);
}

/* ---- the document currency ---- */

static const char *
local_currency (const char *t, gsize len)
{
  /* 元 is TWD in a document that says 新台幣, HKD in one that talks of 港元/港幣 in Hong Kong
   * or speaks of Hong Kong as its own (本港, 港府, 財政司, 立法會) */
  static const char *const twd[] = { "新台幣", "新臺幣", "新台币", NULL };
  static const char *const hkd[] = { "港元", "港幣", "港币", NULL };
  /* the first MiB, up to a NUL; searched in place rather than copied */
  gsize limit = strnlen (t, MIN (len, (gsize) 1 << 20));
#define HAS(w) (memmem (t, limit, (w), strlen (w)) != NULL)
  for (guint i = 0; twd[i]; i++)
    if (HAS (twd[i]))
      return "TWD";
  /* words only Hong Kong's own press uses of itself and its government */
  static const char *const hk_self[] = { "本港", "港府", "财政司", "財政司", "立法会", "立法會", NULL };
  gboolean hk = FALSE;
  for (guint i = 0; hkd[i] && !hk; i++)
    hk |= HAS (hkd[i]);
  for (guint i = 0; hk_self[i] && !hk; i++)
    hk |= HAS (hk_self[i]);
  if (hk && (HAS ("香港") || HAS ("本港") || HAS ("港府")) && !HAS ("人民币") && !HAS ("人民幣"))
    return "HKD";
#undef HAS
  return "CNY";
}

/* ---- the scan ---- */

static inline gboolean
may_start (gunichar c)
{
  if (c < 0x80)
    return (c >= '0' && c <= '9') || c == '-';
  switch (c)
    {
    case 0x7FFB: /* 翻 */
    case 0x6570: case 0x6578: case 0x51E0: case 0x5E7E: case 0x4E0A: case 0x8FD1: /* 数數几幾上近 */
    case 0x5EFF: case 0x5345: case 0x534C: /* 廿卅卌 */
    case 0x2212: case 0x8D1F: case 0x8CA0: /* − 负 負 */
      return TRUE;
    default:
      return ds_numeral_digit_value (c) >= 0 || ds_numeral_multiplier_exponent (c) != 0;
    }
}

/* may_start() for the BMP as a bitmap, built from it once */
static guint8 start_bits[0x10000 / 8];

static void
words_init (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  for (gunichar c = 0; c < 0x10000; c++)
    if (may_start (c))
      start_bits[c >> 3] |= (guint8) (1u << (c & 7));
  static const char *before_words[G_N_ELEMENTS (approx_before)], *after_words[G_N_ELEMENTS (approx_after)];
  for (guint i = 0; approx_before[i].word; i++)
    before_words[i] = approx_before[i].word;
  for (guint i = 0; approx_after[i].word; i++)
    after_words[i] = approx_after[i].word;
  word_set_init (&ws_approx_before, before_words, G_N_ELEMENTS (approx_before) - 1, TRUE);
  word_set_init (&ws_approx_after, after_words, G_N_ELEMENTS (approx_after) - 1, FALSE);
  word_set_init (&ws_filler, filler, G_N_ELEMENTS (filler) - 1, TRUE);
  word_set_init (&ws_growth, growth_cues, G_N_ELEMENTS (growth_cues) - 1, TRUE);
  word_set_init (&ws_decline, decline_cues, G_N_ELEMENTS (decline_cues) - 1, TRUE);
  word_set_init (&ws_forecast, forecast_cues, G_N_ELEMENTS (forecast_cues) - 1, FALSE);
  word_set_init (&ws_target, target_cues, G_N_ELEMENTS (target_cues) - 1, FALSE);
  word_set_init (&ws_actual, actual_cues, G_N_ELEMENTS (actual_cues) - 1, FALSE);
  word_set_init (&ws_metric, metric_cues, G_N_ELEMENTS (metric_cues) - 1, FALSE);
  word_set_init (&ws_modal, modal_in_metric, G_N_ELEMENTS (modal_in_metric) - 1, FALSE);
  word_set_init (&ws_respectively, respectively, G_N_ELEMENTS (respectively) - 1, FALSE);
  word_set_init (&ws_share, share_cues, G_N_ELEMENTS (share_cues) - 1, FALSE);
  word_set_init (&ws_stops, metric_stops, G_N_ELEMENTS (metric_stops) - 1, FALSE);
  word_set_init (&ws_time_lead, time_words, G_N_ELEMENTS (time_words) - 1, FALSE);
  word_set_init (&ws_time_tail, time_words, G_N_ELEMENTS (time_words) - 1, TRUE);
  word_set_init (&ws_lead, metric_lead, G_N_ELEMENTS (metric_lead) - 1, FALSE);
  word_set_init (&ws_tail, metric_tail, G_N_ELEMENTS (metric_tail) - 1, TRUE);
  word_set_init (&ws_verbs, metric_verbs, G_N_ELEMENTS (metric_verbs) - 1, TRUE);
  g_once_init_leave (&done, 1);
}

GArray *
num_extract (const NumUnitTable *table, const char *text, gsize length, const NumOptions *opts)
{
  words_init ();
  NumOptions defaults = { FALSE, TRUE };
  Ctx x = { text, length, table, opts ? opts : &defaults, NULL, g_array_new (FALSE, FALSE, sizeof (NumMention)) };
  x.local_currency = local_currency (text, length);
  gsize pos = 0;
  while (pos < length)
    {
      guchar b = (guchar) text[pos];
      if (b < 0x80)
        {
          if ((b >= '0' && b <= '9') || b == '-')
            {
              gsize next;
              extract_at (&x, pos, &next);
              pos = next;
            }
          else
            pos++;
          continue;
        }
      gsize cl;
      gunichar c;
      /* three-byte characters (all of CJK) decoded inline; the rest as before */
      if (b >= 0xE0 && b < 0xF0 && pos + 3 <= length && ((guchar) text[pos + 1] & 0xC0) == 0x80 &&
          ((guchar) text[pos + 2] & 0xC0) == 0x80 && (b > 0xE0 || (guchar) text[pos + 1] >= 0xA0))
        {
          c = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (text[pos + 1] & 0x3F) << 6) | (text[pos + 2] & 0x3F);
          cl = 3;
        }
      else
        c = char_at (text, pos, length, &cl);
      if (c < 0x10000 ? (start_bits[c >> 3] >> (c & 7)) & 1 : may_start (c))
        {
          gsize next;
          extract_at (&x, pos, &next);
          pos = MAX (next, pos + cl);
        }
      else
        pos += cl;
    }
  add_context (&x);
  return x.out;
}
