#pragma once

#include <string>

namespace cdr {

// A secret this long (in characters) or longer is masked wherever it occurs, even inside a longer word. A shorter
// one (a 1- to 3-character password) only where it stands alone: a 1-character secret masked everywhere would
// blank every such letter of every line and hide nothing. Credential contexts (PWD=..., user:...@) are masked at
// any length by maskCredentialContexts().
inline constexpr std::size_t kSecretMaskedAnywhereLength = 4;

// Returns text with every occurrence of secret replaced by "***" (an empty secret changes nothing): the secret as
// typed, percent-encoded (any mix of raw and %XX bytes, either case, as a URL may carry it), with '}' doubled
// (an ODBC {braced} value) and with '\' and '\'' backslash-escaped (a libpq conninfo value). A secret shorter than
// kSecretMaskedAnywhereLength is masked only where it stands as a whole token: nothing but spaces, quotes,
// brackets, '/' or ,;:=@&| next to it (a path component counts), or a full stop ending a sentence after it.
// The one masking rule behind log redaction, sink error messages and mail errors.
std::string maskSecret(std::string text, const std::string &secret);

} // namespace cdr
