#ifndef KNEAD_CSQLITE_SHIM_H
#define KNEAD_CSQLITE_SHIM_H

/* SQLite's C API, from Debian's libsqlite3-dev. */
#include <sqlite3.h>

/** SQLITE_TRANSIENT, a macro Swift cannot import: tells SQLite to copy a bound text at once. */
static inline sqlite3_destructor_type knead_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/** Turns off the connection's lookaside allocator (about 120 KB set aside per connection), which
    a connection running one short statement at a time does not need. sqlite3_db_config is
    variadic, so Swift cannot call it directly. */
static inline int knead_sqlite_disable_lookaside(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_LOOKASIDE, (void *)0, 0, 0);
}

#endif
