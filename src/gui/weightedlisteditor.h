#pragma once

#include <QStringList>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QTableWidget;
class QPushButton;

namespace cdr::gui {

// A list of names (call types, statuses, antenna types) with an optional relative weight per name.
// An empty weight cell means "not set" (the engine's default for that name).
class WeightedListEditor : public QWidget {
    Q_OBJECT
public:
    explicit WeightedListEditor(QWidget *parent = nullptr);

    void setWeightColumnVisible(bool visible);
    void setEntries(const std::vector<std::string> &names, const std::map<std::string, double> &weights);
    std::vector<std::string> names() const;
    std::map<std::string, double> weights() const;
    QTableWidget *table() const { return m_table; }
    // Weights as the user's locale writes them ("0,5" in French), without thousands separators.
    static double parseWeight(const QString &text);
    static QString formatWeight(double weight);

signals:
    void changed();

private:
    void addRow(const QString &name, const QString &weight);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace cdr::gui
