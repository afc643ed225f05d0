#pragma once

#include "decision/ReviewQueueFilter.h"

#include <QDialog>

class QAbstractItemModel;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace credit::ui {

// The supervisors' review of decisions recorded on the server: the list (a
// DecisionHistoryModel given by the controller), filters (overrides only, from a day on), more
// rows on demand,
// and a way to open each client in the main window. A view only: the controller fetches.
class ReviewQueueDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewQueueDialog(QAbstractItemModel* decisions, QWidget* parent = nullptr);

    bool overridesOnly() const;
    void setOverridesOnly(bool overridesOnly);
    // "From this day on": unset for no bound.
    void setSince(std::optional<QDate> day);
    ReviewQueueFilter filter() const;
    // What the controller says about the list ("42 decisions", "reserved to supervisors", …).
    void setStatus(const QString& text);
    void setMoreAvailable(bool more);
    // The decisions listed (not owned; null for none yet).
    void setModel(QAbstractItemModel* decisions);
    QTableView* list() const { return m_list; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* moreButton() const { return m_more; }

signals:
    void filterChanged(const credit::ui::ReviewQueueFilter& filter);
    void moreRequested();
    void clientOpenRequested(long long clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openCurrent();

    void emitFilter();

    QCheckBox* m_overridesOnly = nullptr;
    QCheckBox* m_sinceEnabled = nullptr;
    QDateEdit* m_since = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace credit::ui
