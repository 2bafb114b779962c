// The libcmark C API, seen by Swift only through the CommonMark module.
#include <cmark.h>
