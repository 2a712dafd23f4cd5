#include "reportflows.h"

#include "cliexit.h"

#include "config/configloader.h"
#include "fit/profilefit.h"
#include "report/cdrprofile.h"
#include "report/columnmapping.h"
#include "report/reporthtml.h"
#include "report/reportjson.h"

#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <iostream>

namespace cdr::cli {

int fitConfig(const Config &base, const RowSourceSpec &source, const std::string &path)
{
    ProfileFit::Result fitted;
    if (const std::string error = ProfileFit::fit(source, base, fitted); !error.empty()) {
        printError("--fit-from: " + error);
        return RunFailed;
    }
    for (const std::string &note : fitted.notes)
        std::cerr << "cdrgen-cli: fit: " << note << '\n';
    const std::vector<ConfigIssue> issues = validateConfig(fitted.config);
    for (const ConfigIssue &issue : issues)
        printError("fitted config: " + issue.toString());
    if (hasErrors(issues))
        return RunFailed;
    return exportConfig(fitted.config, path);
}

namespace {

bool writeText(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (file.open(QIODevice::WriteOnly) && file.write(text.data(), qint64(text.size())) == qint64(text.size())
        && file.commit())
        return true;
    printError("cannot write " + path + ": " + file.errorString().toStdString());
    return false;
}

} // namespace

std::optional<RowSourceSpec> namedSource(const std::string &text, const std::string &columnsPath,
                                         const RunRequest &request)
{
    std::string error;
    auto source = RowSourceSpec::parse(text, &error);
    if (source && !columnsPath.empty()) {
        auto mapping = ColumnMapping::load(columnsPath, &error);
        if (mapping)
            source->columns = std::move(*mapping);
        else
            source.reset();
    }
    if (!source) {
        printError(error);
        return std::nullopt;
    }
    source->table = request.table;
    source->connection = request.connection;
    source->connectTimeoutS = request.config.database.connectTimeoutS;
    return source;
}

int writeReports(const RowSourceSpec &source, const RunRequest &request, const CliOptions &options)
{
    const std::vector<OperatorConfig> &operators = request.config.operators;
    const std::string title = source.describe();
    CdrProfile::Figures figures, compared;
    if (const std::string error = CdrProfile::profile(source, figures, operators); !error.empty()) {
        printError("report: " + error);
        return RunFailed;
    }
    const bool comparing = !options.compareWith.empty();
    std::string comparedTitle;
    if (comparing) {
        const auto other = namedSource(options.compareWith, options.compareColumnsPath, request);
        if (!other)
            return BadInput;
        comparedTitle = other->describe();
        if (const std::string error = CdrProfile::profile(*other, compared, operators); !error.empty()) {
            printError("--compare-with: " + error);
            return RunFailed;
        }
    }
    const CdrProfile::Figures *other = comparing ? &compared : nullptr;
    if (!options.reportPath.empty()
        && !writeText(options.reportPath,
                      profileToHtml(figures, title, options.reportLanguage, other, comparedTitle)))
        return RunFailed;
    if (!options.reportJsonPath.empty()
        && !writeText(options.reportJsonPath, profileToJson(figures, title, other, comparedTitle)))
        return RunFailed;
    spdlog::info("Report of {} records of {} written{}{}{}", figures.records, title,
                 comparing ? " beside " + comparedTitle : "",
                 options.reportPath.empty() ? "" : " to " + options.reportPath,
                 options.reportJsonPath.empty() ? "" : " (JSON: " + options.reportJsonPath + ")");
    return Done;
}

int profileSource(const CliOptions &options, const RunRequest &request)
{
    const auto source = namedSource(options.profileSource, options.columnsPath, request);
    return source ? writeReports(*source, request, options) : BadInput;
}

std::optional<RowSourceSpec> readBackSource(const RunRequest &request)
{
    if (!canReadBack(request.target))
        return std::nullopt;
    RowSourceSpec source;
    source.target = request.target;
    source.table = request.table;
    source.connection = request.connection;
    source.connectTimeoutS = request.config.database.connectTimeoutS;
    return source;
}

} // namespace cdr::cli
