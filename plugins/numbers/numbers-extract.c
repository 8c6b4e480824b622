/* numbers-extract.c: finds quantities in Chinese text and resolves them: the scan.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "numbers-internal.h"

void
num_mentions_free (GArray *mentions)
{
  if (!mentions)
    return;
  for (guint i = 0; i < mentions->len; i++)
    mention_clear (&g_array_index (mentions, NumMention, i));
  g_array_free (mentions, TRUE);
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
  /* a Taiwan text that never names its currency (a gazette: 5萬元, 每度2.0615元): it
   * dates by the Republic or speaks as its government */
  static const char *const tw_self[] = { "中華民國", "中华民国", "行政院", "立法院", "經濟部", "经济部",
                                         "總統府", "总统府", NULL };
  for (guint i = 0; tw_self[i]; i++)
    if (HAS (tw_self[i]) && !HAS ("人民币") && !HAS ("人民幣"))
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

/* Does the text cite articles of a law (第9条规定, 第九條第一項)? Its 第N项/款 are then
 * locants, not ranks. */
static gboolean
legal_text (const char *t, gsize len)
{
  static const char *const cues[] = { "条规定", "條規定", "条第", "條第", "条之", "條之", NULL };
  gsize limit = strnlen (t, MIN (len, (gsize) 1 << 20));
  for (guint i = 0; cues[i]; i++)
    if (memmem (t, limit, cues[i], strlen (cues[i])))
      return TRUE;
  return FALSE;
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
    case 0x534A: /* 半 */
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
start_bits_init (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  for (gunichar c = 0; c < 0x10000; c++)
    if (may_start (c))
      start_bits[c >> 3] |= (guint8) (1u << (c & 7));
  g_once_init_leave (&done, 1);
}

GArray *
num_extract (const NumUnitTable *table, const NumWords *words, const char *text, gsize length, const NumOptions *opts)
{
  start_bits_init ();
  NumOptions defaults = { FALSE, TRUE };
  Ctx x = { text, length, table, opts ? opts : &defaults, words, NULL, g_array_new (FALSE, FALSE, sizeof (NumMention)) };
  x.local_currency = local_currency (text, length);
  x.legal = legal_text (text, length);
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
      const char *after;
      gunichar c = ds_utf8_decode (text + pos, text + length, &after);
      gsize cl = (gsize) (after - (text + pos));
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
