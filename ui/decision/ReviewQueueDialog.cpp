#include "decision/ReviewQueueDialog.h"

#include "models/DecisionHistoryModel.h"
#include "models/DisplayFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

ReviewQueueDialog::ReviewQueueDialog(QAbstractItemModel* decisions, QWidget* parent)
    : QDialog(parent)
{
    m_overridesOnly = new QCheckBox(this);
    m_overridesOnly->setChecked(true);
    m_sinceEnabled = new QCheckBox(this);
    m_since = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("reviewQueue"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_more = new QPushButton(this);
    m_more->setEnabled(false);
    m_open = new QPushButton(this);
    m_open->setDefault(true);
    m_close = new QPushButton(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_overridesOnly);
    filters->addSpacing(24);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addStretch(1);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_overridesOnly, &QCheckBox::toggled, this, &ReviewQueueDialog::emitFilter);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        emitFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this] {
        if (m_sinceEnabled->isChecked())
            emitFilter();
    });
    connect(m_more, &QPushButton::clicked, this, &ReviewQueueDialog::moreRequested);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueueDialog::openCurrent);
    connect(m_list, &QAbstractItemView::activated, this, &ReviewQueueDialog::openCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 500);
    retranslate();
    setModel(decisions);
}

void ReviewQueueDialog::setModel(QAbstractItemModel* decisions)
{
    m_list->setModel(decisions); // a new selection model too: connect to the new one
    // "Open the client" only when there is a client to open: an empty list or no row chosen
    // leaves it disabled (a default button that does nothing would be a dead Enter key).
    const auto updateOpen = [this] { m_open->setEnabled(m_list->currentIndex().isValid()); };
    if (decisions) {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateOpen);
        connect(decisions, &QAbstractItemModel::modelReset, this, updateOpen);
        connect(decisions, &QAbstractItemModel::rowsRemoved, this, updateOpen);
    }
    updateOpen();
}

bool ReviewQueueDialog::overridesOnly() const
{
    return m_overridesOnly->isChecked();
}

void ReviewQueueDialog::setOverridesOnly(bool overridesOnly)
{
    m_overridesOnly->setChecked(overridesOnly);
}

void ReviewQueueDialog::setSince(std::optional<QDate> day)
{
    const QSignalBlocker quiet(m_since);
    if (day)
        m_since->setDate(*day);
    m_sinceEnabled->setChecked(day.has_value()); // emits the new filter when it changes
    m_since->setEnabled(day.has_value());
    if (day)
        emitFilter();
}

ReviewQueueFilter ReviewQueueDialog::filter() const
{
    ReviewQueueFilter filter;
    filter.overridesOnly = m_overridesOnly->isChecked();
    if (m_sinceEnabled->isChecked())
        filter.since = m_since->date();
    return filter;
}

void ReviewQueueDialog::emitFilter()
{
    emit filterChanged(filter());
}

void ReviewQueueDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ReviewQueueDialog::setMoreAvailable(bool more)
{
    m_more->setEnabled(more);
}

void ReviewQueueDialog::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        emit clientOpenRequested(current.data(DecisionHistoryModel::ClientIdRole).toLongLong());
}

void ReviewQueueDialog::retranslate()
{
    setWindowTitle(tr("Revue des décisions"));
    m_overridesOnly->setText(tr("&Dérogations seulement"));
    m_sinceEnabled->setText(tr("Dep&uis le :"));
    m_since->setAccessibleName(tr("Premier jour affiché"));
    m_since->setDisplayFormat(
        localeForLanguage(interfaceLanguage()).dateFormat(QLocale::ShortFormat));
    m_list->setAccessibleName(tr("Décisions enregistrées sur le serveur"));
    m_status->setAccessibleName(tr("État de la liste"));
    m_more->setText(tr("&Plus de décisions"));
    m_open->setText(tr("&Ouvrir le client"));
    m_close->setText(tr("&Fermer"));
}

void ReviewQueueDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace credit::ui
