#pragma once

namespace cdr::cli {

// Overwrites with '*', in the process's own argument memory, the password of every URL-like argument
// (-o postgresql://USER:PASSWORD@...), so that `ps` and /proc/PID/cmdline stop showing it once the program has
// started. Call it after the arguments are parsed; it cannot hide what the shell history or a listing taken in the
// first moment already saw, which is why such a URL is also warned about.
void hidePasswordsInArguments(int argc, char *argv[]);

} // namespace cdr::cli
