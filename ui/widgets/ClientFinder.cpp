#include "widgets/ClientFinder.h"

#include "models/DisplayFormat.h"
#include "models/PortfolioFilterProxy.h"
#include "models/PortfolioModel.h"
#include "models/ServerPortfolioModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

ClientFinder::ClientFinder(QWidget* parent) : QWidget(parent)
{
    m_model = new PortfolioModel(this);
    m_proxy = new PortfolioFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);

    m_filterLabel = new QLabel(this);
    m_decisionFilter = new QComboBox(this);
    m_decisionFilter->setObjectName(QStringLiteral("decisionFilter"));
    m_decisionFilter->addItems({QString(), QString(), QString()});
    m_filterLabel->setBuddy(m_decisionFilter);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the rows around the visible ones, not from 1,000 rows of every column each
    // time the list changes: on 300,000 clients that measuring held the GUI thread ~50 ms. The
    // columns' contents (numbers, a decision, a percentage, a contract type) vary little.
    m_list->horizontalHeader()->setResizeContentsPrecision(100);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->sortByColumn(PortfolioModel::ClientNumber, Qt::AscendingOrder);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("clientCount"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_decisionFilter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &ClientFinder::applySearch);
    connect(m_decisionFilter, &QComboBox::currentIndexChanged, this, &ClientFinder::applySearch);
    connectSelection();
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { onCurrentRowChanged(index); });

    setTabOrder(m_search, m_decisionFilter);
    setTabOrder(m_decisionFilter, m_list);
    retranslate();
}

void ClientFinder::setEntries(std::vector<explain::PortfolioEntry> entries)
{
    m_model->setEntries(std::move(entries));
    updateCount();
}

void ClientFinder::showServerList(ServerPortfolioModel* model)
{
    m_serverModel = model;
    m_list->setModel(model);
    connectSelection(); // setModel gave the view a new selection model
    connect(model, &QAbstractItemModel::modelReset, this, &ClientFinder::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ClientFinder::updateCount);
    model->setLanguage(m_model->language());
    updateCount();
}

void ClientFinder::showLocalList()
{
    if (!m_serverModel)
        return;
    disconnect(m_serverModel, nullptr, this, nullptr);
    m_serverModel = nullptr;
    m_list->setModel(m_proxy);
    connectSelection();
    updateCount();
}

QAbstractItemModel* ClientFinder::shownModel() const
{
    return m_serverModel ? static_cast<QAbstractItemModel*>(m_serverModel)
                         : static_cast<QAbstractItemModel*>(m_proxy);
}

void ClientFinder::connectSelection()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
}

void ClientFinder::applySearch()
{
    const int decision = m_decisionFilter->currentIndex();
    if (m_serverModel) {
        m_serverModel->setSearch(m_search->text(), decision == 1   ? QStringLiteral("grant")
                                                   : decision == 2 ? QStringLiteral("refuse")
                                                                   : QString());
        return; // the count follows the server's answer
    }
    m_proxy->setSearchText(m_search->text());
    m_proxy->setDecisionFilter(static_cast<PortfolioFilterProxy::DecisionFilter>(decision));
    updateCount();
}

void ClientFinder::setLanguage(const QString& language)
{
    m_model->setLanguage(language);
    if (m_serverModel)
        m_serverModel->setLanguage(language);
    retranslate();
}

void ClientFinder::retranslate()
{
    m_searchLabel->setText(tr("&Rechercher un client :"));
    m_search->setPlaceholderText(tr("Numéro de client"));
    m_search->setAccessibleName(tr("Rechercher un client par numéro"));
    m_filterLabel->setText(tr("Dé&cision :"));
    m_decisionFilter->setItemText(0, tr("Toutes les décisions"));
    m_decisionFilter->setItemText(1, tr("Crédits accordés"));
    m_decisionFilter->setItemText(2, tr("Crédits refusés"));
    m_decisionFilter->setAccessibleName(tr("Filtrer par décision"));
    m_list->setAccessibleName(tr("Liste des clients"));
    updateCount();
}

void ClientFinder::updateCount()
{
    if (m_serverModel && m_serverModel->canFetchMore({}))
        // More rows load as the list scrolls: say how many are shown of how many there are.
        m_count->setText(
            tr("%n client(s) affiché(s), d'autres à la suite", nullptr, m_serverModel->rowCount()));
    else
        m_count->setText(tr("%n client(s) affiché(s)", nullptr, shownModel()->rowCount()));
}

bool ClientFinder::selectClient(long long clientId)
{
    const QModelIndex proxyIndex = [&] {
        if (m_serverModel) {
            const int row = m_serverModel->rowOfClient(clientId);
            return row < 0 ? QModelIndex() : m_serverModel->index(row, 0);
        }
        const int sourceRow = m_model->rowOfClient(clientId);
        return sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }();
    if (!proxyIndex.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_list->scrollTo(proxyIndex);
    return true;
}

void ClientFinder::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientFinder::onCurrentRowChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    emit clientSelected(current.data(PortfolioModel::ClientIdRole).toLongLong());
}

bool ClientFinder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            if (shownModel()->rowCount() == 0)
                return true;
            // Focusing an item view with no current row makes its first row current (and we
            // announce it); a row that was already current is announced again on purpose, so
            // Enter re-opens the client on screen.
            const QModelIndex before = m_list->currentIndex();
            m_list->setFocus(Qt::ShortcutFocusReason);
            if (before.isValid()) {
                onCurrentRowChanged(before);
            } else {
                const QModelIndex current = m_list->currentIndex();
                m_list->selectionModel()->setCurrentIndex(
                    current.isValid() ? current : shownModel()->index(0, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientFinder::changeEvent(QEvent* event)
{
    // The catalogue changed: tr() texts and core's bilingual texts follow it together.
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

} // namespace credit::ui
