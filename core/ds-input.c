/* ds-input.c: decoding input bytes to UTF-8, detecting the encoding.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "ds-input.h"

#include <errno.h>
#include <string.h>

G_DEFINE_QUARK (ds-input-error-quark, ds_input_error)

/* Characters frequent in Chinese prose, in both scripts: a text decoded with
 * the right one of GB18030 and Big5 has many of them, the wrong one few. */
static const char common_chars[] =
  "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域假拍注读這來個們為說時過後會對從麼當還動經點與問將國發現學裡開關長實頭話應見兩進總業區陽無歲種萬億年月日產業經濟發展增長";

static GHashTable *
common_set (void)
{
  static gsize init = 0;
  static GHashTable *set = NULL;
  if (g_once_init_enter (&init))
    {
      GHashTable *s = g_hash_table_new (NULL, NULL);
      for (const char *p = common_chars; *p; p = g_utf8_next_char (p))
        g_hash_table_add (s, GUINT_TO_POINTER (g_utf8_get_char (p)));
      set = s;
      g_once_init_leave (&init, 1);
    }
  return set;
}

static gsize
score_text (const char *text, gsize length)
{
  GHashTable *set = common_set ();
  gsize score = 0;
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    if (g_hash_table_contains (set, GUINT_TO_POINTER (g_utf8_get_char (p))))
      score++;
  return score;
}

static const char *
canonical_encoding (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_strdelimit (lower, "_", '-');
  if (g_str_equal (lower, "utf8") || g_str_equal (lower, "utf-8"))
    return "UTF-8";
  if (g_str_equal (lower, "gbk") || g_str_equal (lower, "gb2312") || g_str_equal (lower, "cp936") ||
      g_str_equal (lower, "gb18030"))
    return "GB18030";
  if (g_str_equal (lower, "big5") || g_str_equal (lower, "cp950"))
    return "BIG5";
  if (g_str_equal (lower, "big5-hkscs"))
    return "BIG5-HKSCS";
  if (g_str_equal (lower, "utf-16le") || g_str_equal (lower, "utf16le"))
    return "UTF-16LE";
  if (g_str_equal (lower, "utf-16be") || g_str_equal (lower, "utf16be"))
    return "UTF-16BE";
  if (g_str_equal (lower, "utf-16") || g_str_equal (lower, "utf16"))
    return "UTF-16";
  return NULL;
}

/* Converts with iconv, replacing invalid input bytes with U+FFFD when lossy.
 * On failure sets the byte offset of the first bad input byte. */
static gboolean
convert (const char *name,
         const char *data,
         gsize length,
         const char *from,
         gboolean lossy,
         gsize input_base,
         DsDecoded *out,
         GError **error)
{
  GIConv cd = g_iconv_open ("UTF-8", from);
  if (cd == (GIConv) -1)
    {
      g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_UNKNOWN_ENCODING,
                   "%s: unknown encoding \"%s\"", name, from);
      return FALSE;
    }

  GString *buf = g_string_sized_new (length * 3 / 2 + 16);
  char *in = (char *) data;
  gsize in_left = length;
  DsReplacements replaced = { 0 };
  char chunk[8192];

  while (in_left > 0)
    {
      char *o = chunk;
      gsize o_left = sizeof chunk;
      gsize r = g_iconv (cd, &in, &in_left, &o, &o_left);
      int err = errno;
      g_string_append_len (buf, chunk, o - chunk);
      if (r != (gsize) -1)
        continue;
      if (err == E2BIG)
        continue;
      /* EILSEQ: invalid sequence; EINVAL: incomplete sequence at the end */
      if (!lossy)
        {
          gsize offset = input_base + (gsize) (in - data);
          g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_ENCODING,
                       "%s: byte offset %" G_GSIZE_FORMAT ": %s in %s input (byte 0x%02X); "
                       "use --encoding to name the right encoding or --lossy to replace bad bytes with U+FFFD",
                       name, offset, err == EINVAL ? "truncated sequence" : "invalid byte sequence",
                       from, (guchar) *in);
          g_string_free (buf, TRUE);
          g_iconv_close (cd);
          return FALSE;
        }
      g_string_append (buf, "\xEF\xBF\xBD");
      _ds_replacements_add (&replaced, input_base + (gsize) (in - data), 1);
      in++;
      in_left--;
      g_iconv (cd, NULL, NULL, NULL, NULL); /* reset shift state */
    }
  g_iconv_close (cd);

  /* The decoded text must be valid UTF-8 without NULs. */
  const char *nul = memchr (buf->str, '\0', buf->len);
  if (nul != NULL)
    {
      g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_BINARY,
                   "%s: contains a NUL character (decoded byte %" G_GSIZE_FORMAT "): not a text file",
                   name, (gsize) (nul - buf->str));
      g_string_free (buf, TRUE);
      return FALSE;
    }
  /* iconv's word is not taken for it */
  const char *bad = NULL;
  if (!g_utf8_validate_len (buf->str, buf->len, &bad))
    {
      g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_ENCODING,
                   "%s: the %s decoder gave invalid UTF-8 (decoded byte %" G_GSIZE_FORMAT ")", name, from,
                   (gsize) (bad - buf->str));
      g_string_free (buf, TRUE);
      return FALSE;
    }
  out->length = buf->len;
  out->text = g_string_free (buf, FALSE);
  out->replaced = replaced;
  return TRUE;
}

/* Valid UTF-8 is taken as it is (no copy through iconv). */
static gboolean
take_utf8 (const char *name, const char *data, gsize length, gsize base, gboolean lossy,
           DsDecoded *out, GError **error)
{
  const char *bad = NULL;
  if (g_utf8_validate_len (data, length, &bad))
    {
      out->text = g_malloc (length + 1);
      if (length > 0)
        memcpy (out->text, data, length);
      out->text[length] = '\0';
      out->length = length;
      out->encoding = "UTF-8";
      return TRUE;
    }
  const char *nul = *bad == '\0' ? bad : memchr (bad, '\0', length - (gsize) (bad - data));
  if (nul != NULL && (lossy || nul == bad))
    {
      g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_BINARY,
                   "%s: byte offset %" G_GSIZE_FORMAT ": NUL byte: not a text file",
                   name, base + (gsize) (nul - data));
      return FALSE;
    }
  out->encoding = "UTF-8";
  if (!lossy)
    return convert (name, data, length, "UTF-8", FALSE, base, out, error);
  /* our own decoder: U+FFFD per maximal subpart, one pass */
  GString *buf = g_string_sized_new (length + 16);
  _ds_utf8_decode_lossy (data, length, base, buf, &out->replaced);
  out->length = buf->len;
  out->text = g_string_free (buf, FALSE);
  return TRUE;
}

gboolean
_ds_input_is_plain_utf8 (const char *data, gsize length, gsize *n_codepoints)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return FALSE;
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return FALSE;
  return _ds_utf8_validate_count (data, length, n_codepoints);
}

gboolean
_ds_input_decode (const char *name,
                  const char *data,
                  gsize length,
                  const char *encoding,
                  gboolean lossy,
                  DsDecoded *out,
                  GError **error)
{
  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);

  /* A BOM decides, unless the user named an encoding. */
  if (encoding == NULL)
    {
      if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        return take_utf8 (name, data + 3, length - 3, 3, lossy, out, error);
      if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
        {
          out->encoding = "UTF-16LE";
          return convert (name, data + 2, length - 2, "UTF-16LE", lossy, 2, out, error);
        }
      if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
        {
          out->encoding = "UTF-16BE";
          return convert (name, data + 2, length - 2, "UTF-16BE", lossy, 2, out, error);
        }
    }

  if (encoding != NULL)
    {
      const char *canon = canonical_encoding (encoding);
      gsize skip = 0;
      if (canon && g_str_equal (canon, "UTF-8"))
        {
          if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
            skip = 3;
          return take_utf8 (name, data + skip, length - skip, skip, lossy, out, error);
        }
      out->encoding = canon ? canon : g_intern_string (encoding);
      if (!convert (name, data, length, out->encoding, lossy, 0, out, error))
        return FALSE;
      /* UTF-16 with a BOM named explicitly: iconv keeps U+FEFF; drop it */
      if (out->length >= 3 && memcmp (out->text, "\xEF\xBB\xBF", 3) == 0)
        {
          memmove (out->text, out->text + 3, out->length - 2);
          out->length -= 3;
        }
      return TRUE;
    }

  /* Detection: UTF-8 first, it is by far the most common and is rarely
   * valid by accident. */
  const char *bad = NULL;
  if (g_utf8_validate_len (data, length, &bad))
    return take_utf8 (name, data, length, 0, lossy, out, error);
  gsize utf8_bad_offset = (gsize) (bad - data);

  if (memchr (data, '\0', length) == NULL)
    {
      DsDecoded gb = { 0 }, big5 = { 0 };
      gboolean gb_ok = convert (name, data, length, "GB18030", FALSE, 0, &gb, NULL);
      gboolean big5_ok = convert (name, data, length, "BIG5", FALSE, 0, &big5, NULL);
      gb.encoding = "GB18030";
      big5.encoding = "BIG5";
      if (gb_ok && big5_ok)
        {
          if (score_text (big5.text, big5.length) > score_text (gb.text, gb.length))
            {
              g_free (gb.text);
              *out = big5;
            }
          else
            {
              g_free (big5.text);
              *out = gb;
            }
          return TRUE;
        }
      if (big5_ok)
        {
          *out = big5;
          return TRUE;
        }
      if (gb_ok)
        {
          *out = gb;
          return TRUE;
        }
    }

  if (lossy)
    return take_utf8 (name, data, length, 0, TRUE, out, error);

  const char *nul = memchr (data, '\0', length);
  if (nul != NULL)
    g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_BINARY,
                 "%s: byte offset %" G_GSIZE_FORMAT ": NUL byte: not a text file",
                 name, (gsize) (nul - data));
  else
    g_set_error (error, DS_INPUT_ERROR, DS_INPUT_ERROR_ENCODING,
                 "%s: byte offset %" G_GSIZE_FORMAT ": invalid UTF-8 (byte 0x%02X), and the file is not "
                 "valid GB18030 or Big5 either; use --encoding to name its encoding or --lossy to "
                 "replace bad bytes with U+FFFD",
                 name, utf8_bad_offset, (guchar) data[utf8_bad_offset]);
  return FALSE;
}
