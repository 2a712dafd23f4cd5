#pragma once

#include <QTableWidget>

#include <map>
#include <string>
#include <vector>

namespace cdr::gui {

// realism.status_weights as a matrix: one row per call status, one column per call type. Empty cell = not set.
class StatusWeightsTable : public QTableWidget {
    Q_OBJECT
public:
    using Weights = std::map<std::string, std::map<std::string, double>>; // type -> status -> weight

    explicit StatusWeightsTable(QWidget *parent = nullptr);

    // Rebuilds rows and columns, keeping the values of names that still exist.
    void setAxes(const std::vector<std::string> &callTypes, const std::vector<std::string> &statuses);
    void setWeights(const Weights &weights);
    Weights weights() const;
    // As tall as its rows: the matrix is small and should not take the page.
    QSize sizeHint() const override;

signals:
    void weightsEdited();

private:
    std::vector<std::string> m_types;
    std::vector<std::string> m_statuses;
    bool m_filling = false;
};

} // namespace cdr::gui
