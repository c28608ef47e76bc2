/* Notes the moment it starts (CLOCK_MONOTONIC, in nanoseconds) on a line of the file named by
 * KNEAD_BENCH_STAMPS, then becomes the speech program named by its arguments: the benchmark
 * passes it to knead as --voice-command to time a step's deadline against the speaker's start. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    struct timespec started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    const char *path = getenv("KNEAD_BENCH_STAMPS");
    if (path != NULL) {
        char line[64];
        int length = snprintf(line, sizeof line, "%lld\n", (long long)started.tv_sec * 1000000000LL + started.tv_nsec);
        int file = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (file >= 0) {
            if (write(file, line, (size_t)length) != length) { /* a lost stamp shows as a missing sample */ }
            close(file);
        }
    }
    if (argc < 2) return 0;
    execvp(argv[1], argv + 1);
    return 127;
}
