#pragma once

#include <string>

namespace cdr {

// The report's words in English ("en"), French ("fr") and Dutch ("nl"): a table in core so the CLI and the desktop
// app write the same report in the user's language. `english` is the key; a language without the key, or an
// unknown language, gets the English text.
std::string reportText(const std::string &language, const std::string &english);
bool isReportLanguage(const std::string &language);

// A number as the language writes it: English 12,345.6; French 12 345,6 (narrow no-break space); Dutch 12.345,6.
std::string reportNumber(double value, int decimals, const std::string &language);
// Text holding numbers written the English way (a target such as ">= 0.5" or "0.35-0.65") with the language's
// decimal comma: French and Dutch ">= 0,5", "0,35-0,65". Only a point between two digits changes.
std::string reportDecimals(std::string text, const std::string &language);

} // namespace cdr
