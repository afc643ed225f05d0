#pragma once

#include "explain/PortfolioEntry.h"

#include <QWidget>

class QAbstractItemModel;

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace credit::ui {

class PortfolioFilterProxy;
class PortfolioModel;
class ServerPortfolioModel;

// Search box, decision filter and client list. Moving the current row (arrows, click) selects
// the client; Down or Enter in the search box jumps into the list, so the whole search works
// from the keyboard.
class ClientFinder : public QWidget {
    Q_OBJECT
public:
    explicit ClientFinder(QWidget* parent = nullptr);

    void setEntries(std::vector<explain::PortfolioEntry> entries);
    // Server mode: the list becomes `model` (the server's paged search, not owned); the search
    // box and the decision filter query the server, and a column sort is the server's.
    void showServerList(ServerPortfolioModel* model);
    bool showsServerList() const { return m_serverModel != nullptr; }
    // Back to the local portfolio's list (leaving server mode).
    void showLocalList();
    void setLanguage(const QString& language);
    void retranslate();
    // Makes `clientId` the current row if it is visible; returns whether it was found.
    bool selectClient(long long clientId);
    void focusSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* decisionFilter() const { return m_decisionFilter; }
    QTableView* list() const { return m_list; }
    PortfolioModel* model() const { return m_model; }
    PortfolioFilterProxy* proxy() const { return m_proxy; }

signals:
    void clientSelected(long long clientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onCurrentRowChanged(const QModelIndex& current);
    void updateCount();
    void applySearch();
    void connectSelection();
    // What the list shows: the proxy over the local portfolio, or the server's model.
    QAbstractItemModel* shownModel() const;

    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_decisionFilter = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_count = nullptr;
    PortfolioModel* m_model = nullptr;
    PortfolioFilterProxy* m_proxy = nullptr;
    ServerPortfolioModel* m_serverModel = nullptr;
};

} // namespace credit::ui
