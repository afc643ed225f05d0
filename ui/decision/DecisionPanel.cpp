#include "decision/DecisionPanel.h"

#include "explain/ExplanationSummary.h"
#include "models/DisplayFormat.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "widgets/WrappedLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
QString code(explain::Decision decision)
{
    return decision == explain::Decision::Grant ? QStringLiteral("grant")
                                                : QStringLiteral("refuse");
}
} // namespace

DecisionPanel::DecisionPanel(QWidget* parent) : QWidget(parent), m_language(interfaceLanguage())
{
    auto* layout = new QVBoxLayout(this);
    m_model = new WrappedLabel(this);
    layout->addWidget(m_model);
    m_confirm = new QRadioButton(this);
    m_override = new QRadioButton(this);
    auto* group = new QButtonGroup(this);
    group->addButton(m_confirm);
    group->addButton(m_override);
    m_confirm->setChecked(true);
    layout->addWidget(m_confirm);
    layout->addWidget(m_override);
    m_justificationLabel = new QLabel(this);
    m_justification = new QPlainTextEdit(this);
    m_justification->setTabChangesFocus(true);
    m_justificationLabel->setBuddy(m_justification);
    layout->addWidget(m_justificationLabel);
    layout->addWidget(m_justification, 1);
    m_record = new QPushButton(this);
    layout->addWidget(m_record);
    m_status = new WrappedLabel(this);
    layout->addWidget(m_status);
    m_historyLabel = new QLabel(this);
    m_history = new QTableView(this);
    m_history->setObjectName(QStringLiteral("decisionHistory"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setTabKeyNavigation(false);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_historyLabel->setBuddy(m_history);
    m_historyLabel->hide();
    m_history->hide();
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    connect(m_record, &QPushButton::clicked, this, &DecisionPanel::record);
    connect(m_override, &QRadioButton::toggled, this, &DecisionPanel::refresh);
    refresh();
}

void DecisionPanel::setStore(store::LocalStore* store)
{
    m_store = store;
}

void DecisionPanel::setHistoryModel(QAbstractItemModel* model)
{
    m_history->setModel(model);
    m_historyLabel->setVisible(model != nullptr);
    m_history->setVisible(model != nullptr);
}

void DecisionPanel::setServerRecorder(ServerRecorder recorder)
{
    m_serverRecorder = std::move(recorder);
}

void DecisionPanel::setLanguage(const QString& language)
{
    m_language = language;
    refresh();
}

void DecisionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

QString DecisionPanel::justification() const
{
    return m_justification->toPlainText();
}

void DecisionPanel::setClient(const QString& clientId, const explain::Explanation& explanation)
{
    // The same client explained again (another language, a new score) keeps the advisor's
    // choice and justification: only a new client starts a new decision.
    const bool sameClient = clientId == m_clientId && m_explanation.has_value();
    m_clientId = clientId;
    m_explanation = explain::summaryOf(explanation); // no contributions shown here
    if (!sameClient) {
        m_confirm->setChecked(true);
        m_justification->clear();
        showStatus({});
    }
    refresh();
}

void DecisionPanel::refresh()
{
    setAccessibleName(tr("Décision du conseiller"));
    m_justificationLabel->setText(tr("Justification (obligatoire pour passer outre) :"));
    m_justification->setAccessibleName(tr("Justification"));
    m_record->setText(tr("Enregistrer la décision"));
    m_status->setAccessibleName(tr("État de la décision"));
    m_historyLabel->setText(tr("&Historique des décisions du client (serveur) :"));
    m_history->setAccessibleName(tr("Historique des décisions du client"));
    if (m_statusWording)
        m_status->setText(m_statusWording());
    const bool known = m_explanation.has_value();
    m_record->setEnabled(known);
    if (!known) {
        m_model->setText(tr("Choisissez un client pour enregistrer une décision."));
        m_confirm->setText(tr("Confirmer la décision du modèle"));
        m_override->setText(tr("Passer outre la décision du modèle"));
        return;
    }
    const bool grant = m_explanation->decision == explain::Decision::Grant;
    m_model->setText(
        tr("Décision du modèle : %1 (probabilité %2, seuil %3).")
            .arg(grant ? tr("accord") : tr("refus"),
                 formatPercent(m_explanation->probability, localeForLanguage(m_language)),
                 formatPercent(m_explanation->threshold, localeForLanguage(m_language))));
    m_confirm->setText(grant ? tr("Confirmer : accorder le crédit")
                             : tr("Confirmer : refuser le crédit"));
    m_override->setText(grant ? tr("Passer outre : refuser le crédit")
                              : tr("Passer outre : accorder le crédit"));
    m_justification->setAccessibleDescription(m_override->isChecked() ? tr("Obligatoire")
                                                                      : QString());
}

void DecisionPanel::chooseConfirm()
{
    m_confirm->setChecked(true);
}
void DecisionPanel::chooseOverride()
{
    m_override->setChecked(true);
}
void DecisionPanel::setJustification(const QString& text)
{
    m_justification->setPlainText(text);
}
void DecisionPanel::showStatus(std::function<QString()> wording)
{
    m_statusWording = std::move(wording);
    m_status->setText(m_statusWording ? m_statusWording() : QString());
}

QString DecisionPanel::statusText() const
{
    return m_status->text();
}

bool DecisionPanel::record()
{
    if (!m_explanation)
        return false;
    const bool overriding = m_override->isChecked();
    if (overriding && m_justification->toPlainText().trimmed().isEmpty()) {
        showStatus([] {
            return tr("⚠ Décision non enregistrée : passer outre la décision du modèle demande "
                      "une justification écrite.");
        });
        m_justification->setFocus();
        return false;
    }
    if (!m_store && !m_serverRecorder) {
        showStatus([] {
            return tr("⚠ Décision non enregistrée : le stockage local n'est pas disponible.");
        });
        return false;
    }
    store::DecisionEntry entry;
    entry.clientId = m_clientId;
    entry.modelVersion = QString::fromStdString(m_explanation->modelVersion);
    entry.probability = m_explanation->probability;
    entry.threshold = m_explanation->threshold;
    entry.modelDecision = code(m_explanation->decision);
    entry.advisorDecision =
        overriding ? (m_explanation->decision == explain::Decision::Grant ? QStringLiteral("refuse")
                                                                          : QStringLiteral("grant"))
                   : entry.modelDecision;
    entry.justification = m_justification->toPlainText().trimmed();
    const std::string language = m_language.toStdString();
    for (const auto* reasons : {&m_explanation->adverseReasons, &m_explanation->favourableReasons})
        for (const auto& reason : *reasons)
            entry.reasons.push_back(QString::fromStdString(reason.text.in(language)));
    try {
        if (m_serverRecorder) {
            const qint64 queued = m_serverRecorder(entry);
            showStatus([queued] {
                return tr("Décision enregistrée sur ce poste (n° d'envoi %1) et transmise au "
                          "serveur dès qu'il répond.")
                    .arg(queued);
            });
            emit decisionRecorded(queued);
            return true;
        }
        const qint64 id = m_store->recordDecision(entry);
        showStatus([id] {
            return tr("Décision enregistrée (n° %1). Elle ne peut plus être modifiée.").arg(id);
        });
        emit decisionRecorded(id);
        return true;
    } catch (const store::StoreError& error) {
        showStatus([this, text = error.text()] {
            return tr("⚠ Décision non enregistrée : %1")
                .arg(QString::fromStdString(text.in(m_language.toStdString())));
        });
        return false;
    }
}

} // namespace credit::ui
