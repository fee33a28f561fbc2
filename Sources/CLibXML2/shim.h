#ifndef CLAIMLINE_CLIBXML2_SHIM_H
#define CLAIMLINE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's bundled ICU on a
// clean build ("'UErrorCode' has different definitions in different modules"). Nothing here
// needs libxml2's ICU API, so switch it off before the parser headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
