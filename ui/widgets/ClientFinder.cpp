#include "widgets/ClientFinder.h"

#include "models/DisplayFormat.h"
#include "models/PortfolioFilterProxy.h"
#include "models/PortfolioModel.h"

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

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_decisionFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setDecisionFilter(static_cast<PortfolioFilterProxy::DecisionFilter>(index));
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
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

void ClientFinder::setLanguage(const QString& language)
{
    m_model->setLanguage(language);
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
    m_count->setText(tr("%n client(s) affiché(s)", nullptr, m_proxy->rowCount()));
}

bool ClientFinder::selectClient(long long clientId)
{
    const int sourceRow = m_model->rowOfClient(clientId);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
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
            if (m_proxy->rowCount() == 0)
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
                    current.isValid() ? current : m_proxy->index(0, 0),
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
