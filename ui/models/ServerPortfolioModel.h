#pragma once

#include "common/LocalizedText.h"
#include "models/PortfolioModel.h"
#include "service/ServerPortfolioPage.h"

#include <QTimer>

namespace credit::ui {

// The client list in server mode: the bank's server's paged search, never a copy of the
// portfolio. The first page loads on refresh; more rows load as the view scrolls (canFetchMore /
// fetchMore, one page in flight); sorting a column and the search (id prefix, decision) query
// the server again, the search after a short pause in typing. Answers to an older query are
// dropped, so the list always shows the last query's rows. Display and roles are
// PortfolioModel's.
class ServerPortfolioModel : public PortfolioModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kSearchPauseMs = 150; // typing pause before the server is asked

    explicit ServerPortfolioModel(service::PortfolioPageSource source, QObject* parent = nullptr);

    // Asks the server for the first page of the current query now.
    void refresh();
    // The search box and the decision filter ("", "grant", "refuse"): queried after the pause.
    void setSearch(const QString& idPrefix, const QString& decision);
    const service::ClientListQuery& query() const { return m_query; }

    bool loading() const { return m_loading; }
    // How many clients the server holds in all (not only those matching), from the last answer.
    long long totalClients() const { return m_totalClients; }
    QString modelVersion() const { return m_modelVersion; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    // The last query's first page arrived (rows replaced).
    void refreshed();
    // A page could not be read; the rows already shown stay.
    void problem(const credit::LocalizedText& text);

private:
    void requestPage(bool first);
    void setLoading(bool loading);

    service::PortfolioPageSource m_source;
    service::ClientListQuery m_query;
    QString m_next;
    quint64 m_generation = 0; // answers of an older generation are dropped
    bool m_loading = false;
    long long m_totalClients = 0;
    QString m_modelVersion;
    QTimer m_searchPause;
};

} // namespace credit::ui
