#pragma once

#include "config/environment.h"
#include "metatypes.h"
#include "run/runrequest.h"

#include <QObject>

namespace cdr::gui {

// Test mail and end-of-run mail, sent on a pool thread (SMTP can take seconds) with the .env's SMTP settings.
class MailSender : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void setEnvironment(const Environment &environment) { m_environment = environment; }
    void sendTest();
    void sendSummary(const RunSummary &summary);

signals:
    void done(const QString &message, bool ok);

private:
    template <typename Send> void start(Send send, const QString &what);

    Environment m_environment;
};

} // namespace cdr::gui
