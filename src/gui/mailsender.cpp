#include "mailsender.h"

#include "notify/mailnotifier.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace cdr::gui {

template <typename Send> void MailSender::start(Send send, const QString &what)
{
    std::string error;
    const std::optional<MailSettings> settings = MailSettings::fromEnvironment(m_environment, &error);
    if (!settings) {
        emit done(error.empty() ? tr("No e-mail settings: set GMAIL_USERNAME, GMAIL_APP_PASSWORD and RECIPIENT_EMAIL "
                                     "in .env.")
                                : QString::fromStdString(error),
                  false);
        return;
    }
    auto *watcher = new QFutureWatcher<MailResult>(this);
    connect(watcher, &QFutureWatcher<MailResult>::finished, this, [this, watcher, what] {
        const MailResult result = watcher->result();
        watcher->deleteLater();
        emit done(result.sent ? tr("%1 sent.").arg(what)
                              : tr("%1 not sent: %2").arg(what, QString::fromStdString(result.error)),
                  result.sent);
    });
    watcher->setFuture(QtConcurrent::run([settings = *settings, send] { return send(settings); }));
}

void MailSender::sendTest()
{
    start([](const MailSettings &settings) { return sendTestMail(settings); }, tr("Test e-mail"));
}

void MailSender::sendSummary(const RunSummary &summary)
{
    start([summary](const MailSettings &settings) { return sendRunSummary(settings, summary); },
          tr("Summary e-mail"));
}

} // namespace cdr::gui
