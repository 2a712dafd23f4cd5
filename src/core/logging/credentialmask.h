#pragma once

#include <string>

namespace cdr {

// Masks credentials by where they stand, whether or not the value is a registered secret, at any length:
// - the value after a password key: PWD=, PASSWD=, PASSWORD= and any key ending in PASSWORD (DB_PASSWORD=,
//   PGPASSWORD=, sslpassword=, ...; any case), whether {braced} with "}}" inside (ODBC), 'quoted' with backslash
//   escapes (libpq), "quoted", or bare up to ';', '&' or white space;
// - the password of URL userinfo in every whitespace-separated token: scheme://user:PASSWORD@host, also when the
//   scheme is mistyped (postgresql:/user:PASSWORD@host) or missing (user:PASSWORD@host).
// Each masked value becomes "***".
std::string maskCredentialContexts(std::string text);

// The same URL rule for one value that is known to be URL-like as a whole (an -o argument), spaces included:
// everything between the first ':' after the scheme and the last '@' becomes "***".
std::string maskUrlPassword(std::string urlLike);

} // namespace cdr
