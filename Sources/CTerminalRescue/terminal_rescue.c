#include "terminal_rescue.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/** The settings of the terminal before knead changed them. */
static struct termios saved_settings;
/** Whether `saved_settings` holds anything. */
static int has_saved_settings;
/** The bytes that leave the full screen, written to standard output on a crash. */
static char restore_bytes[256];
/** How many bytes of `restore_bytes` are in use. */
static size_t restore_length;
/** Whether the full screen is up, so that a crash must restore the terminal. */
static volatile sig_atomic_t is_armed;
/** The stack the handler runs on, so that a stack overflow can still be handled. */
static char alternate_stack[64 * 1024];

/** The signals that mean knead itself crashed. */
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

/** Restores the terminal (once), then lets the signal take its default action. */
static void rescue_terminal(int signal_number) {
    if (is_armed) {
        is_armed = 0;
        size_t written = 0;
        while (written < restore_length) {
            ssize_t count = write(STDOUT_FILENO, restore_bytes + written, restore_length - written);
            if (count <= 0) break;
            written += (size_t)count;
        }
        if (has_saved_settings) tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_settings);
    }
    signal(signal_number, SIG_DFL);
    sigset_t unblocked;
    sigemptyset(&unblocked);
    sigaddset(&unblocked, signal_number);
    sigprocmask(SIG_UNBLOCK, &unblocked, NULL);
    raise(signal_number);
}

int knead_rescue_save_terminal_settings(void) {
    if (tcgetattr(STDIN_FILENO, &saved_settings) != 0) return -1;
    has_saved_settings = 1;
    return 0;
}

void knead_rescue_install(const char *bytes, size_t length) {
    if (length >= sizeof restore_bytes) length = sizeof restore_bytes - 1;
    memcpy(restore_bytes, bytes, length);
    restore_length = length;

    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = rescue_terminal;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < sizeof fatal_signals / sizeof fatal_signals[0]; index++) {
        sigaction(fatal_signals[index], &action, NULL);
    }
}

void knead_rescue_set_armed(int armed) {
    is_armed = armed ? 1 : 0;
}
