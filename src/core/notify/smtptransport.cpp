#include "notify/smtptransport.h"

#include "logging/credentialmask.h"
#include "logging/logsetup.h"
#include "logging/secretmask.h"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

namespace cdr {

namespace {

constexpr const char *fallbackSystemBundle = "/etc/ssl/certs/ca-certificates.crt";

struct Upload {
    const std::string &text;
    std::size_t offset = 0;
};

std::size_t readUpload(char *buffer, std::size_t size, std::size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const std::size_t n = std::min(size * count, upload->text.size() - upload->offset);
    std::memcpy(buffer, upload->text.data() + upload->offset, n);
    upload->offset += n;
    return n;
}

bool readFile(const std::string &path, std::string *content)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream data;
    data << in.rdbuf();
    *content = data.str();
    return true;
}

std::string serverUrl(const MailSettings &settings)
{
    const bool ipv6Literal = settings.host.find(':') != std::string::npos && settings.host.front() != '[';
    const std::string host = ipv6Literal ? "[" + settings.host + "]" : settings.host;
    return std::string(settings.security == "ssl" ? "smtps://" : "smtp://") + host + ":"
        + std::to_string(settings.port);
}

std::string describeServer(const MailSettings &settings)
{
    return settings.host + ":" + std::to_string(settings.port) + " (" + settings.security + ")";
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The system bundle plus the extra CA. CURLOPT_CAINFO alone would REPLACE the system bundle, so an added CA would
// silently stop every public certificate from verifying; a blob keeps both without a temporary file.
bool trustExtraCa(CURL *curl, const std::string &caFile, std::string *bundle, std::string *error)
{
    std::string extra;
    if (!readFile(caFile, &extra)) {
        *error = "SMTP_CA_FILE \"" + caFile + "\" cannot be read";
        return false;
    }
    const char *systemPath = nullptr;
#if LIBCURL_VERSION_NUM >= 0x075400 // 7.84: the CA bundle this libcurl was built to use
    curl_easy_getinfo(curl, CURLINFO_CAINFO, &systemPath);
#endif
    std::string system;
    if (!readFile(systemPath ? systemPath : fallbackSystemBundle, &system))
        spdlog::debug("No system CA bundle found; trusting only SMTP_CA_FILE");
    *bundle = system + "\n" + extra + "\n";
    curl_blob blob{bundle->data(), bundle->size(), CURL_BLOB_NOCOPY};
    if (curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &blob) != CURLE_OK) {
        *error = "this libcurl cannot load an extra CA (CURLOPT_CAINFO_BLOB)";
        return false;
    }
    return true;
}

// A refusal to go on without TLS, said so that the user sees the server is at fault and that nothing leaked.
std::string explainTlsFailure(CURLcode code, const MailSettings &settings, const std::string &curlError)
{
    if (code == CURLE_USE_SSL_FAILED)
        return "the server does not offer STARTTLS, which SMTP_SECURITY=starttls requires (" + curlError +
               "); no login or message was sent";
    if (code == CURLE_SSL_CONNECT_ERROR && settings.security == "starttls")
        return "the TLS handshake after STARTTLS failed (" + curlError + "); no login or message was sent";
    return curlError;
}

struct CurlCleanup {
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct SlistCleanup {
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

std::string transfer(const MailSettings &settings, const std::string &text)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    const std::unique_ptr<CURL, CurlCleanup> curl(curl_easy_init());
    if (!curl)
        return "libcurl could not be initialised";
    CURL *c = curl.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    std::string bundle;
    std::string error;

    curl_easy_setopt(c, CURLOPT_URL, serverUrl(settings).c_str());
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
#endif
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, settings.security == "none" ? CURLUSESSL_NONE : CURLUSESSL_ALL);
    if (!settings.caFile.empty() && !trustExtraCa(c, settings.caFile, &bundle, &error))
        return error;
    if (!settings.username.empty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, settings.username.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, settings.password.c_str());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, ("<" + settings.from + ">").c_str());
    std::unique_ptr<curl_slist, SlistCleanup> recipients;
    for (const std::string &address : settings.recipients)
        recipients.reset(curl_slist_append(recipients.release(), ("<" + address + ">").c_str()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    Upload upload{text};
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return {};
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    error = explainTlsFailure(code, settings, errorBuffer[0] ? std::string(errorBuffer)
                                                             : std::string(curl_easy_strerror(code)));
    if (code == CURLE_OPERATION_TIMEDOUT)
        error += " (no complete answer within " + std::to_string(settings.timeoutSeconds) + " s)";
    // Only a refusal is worth showing; "220" after a failed handshake would just confuse.
    if (response >= 400 && error.find(std::to_string(response)) == std::string::npos)
        error += " (SMTP reply " + std::to_string(response) + ")";
    return error;
}

} // namespace

MailResult deliverMail(const MailSettings &settings, const MailMessage &message)
{
    MailResult result;
    try {
        // Settings may come from GUI fields rather than fromLookup: make sure the log redacts this password too.
        registerSecret(settings.password);
        std::string why = settings.validate();
        if (why.empty()) {
            result.messageId = makeMessageId(settings.from);
            why = transfer(settings, message.render(QDateTime::currentDateTime(), result.messageId));
        }
        if (why.empty()) {
            result.sent = true;
            spdlog::info("E-mail \"{}\" sent to {} through {}", message.subject, joined(settings.recipients),
                         describeServer(settings));
            return result;
        }
        result.error = "e-mail not sent through " + describeServer(settings) + ": " + why;
    } catch (const std::exception &e) {
        result.error = std::string("e-mail not sent: ") + e.what();
    } catch (...) {
        result.error = "e-mail not sent: unexpected error";
    }
    result.error = maskCredentialContexts(maskSecret(std::move(result.error), settings.password));
    spdlog::warn("{}", result.error);
    return result;
}

} // namespace cdr
