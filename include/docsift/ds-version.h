/* ds-version.h: ABI version of the docsift plugin interface.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(DOCSIFT_INSIDE) && !defined(DOCSIFT_COMPILATION)
#error "Only <docsift/docsift.h> can be included directly."
#endif

/**
 * DS_ABI_MAJOR:
 *
 * Major version of the plugin ABI. A plugin built against another major
 * version is refused by the loader.
 */
#define DS_ABI_MAJOR 1

/**
 * DS_ABI_MINOR:
 *
 * Minor version of the plugin ABI. Minor versions only ever append fields to
 * #DsPluginDesc and functions to the library; a plugin built against a newer
 * minor than the running core is refused (it may call what the core lacks).
 *
 * 1.1: #DsPluginDesc.data_files, and the text toolkit (ds-text.h,
 * ds-word-set.h, ds-data-file.h, ds_offset_map_compose()).
 * 1.2: #DsPluginDesc.fields (#DsFieldSpec, DS_FIELDS()).
 */
#define DS_ABI_MINOR 2

/** DS_FORMAT_NAME: the "format" member of every output document. */
#define DS_FORMAT_NAME "docsift"
/** DS_FORMAT_VERSION: the "version" member of every output document. */
#define DS_FORMAT_VERSION 1

#if defined(_WIN32)
#define DS_EXPORT __declspec (dllexport)
#else
#define DS_EXPORT __attribute__ ((visibility ("default")))
#endif

#ifdef DOCSIFT_COMPILATION
#define DS_API DS_EXPORT
#else
#define DS_API extern
#endif
