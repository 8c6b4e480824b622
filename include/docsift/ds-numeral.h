/* ds-numeral.h: a scanner for Arabic and Chinese numerals, shared by plugins.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

#include <glib.h>
#include <docsift/ds-version.h>

G_BEGIN_DECLS

/**
 * DsNumeralFlags:
 * @DS_NUMERAL_ARABIC: accept Arabic digits (ASCII and full-width), with
 *   decimals ("769.6") and thousands separators ("1,500")
 * @DS_NUMERAL_CHINESE: accept Chinese numerals: 〇零一二两三…九十百千万亿,
 *   廿卅卌, financial 壹贰叁…拾佰仟, Traditional 萬億兩貳參陸, decimals
 *   with 点/點 ("三点五"), and mixed forms with Arabic digits ("2.5万",
 *   "4千万", "1万2千")
 * @DS_NUMERAL_DIGITS: read a run of two or more Chinese digits with no
 *   multiplier ("二〇二二", "一九九八") digit by digit, as 2022 and 1998;
 *   without this flag such a run stops after its first digit
 * @DS_NUMERAL_SIGN: accept a leading minus: "-", "−" (U+2212), 负 or 負
 * @DS_NUMERAL_NO_TEXT: do not allocate #DsNumeral.text (faster when only the
 *   value or the length is wanted)
 * @DS_NUMERAL_DEFAULT: Arabic, Chinese and digit-by-digit forms
 *
 * What ds_numeral_scan() accepts.
 */
typedef enum
{
  DS_NUMERAL_ARABIC = 1 << 0,
  DS_NUMERAL_CHINESE = 1 << 1,
  DS_NUMERAL_DIGITS = 1 << 2,
  DS_NUMERAL_SIGN = 1 << 3,
  DS_NUMERAL_NO_TEXT = 1 << 4,
  DS_NUMERAL_DEFAULT = DS_NUMERAL_ARABIC | DS_NUMERAL_CHINESE | DS_NUMERAL_DIGITS,
} DsNumeralFlags;

/**
 * DsNumeralStyle:
 * @DS_NUMERAL_STYLE_ARABIC: contains Arabic digits
 * @DS_NUMERAL_STYLE_CHINESE: contains Chinese numeral characters
 * @DS_NUMERAL_STYLE_FINANCIAL: contains financial numerals (壹贰…拾佰仟)
 * @DS_NUMERAL_STYLE_DIGITS: read digit by digit ("二〇二二")
 * @DS_NUMERAL_STYLE_DECIMAL: has a fractional part ("769.6", "三点五")
 * @DS_NUMERAL_STYLE_SEPARATOR: has thousands separators ("1,500")
 * @DS_NUMERAL_STYLE_MULTIPLIER: has a multiplier 十百千万亿 (or 廿卅卌)
 * @DS_NUMERAL_STYLE_SHORT: a short form whose last digit counts in the unit
 *   below the last multiplier ("三万五" = 35000, "一百五" = 150)
 * @DS_NUMERAL_STYLE_NEGATIVE: has a leading minus (with %DS_NUMERAL_SIGN)
 * @DS_NUMERAL_STYLE_LARGE_UNIT: its last character is 万/萬 or 亿/億
 *
 * How a scanned numeral was written, for callers that filter (e.g. a lone
 * 一 is rarely a quantity; 陆 alone is more often 陆地 than six).
 */
typedef enum
{
  DS_NUMERAL_STYLE_ARABIC = 1 << 0,
  DS_NUMERAL_STYLE_CHINESE = 1 << 1,
  DS_NUMERAL_STYLE_FINANCIAL = 1 << 2,
  DS_NUMERAL_STYLE_DIGITS = 1 << 3,
  DS_NUMERAL_STYLE_DECIMAL = 1 << 4,
  DS_NUMERAL_STYLE_SEPARATOR = 1 << 5,
  DS_NUMERAL_STYLE_MULTIPLIER = 1 << 6,
  DS_NUMERAL_STYLE_SHORT = 1 << 7,
  DS_NUMERAL_STYLE_NEGATIVE = 1 << 8,
  DS_NUMERAL_STYLE_LARGE_UNIT = 1 << 9,
} DsNumeralStyle;

/**
 * DsNumeral:
 * @length: bytes consumed (0 when there is no numeral at the start)
 * @n_chars: code points consumed
 * @value: the value as the nearest double; ±infinity when it is past the
 *   double range (use @text then)
 * @text: (nullable): the exact value as a plain decimal string ("76960000000",
 *   "0.5", "-3"), no exponent, no separators; %NULL with %DS_NUMERAL_NO_TEXT.
 *   Free with ds_numeral_clear().
 * @style: a #DsNumeralStyle set
 *
 * One numeral read by ds_numeral_scan().
 */
typedef struct
{
  gsize length;
  gsize n_chars;
  double value;
  char *text;
  guint style;
} DsNumeral;

/**
 * ds_numeral_scan:
 * @text: UTF-8 text (need not be NUL-terminated)
 * @length: bytes of @text to look at, or -1 if NUL-terminated
 * @flags: a #DsNumeralFlags set; 0 means %DS_NUMERAL_DEFAULT
 * @out: (out caller-allocates): the numeral; always initialised, so
 *   ds_numeral_clear() is safe even when nothing was read
 *
 * Reads the longest numeral at the very start of @text: "769.6", "1,500",
 * "一百五十", "两万", "十一", "廿五", "壹佰贰拾", "二〇二二", "2.5万",
 * "1.41亿", "4千万", "三点五", "一万四千". It does not skip leading space and
 * does not read units, percent signs or approximations (多, 余, 左右): that
 * is the caller's business. A bare multiplier 万 or 亿 (as in 近万) is not a
 * numeral; a bare 十, 百 or 千 is (十 = 10, "百万" = 1000000). Values are
 * computed exactly in decimal, so "1.41亿" is 141000000 and 10,000-digit
 * runs keep every digit in @text.
 *
 * Thread-safe; allocates only @text.
 *
 * Returns: the number of bytes consumed (@out->length); 0 if no numeral.
 */
DS_API gsize ds_numeral_scan (const char *text, gssize length, guint flags, DsNumeral *out);

/**
 * ds_numeral_clear:
 * @num: a #DsNumeral filled by ds_numeral_scan()
 *
 * Frees @num's text and resets it.
 */
DS_API void ds_numeral_clear (DsNumeral *num);

/**
 * ds_numeral_digit_value:
 * @c: a character
 *
 * The value of one numeral digit: 0–9 for 0-9, full-width ０-９, 〇○零,
 * 一…九, 两兩, and financial 壹…玖; -1 for anything else (multipliers
 * included). Callers use it to find where a numeral may start cheaply.
 *
 * Returns: 0–9, or -1.
 */
DS_API int ds_numeral_digit_value (gunichar c);

/**
 * ds_numeral_multiplier_exponent:
 * @c: a character
 *
 * The power of ten of a multiplier: 十拾 1, 百佰 2, 千仟 3, 万萬 4, 亿億 8;
 * 0 for anything else.
 *
 * Returns: 1, 2, 3, 4, 8, or 0.
 */
DS_API int ds_numeral_multiplier_exponent (gunichar c);

G_END_DECLS
