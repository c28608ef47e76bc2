#ifndef KNEAD_CNCURSES_SHIM_H
#define KNEAD_CNCURSES_SHIM_H

/* The wide-character API (get_wch, setcchar, cchar_t) is only declared with this. */
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <wchar.h>

/* Swift 6 rejects the mutable C globals below; these accessors read them instead. */

/** The standard screen window. */
static inline WINDOW *knead_stdscr(void) { return stdscr; }
/** The window that mirrors what the terminal shows. */
static inline WINDOW *knead_curscr(void) { return curscr; }
/** The number of rows ncurses believes the terminal has. */
static inline int knead_lines(void) { return LINES; }
/** The number of columns ncurses believes the terminal has. */
static inline int knead_cols(void) { return COLS; }

/** Starts ncurses on the process's standard output and input; NULL when the terminal is unusable. */
static inline SCREEN *knead_newterm(void) { return newterm(NULL, stdout, stdin); }

/** Whether the terminal ncurses opened can move the cursor anywhere (has `cup`), as a full screen needs. */
static inline int knead_can_address_cursor(void) {
    char *move = tigetstr("cup");
    return move != NULL && move != (char *)-1;
}

/** The string capability `name` of the terminal ncurses opened (such as `rmcup`), or NULL when it has none. */
static inline const char *knead_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* Attribute macros Swift does not import. */

/** The bold attribute. */
static inline attr_t knead_attr_bold(void) { return A_BOLD; }
/** The reverse-video attribute. */
static inline attr_t knead_attr_reverse(void) { return A_REVERSE; }
/** The dim attribute. */
static inline attr_t knead_attr_dim(void) { return A_DIM; }
/** No attribute. */
static inline attr_t knead_attr_normal(void) { return A_NORMAL; }

/** Whether the byte-wide bool ncurses uses is true; TRUE/FALSE are not imported. */
static inline bool knead_true(void) { return TRUE; }

/** Sets one cell of stdscr to a single wide character with attributes and a colour pair. */
static inline int knead_put_cell(int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, row, column, &cell);
}

/* glibc declares wcwidth only for _XOPEN_SOURCE, which SwiftPM's clang importer does not set. */
extern int wcwidth(wchar_t character);

/** The number of terminal columns a character takes in the current locale: 0, 1, 2, or -1. */
static inline int knead_character_width(wchar_t character) { return wcwidth(character); }

/** Reads the terminal size of a descriptor; returns 0 and fills rows/columns on success. */
static inline int knead_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

/** Whether the C library's character codeset of the current locale is UTF-8. */
static inline int knead_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f')
        && ((codeset[3] == '-' && codeset[4] == '8' && codeset[5] == 0) || (codeset[3] == '8' && codeset[4] == 0));
}

/* The terminfo calls below are declared in term.h, whose many macros stay out of the rest. */
#include <term.h>

/**
 * Whether the terminal TERM names, on standard output, can draw a full screen: terminfo knows
 * it and it can move the cursor anywhere. Reads the description, then frees it again, so a
 * later `newterm` starts afresh; nothing is written to the terminal.
 */
static inline int knead_terminal_can_draw_full_screen(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) return 0;
    int can = knead_can_address_cursor();
    TERMINAL *description = set_curterm(NULL);
    if (description != NULL) del_curterm(description);
    return can;
}

#endif
