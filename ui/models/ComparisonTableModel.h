#pragma once

#include "models/ComparisonBin.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace credit::ui {

// The data-table twin of the comparison chart: one row per bin with its clients, share of the
// group and, when the data has outcomes, repaid and difficulties counts; the client's row says so.
// A count the server hid reads "< N" on screen and "moins de N clients" to a screen reader.
class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setSeries(ComparisonSeries series);
    const ComparisonSeries& series() const { return m_series; }
    void setLocale(const QLocale& locale) { m_locale = locale; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString fewerThan(int role) const; // a count the server hid
    ComparisonSeries m_series;
    QLocale m_locale;
};

} // namespace credit::ui
