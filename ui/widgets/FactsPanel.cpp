#include "widgets/FactsPanel.h"

#include "models/DisplayFormat.h"
#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace credit::ui {
namespace {

using FactMember = explain::Fact explain::ClientFacts::*;

// Display order and stable keys (object names, test handles) of every fact.
const std::pair<const char*, FactMember> applicationFacts[] = {
    {"age", &explain::ClientFacts::age},
    {"familyStatus", &explain::ClientFacts::familyStatus},
    {"children", &explain::ClientFacts::children},
    {"education", &explain::ClientFacts::education},
    {"housing", &explain::ClientFacts::housing},
    {"employmentLength", &explain::ClientFacts::employmentLength},
    {"income", &explain::ClientFacts::income},
    {"contractType", &explain::ClientFacts::contractType},
    {"credit", &explain::ClientFacts::credit},
    {"annuity", &explain::ClientFacts::annuity},
    {"goodsPrice", &explain::ClientFacts::goodsPrice},
    {"externalScore1", &explain::ClientFacts::externalScore1},
    {"externalScore2", &explain::ClientFacts::externalScore2},
    {"externalScore3", &explain::ClientFacts::externalScore3},
};

const std::pair<const char*, FactMember> historyFacts[] = {
    {"activeCreditsElsewhere", &explain::ClientFacts::activeCreditsElsewhere},
    {"closedCreditsElsewhere", &explain::ClientFacts::closedCreditsElsewhere},
    {"previousApplications", &explain::ClientFacts::previousApplications},
    {"previousRefusals", &explain::ClientFacts::previousRefusals},
    {"lateInstalments", &explain::ClientFacts::lateInstalments},
};

} // namespace

FactsPanel::FactsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_applicationBox = new QGroupBox(this);
    m_applicationForm = new QFormLayout(m_applicationBox);
    m_historyBox = new QGroupBox(this);
    m_historyForm = new QFormLayout(m_historyBox);
    for (QFormLayout* form : {m_applicationForm, m_historyForm}) {
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    m_noClient = new QLabel(m_applicationBox);
    m_applicationForm->addRow(m_noClient);
    const auto addRows = [this](QFormLayout* form, const auto& facts) {
        for (const auto& [key, member] : facts) {
            auto* value = new WrappedLabel;
            value->setSelectableWhenPointed(true);
            FactRow row{form, new QLabel, value};
            row.value->setObjectName(QStringLiteral("factValue_") + QLatin1String(key));
            row.name->setBuddy(row.value);
            form->addRow(row.name, row.value);
            m_rows.push_back(row);
        }
    };
    addRows(m_applicationForm, applicationFacts);
    addRows(m_historyForm, historyFacts);
    layout->addWidget(m_applicationBox);
    layout->addWidget(m_historyBox);
    layout->addStretch(1);
    retranslate();
}

void FactsPanel::setFacts(const explain::ClientFacts& facts)
{
    m_facts = facts;
    rebuild();
}

void FactsPanel::clear()
{
    m_facts.reset();
    rebuild();
}

void FactsPanel::setLanguage(const QString& language)
{
    m_language = language;
    retranslate();
}

void FactsPanel::retranslate()
{
    m_applicationBox->setTitle(tr("Le client et sa demande"));
    m_historyBox->setTitle(tr("Historique de crédit"));
    m_applicationBox->setAccessibleName(m_applicationBox->title());
    m_historyBox->setAccessibleName(m_historyBox->title());
    rebuild();
}

QLabel* FactsPanel::valueLabel(const QString& key) const
{
    return findChild<QLabel*>(QStringLiteral("factValue_") + key);
}

void FactsPanel::rebuild()
{
    m_noClient->setText(tr("Aucun client sélectionné."));
    m_applicationForm->setRowVisible(m_noClient, !m_facts);
    for (const auto& row : m_rows)
        row.form->setRowVisible(row.value, m_facts.has_value());
    if (!m_facts) {
        // No client's data stays behind in hidden widgets (a screen reader or a later view
        // could otherwise still reach the previous client's facts).
        for (const auto& row : m_rows) {
            row.value->clear();
            row.value->setAccessibleName(QString());
        }
        return;
    }
    const std::string language = m_language.toStdString();
    std::size_t index = 0;
    const auto fill = [&](const auto& facts) {
        for (const auto& [key, member] : facts) {
            const explain::Fact& fact = (*m_facts).*member;
            const QString name = QString::fromStdString(fact.label.in(language));
            const QString value = QString::fromStdString(fact.value.in(language));
            const auto& row = m_rows[index++];
            row.name->setText(tr("%1 :").arg(name));
            row.value->setText(value);
            row.value->setAccessibleName(tr("%1 : %2").arg(name, value));
        }
    };
    fill(applicationFacts);
    fill(historyFacts);
}

void FactsPanel::changeEvent(QEvent* event)
{
    // The catalogue changed: tr() texts and core's bilingual texts follow it together.
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

} // namespace credit::ui
