/* cli-render.h: --format=text, a readable summary per document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "ds-pipeline.h"

/* Appends "# ID (SOURCE)", each stage's own rendering (or its layers'
 * item counts), the document's errors and a blank line. */
void cli_render_text (DsPipeline *pipeline, DsDocument *doc, GString *out);
