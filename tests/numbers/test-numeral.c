/* test-numeral.c: the shared numeral scanner (ds_numeral_scan).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <docsift/docsift.h>

#include <locale.h>
#include <math.h>
#include <string.h>

typedef struct
{
  const char *input;
  guint flags;
  const char *consumed; /* the prefix that must be read; "" = nothing */
  const char *text;     /* exact value */
} Case;

static const Case cases[] = {
  /* Arabic */
  { "769.6亿元", DS_NUMERAL_ARABIC, "769.6", "769.6" },
  { "1,500家", 0, "1,500", "1500" },
  { "12,345,678.25", 0, "12,345,678.25", "12345678.25" },
  { "1,50", 0, "1", "1" },
  { "1,5000", 0, "1", "1" },
  { "4883人", 0, "4883", "4883" },
  { "0.10", 0, "0.10", "0.1" },
  { "007", 0, "007", "7" },
  { "３．５万", 0, "３．５万", "35000" },
  { "12.", 0, "12", "12" },
  { "12.1%", 0, "12.1", "12.1" },
  /* Chinese */
  { "十一", 0, "十一", "11" },
  { "二十", 0, "二十", "20" },
  { "十", 0, "十", "10" },
  { "一百五十", 0, "一百五十", "150" },
  { "一百五", 0, "一百五", "150" },
  { "一百零五", 0, "一百零五", "105" },
  { "一千零五十", 0, "一千零五十", "1050" },
  { "两万", 0, "两万", "20000" },
  { "三千五百", 0, "三千五百", "3500" },
  { "一万四千", 0, "一万四千", "14000" },
  { "三万五", 0, "三万五", "35000" },
  { "一万零五百", 0, "一万零五百", "10500" },
  { "五亿零六", 0, "五亿零六", "500000006" },
  { "一千二百三十四万五千六百七十八", 0, "一千二百三十四万五千六百七十八", "12345678" },
  { "三亿两千万", 0, "三亿两千万", "320000000" },
  { "一万五千亿", 0, "一万五千亿", "1500000000000" },
  { "四万亿", 0, "四万亿", "4000000000000" },
  { "一亿亿", 0, "一亿亿", "10000000000000000" },
  { "十万万", 0, "十万万", "1000000000" },
  { "百万", 0, "百万", "1000000" },
  { "零", 0, "零", "0" },
  { "〇", 0, "〇", "0" },
  { "廿五", 0, "廿五", "25" },
  { "卅", 0, "卅", "30" },
  { "壹佰贰拾叁", 0, "壹佰贰拾叁", "123" },
  { "肆仟伍佰陆拾柒萬", 0, "肆仟伍佰陆拾柒萬", "45670000" },
  { "兩萬三千", 0, "兩萬三千", "23000" },
  { "十二億", 0, "十二億", "1200000000" },
  { "三点五", 0, "三点五", "3.5" },
  { "一百点二五", 0, "一百点二五", "100.25" },
  { "零点零五", 0, "零点零五", "0.05" },
  { "三点五万", 0, "三点五万", "35000" },
  { "两百点两", 0, "两百", "200" },
  { "三点钟", 0, "三", "3" },
  { "十点三十分", 0, "十点三", "10.3" },
  /* digit by digit */
  { "二〇二二年", 0, "二〇二二", "2022" },
  { "二○二二年", 0, "二○二二", "2022" },
  { "一九九八", 0, "一九九八", "1998" },
  { "二〇二二年", DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE, "二", "2" },
  { "三四十个", 0, "三", "3" },
  /* digit by digit with a decimal point */
  { "一二三点四五", 0, "一二三点四五", "123.45" },
  { "二〇二二点五年", 0, "二〇二二点五", "2022.5" },
  { "一二三点钟", 0, "一二三", "123" },
  /* 零 before a bare 十: one ten */
  { "二千零十年", 0, "二千零十", "2010" },
  { "一千零十", 0, "一千零十", "1010" },
  { "三万零十五", 0, "三万零十五", "30015" },
  { "两千零一十", 0, "两千零一十", "2010" },
  /* financial numerals in Traditional forms */
  { "參萬陸仟貳佰元", 0, "參萬陸仟貳佰", "36200" },
  { "貳佰伍拾萬", 0, "貳佰伍拾萬", "2500000" },
  /* mixed */
  { "2.5万", 0, "2.5万", "25000" },
  { "1.41亿", 0, "1.41亿", "141000000" },
  { "4千万", 0, "4千万", "40000000" },
  { "10万亿", 0, "10万亿", "10000000000000" },
  { "1万2千", 0, "1万2千", "12000" },
  { "4.78万亿", 0, "4.78万亿", "4780000000000" },
  { "10余万", 0, "10", "10" },
  { "2.5万", DS_NUMERAL_ARABIC, "2.5", "2.5" },
  /* sign */
  { "-3.5", DS_NUMERAL_DEFAULT | DS_NUMERAL_SIGN, "-3.5", "-3.5" },
  { "负一百", DS_NUMERAL_DEFAULT | DS_NUMERAL_SIGN, "负一百", "-100" },
  { "-3.5", 0, "", NULL },
  { "-", DS_NUMERAL_DEFAULT | DS_NUMERAL_SIGN, "", NULL },
  /* not numerals */
  { "万一", 0, "", NULL },
  { "亿元", 0, "", NULL },
  { "点五", 0, "", NULL },
  { "abc", 0, "", NULL },
  { "", 0, "", NULL },
  { "一十百", 0, "一十", "10" },
  { "二十三百", 0, "二十三", "23" },
  { "一百零", 0, "一百", "100" },
};

static void
test_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      DsNumeral n;
      gsize k = ds_numeral_scan (c->input, -1, c->flags, &n);
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, c->input);
      g_assert_cmpuint (k, ==, strlen (c->consumed));
      g_assert_cmpuint (n.length, ==, k);
      if (c->text)
        {
          g_assert_cmpstr (n.text, ==, c->text);
          g_assert_cmpfloat (n.value, ==, g_ascii_strtod (c->text, NULL));
          g_assert_cmpuint (n.n_chars, ==, g_utf8_strlen (c->consumed, -1));
        }
      else
        g_assert_null (n.text);
      ds_numeral_clear (&n);
    }
}

static void
test_values_exact (void)
{
  DsNumeral n;
  ds_numeral_scan ("0.1", -1, 0, &n);
  g_assert_cmpfloat (n.value, ==, 0.1);
  ds_numeral_clear (&n);
  ds_numeral_scan ("1.41亿", -1, 0, &n);
  g_assert_cmpfloat (n.value, ==, 141000000.0);
  ds_numeral_clear (&n);
  ds_numeral_scan ("769.6亿", -1, 0, &n);
  g_assert_cmpfloat (n.value, ==, 76960000000.0);
  ds_numeral_clear (&n);
}

static void
test_length_bound (void)
{
  DsNumeral n;
  /* only the first 3 bytes may be read: 一百 is cut to 一 */
  gsize k = ds_numeral_scan ("一百二十", 3, 0, &n);
  g_assert_cmpuint (k, ==, 3);
  g_assert_cmpstr (n.text, ==, "1");
  ds_numeral_clear (&n);
  /* a truncated UTF-8 sequence at the end is not read */
  k = ds_numeral_scan ("12\xe4\xb8", 4, 0, &n);
  g_assert_cmpuint (k, ==, 2);
  ds_numeral_clear (&n);
  k = ds_numeral_scan ("1,23", 3, 0, &n);
  g_assert_cmpuint (k, ==, 1);
  ds_numeral_clear (&n);
}

static void
test_no_text (void)
{
  DsNumeral n;
  gsize k = ds_numeral_scan ("三万五千", -1, DS_NUMERAL_DEFAULT | DS_NUMERAL_NO_TEXT, &n);
  g_assert_cmpuint (k, ==, strlen ("三万五千"));
  g_assert_null (n.text);
  g_assert_cmpfloat (n.value, ==, 35000.0);
  ds_numeral_clear (&n);
}

static void
test_styles (void)
{
  DsNumeral n;
  ds_numeral_scan ("1,500.5", -1, 0, &n);
  g_assert_true (n.style & DS_NUMERAL_STYLE_ARABIC);
  g_assert_true (n.style & DS_NUMERAL_STYLE_SEPARATOR);
  g_assert_true (n.style & DS_NUMERAL_STYLE_DECIMAL);
  g_assert_false (n.style & DS_NUMERAL_STYLE_CHINESE);
  ds_numeral_clear (&n);
  ds_numeral_scan ("伍佰", -1, 0, &n);
  g_assert_true (n.style & DS_NUMERAL_STYLE_FINANCIAL);
  ds_numeral_clear (&n);
  ds_numeral_scan ("二〇二二", -1, 0, &n);
  g_assert_true (n.style & DS_NUMERAL_STYLE_DIGITS);
  ds_numeral_clear (&n);
  ds_numeral_scan ("三万五", -1, 0, &n);
  g_assert_true (n.style & DS_NUMERAL_STYLE_SHORT);
  ds_numeral_clear (&n);
  ds_numeral_scan ("1.41亿", -1, 0, &n);
  g_assert_true (n.style & DS_NUMERAL_STYLE_LARGE_UNIT);
  g_assert_true (n.style & DS_NUMERAL_STYLE_ARABIC);
  ds_numeral_clear (&n);
  ds_numeral_scan ("一百", -1, 0, &n);
  g_assert_false (n.style & DS_NUMERAL_STYLE_LARGE_UNIT);
  g_assert_true (n.style & DS_NUMERAL_STYLE_MULTIPLIER);
  ds_numeral_clear (&n);
}

static void
test_long_digits (void)
{
  GString *s = g_string_new (NULL);
  for (int i = 0; i < 10000; i++)
    g_string_append_c (s, (char) ('1' + i % 9));
  DsNumeral n;
  gsize k = ds_numeral_scan (s->str, s->len, 0, &n);
  g_assert_cmpuint (k, ==, 10000);
  g_assert_cmpstr (n.text, ==, s->str);
  g_assert_true (isinf (n.value));
  ds_numeral_clear (&n);
  g_string_free (s, TRUE);
}

static void
test_many_yi (void)
{
  GString *s = g_string_new ("一");
  for (int i = 0; i < 10000; i++)
    g_string_append (s, "亿");
  DsNumeral n;
  gsize k = ds_numeral_scan (s->str, -1, 0, &n);
  g_assert_cmpuint (k, ==, s->len);
  g_assert_cmpuint (strlen (n.text), ==, 80001);
  g_assert_cmpint (n.text[0], ==, '1');
  g_assert_cmpuint (strspn (n.text + 1, "0"), ==, 80000);
  g_assert_true (isinf (n.value));
  ds_numeral_clear (&n);
  /* bare 亿亿亿: no numeral */
  k = ds_numeral_scan (s->str + 3, -1, 0, &n);
  g_assert_cmpuint (k, ==, 0);
  ds_numeral_clear (&n);
  g_string_free (s, TRUE);
}

static void
test_digit_values (void)
{
  g_assert_cmpint (ds_numeral_digit_value (0x4E03), ==, 7);   /* 七 */
  g_assert_cmpint (ds_numeral_digit_value (0x4E24), ==, 2);   /* 两 */
  g_assert_cmpint (ds_numeral_digit_value ('9'), ==, 9);
  g_assert_cmpint (ds_numeral_digit_value (0xFF15), ==, 5);   /* ５ */
  g_assert_cmpint (ds_numeral_digit_value (0x4E07), ==, -1);  /* 万 */
  g_assert_cmpint (ds_numeral_digit_value ('a'), ==, -1);
  g_assert_cmpint (ds_numeral_multiplier_exponent (0x4EBF), ==, 8); /* 亿 */
  g_assert_cmpint (ds_numeral_multiplier_exponent (0x62FE), ==, 1); /* 拾 */
  g_assert_cmpint (ds_numeral_multiplier_exponent (0x4E00), ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/numeral/cases", test_cases);
  g_test_add_func ("/numeral/values-exact", test_values_exact);
  g_test_add_func ("/numeral/length-bound", test_length_bound);
  g_test_add_func ("/numeral/no-text", test_no_text);
  g_test_add_func ("/numeral/styles", test_styles);
  g_test_add_func ("/numeral/long-digits", test_long_digits);
  g_test_add_func ("/numeral/many-yi", test_many_yi);
  g_test_add_func ("/numeral/digit-values", test_digit_values);
  return g_test_run ();
}
