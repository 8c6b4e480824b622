/* docsift.h: the docsift plugin API. Include only this header.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define DOCSIFT_INSIDE
#include <docsift/ds-version.h>
#include <docsift/ds-text.h>
#include <docsift/ds-word-set.h>
#include <docsift/ds-data-file.h>
#include <docsift/ds-view.h>
#include <docsift/ds-item.h>
#include <docsift/ds-layer.h>
#include <docsift/ds-item-builder.h>
#include <docsift/ds-document.h>
#include <docsift/ds-plugin.h>
#include <docsift/ds-json.h>
#include <docsift/ds-harness.h>
#include <docsift/ds-numeral.h>
#undef DOCSIFT_INSIDE
