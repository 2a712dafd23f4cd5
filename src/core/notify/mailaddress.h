#pragma once

#include <string>

namespace cdr {

// A plain addr-spec (local@domain, ASCII, no display name, no comments): what SMTP_FROM and RECIPIENT_EMAIL accept.
// Deliberately stricter than RFC 5322 so nothing can smuggle a header or SMTP command through an address.
bool isValidMailAddress(const std::string &address);

// The part after '@' (empty when there is none).
std::string mailDomain(const std::string &address);

// True for localhost, 127.0.0.0/8 and ::1: the only hosts credentials may travel to without TLS.
bool isLoopbackHost(const std::string &host);

} // namespace cdr
