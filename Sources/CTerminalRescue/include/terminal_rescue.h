#ifndef KNEAD_TERMINAL_RESCUE_H
#define KNEAD_TERMINAL_RESCUE_H

#include <stddef.h>

/*
 * Gives the terminal back when knead itself crashes while its screen is up.
 *
 * A fatal signal (a Swift runtime trap, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP)
 * runs a handler that uses only async-signal-safe calls: it writes the bytes that leave the
 * full screen (alternate screen, cursor, attributes, keypad), puts back the terminal settings
 * saved at start, and then lets the signal end the process as it would have.
 */

/** Saves the terminal settings of standard input, to put back after a crash; 0 on success. */
int knead_rescue_save_terminal_settings(void);

/**
 * Installs the crash handlers (on an alternate stack, so a stack overflow is caught too) and
 * remembers the bytes that restore the screen, at most 255 of them.
 */
void knead_rescue_install(const char *restore_bytes, size_t length);

/** Whether a crash should restore the terminal: 1 while the full screen is up, 0 otherwise. */
void knead_rescue_set_armed(int armed);

#endif
