#include "widgets/ReasonsPanel.h"

#include "explain/ExplanationSummary.h"
#include "models/DisplayFormat.h"
#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace credit::ui {

ReasonsPanel::ReasonsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_adverseBox = new QGroupBox(this);
    m_adverseBox->setObjectName(QStringLiteral("adverseReasons"));
    m_adverseLayout = new QVBoxLayout(m_adverseBox);
    m_favourableBox = new QGroupBox(this);
    m_favourableBox->setObjectName(QStringLiteral("favourableReasons"));
    m_favourableLayout = new QVBoxLayout(m_favourableBox);
    layout->addWidget(m_adverseBox);
    layout->addWidget(m_favourableBox);
    retranslate();
    rebuild();
}

void ReasonsPanel::setExplanation(const explain::Explanation& explanation)
{
    m_explanation = explain::summaryOf(explanation); // no contributions shown here
    rebuild();
}

void ReasonsPanel::clear()
{
    m_explanation.reset();
    rebuild();
}

void ReasonsPanel::setLanguage(const QString& language)
{
    m_language = language;
    retranslate();
}

void ReasonsPanel::retranslate()
{
    m_adverseBox->setTitle(tr("Ce qui pèse contre le dossier (augmente le risque)"));
    m_favourableBox->setTitle(tr("Ce qui joue en faveur du dossier (diminue le risque)"));
    m_adverseBox->setAccessibleName(m_adverseBox->title());
    m_favourableBox->setAccessibleName(m_favourableBox->title());
    rebuild();
}

void ReasonsPanel::rebuild()
{
    static const std::vector<explain::Reason> none;
    fill(m_adverseLayout, m_adversePool, m_adverseLabels,
         m_explanation ? m_explanation->adverseReasons : none, true);
    fill(m_favourableLayout, m_favourablePool, m_favourableLabels,
         m_explanation ? m_explanation->favourableReasons : none, false);
}

void ReasonsPanel::fill(QVBoxLayout* layout, QList<WrappedLabel*>& pool, QList<QLabel*>& labels,
                        const std::vector<explain::Reason>& reasons, bool adverse)
{
    const auto labelAt = [&](qsizetype index) {
        while (pool.size() <= index) {
            auto* label = new WrappedLabel(layout->parentWidget());
            layout->addWidget(label);
            pool.append(label);
        }
        return pool[index];
    };
    const std::string language = m_language.toStdString();
    qsizetype shown = 0;
    if (reasons.empty()) {
        WrappedLabel* label = labelAt(shown++);
        label->setText(m_explanation ? (adverse ? tr("Aucun élément défavorable marquant.")
                                                : tr("Aucun élément favorable marquant."))
                                     : tr("Aucun client sélectionné."));
        label->setSelectableWhenPointed(false);
        label->setAccessibleName(label->text());
        label->setVisible(true);
    }
    for (const explain::Reason& reason : reasons) {
        const QString sentence = QString::fromStdString(reason.text.in(language));
        // The bullet symbol differs by side (▲ raises, ▼ lowers the risk); core's sentence
        // already ends with the signed points, so they are not repeated here.
        const QString marker = adverse ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC");
        WrappedLabel* label = labelAt(shown++);
        label->setText(QStringLiteral("%1 %2").arg(marker, sentence));
        label->setSelectableWhenPointed(true);
        label->setAccessibleName(
            (adverse ? tr("Défavorable : %1") : tr("Favorable : %1")).arg(sentence));
        label->setVisible(true);
    }
    // Labels not needed now are hidden and emptied: no earlier client's reason stays behind.
    for (qsizetype index = shown; index < pool.size(); ++index) {
        pool[index]->setVisible(false);
        pool[index]->clear();
        pool[index]->setAccessibleName(QString());
    }
    labels.clear();
    for (qsizetype index = 0; index < shown; ++index)
        labels.append(pool[index]);
}

void ReasonsPanel::changeEvent(QEvent* event)
{
    // The catalogue changed: tr() texts and core's bilingual texts follow it together.
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

} // namespace credit::ui
