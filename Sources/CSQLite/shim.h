#ifndef KNEAD_CSQLITE_SHIM_H
#define KNEAD_CSQLITE_SHIM_H

/* SQLite's C API, from Debian's libsqlite3-dev. */
#include <sqlite3.h>

/** SQLITE_TRANSIENT, a macro Swift cannot import: tells SQLite to copy a bound text at once. */
static inline sqlite3_destructor_type knead_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
