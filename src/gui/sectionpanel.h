#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;

namespace cdr::gui {

// One editor page over a part of Config. Pages never validate themselves: ConfigEditor runs core's
// validateConfig() on the whole Config and hands each page the issues whose key path starts with one of its
// prefixes, so the GUI shows exactly the CLI's messages.
class SectionPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void loadConfig(const Config &config) = 0;
    // Writes this page's keys into config, leaving every other key as it was.
    virtual void applyTo(Config &config) const = 0;
    virtual QStringList issuePrefixes() const = 0;
    virtual void showIssues(const std::vector<ConfigIssue> &issues);

    static QString issueText(const ConfigIssue &issue);

signals:
    void edited();

protected:
    void setIssueLabel(QLabel *label);
    // Emits edited() unless the page is being filled by loadConfig().
    void notifyEdited();
    class LoadGuard {
    public:
        explicit LoadGuard(SectionPanel *panel) : m_panel(panel) { ++m_panel->m_loading; }
        ~LoadGuard() { --m_panel->m_loading; }
        LoadGuard(const LoadGuard &) = delete;
        LoadGuard &operator=(const LoadGuard &) = delete;

    private:
        SectionPanel *m_panel;
    };

private:
    QLabel *m_issueLabel = nullptr;
    int m_loading = 0;
};

} // namespace cdr::gui
