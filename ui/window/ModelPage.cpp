#include "window/ModelPage.h"

#include "models/DisplayFormat.h"
#include "models/FairnessTableModel.h"
#include "widgets/FairnessChart.h"
#include "widgets/ImportanceChart.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace credit::ui {

ModelPage::ModelPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("modelHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_cardBox = new QGroupBox(this);
    m_cardBox->setObjectName(QStringLiteral("modelCard"));
    m_cardForm = new QFormLayout(m_cardBox);

    m_importanceBox = new QGroupBox(this);
    m_importanceBox->setObjectName(QStringLiteral("globalImportance"));
    auto* importanceLayout = new QVBoxLayout(m_importanceBox);
    m_importanceCaption = new QLabel(m_importanceBox);
    m_importanceCaption->setWordWrap(true);
    m_importance = new ImportanceChart(m_importanceBox);
    m_importance->setObjectName(QStringLiteral("importanceChart"));
    importanceLayout->addWidget(m_importanceCaption);
    importanceLayout->addWidget(m_importance);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("modelWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->hide();

    m_fairnessBox = new QGroupBox(this);
    m_fairnessBox->setObjectName(QStringLiteral("fairness"));
    auto* fairnessLayout = new QVBoxLayout(m_fairnessBox);
    m_fairnessCaption = new QLabel(m_fairnessBox);
    m_fairnessCaption->setWordWrap(true);
    m_fairness = new FairnessChart(m_fairnessBox);
    m_fairness->setObjectName(QStringLiteral("fairnessChart"));
    m_fairnessModel = new FairnessTableModel(this);
    m_fairnessTable = new QTableView(m_fairnessBox);
    m_fairnessTable->setObjectName(QStringLiteral("fairnessTable"));
    m_fairnessTable->setModel(m_fairnessModel);
    m_fairnessTable->verticalHeader()->hide();
    m_fairnessTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fairnessTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fairnessTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fairnessTable->setMinimumHeight(fontMetrics().height() * 12);
    // The chart's current row and the table's selection follow each other.
    connect(m_fairness, &FairnessChart::currentRowChanged, this,
            [this](int row) { m_fairnessTable->selectRow(row); });
    fairnessLayout->addWidget(m_fairnessCaption);
    fairnessLayout->addWidget(m_fairness);
    fairnessLayout->addWidget(m_fairnessTable);

    m_driftBox = new QGroupBox(this);
    m_driftBox->setObjectName(QStringLiteral("driftSummary"));
    auto* driftLayout = new QVBoxLayout(m_driftBox);
    m_driftMessage = new QLabel(m_driftBox);
    m_driftMessage->setObjectName(QStringLiteral("driftMessage"));
    m_driftMessage->setWordWrap(true);
    m_driftForm = new QFormLayout;
    driftLayout->addWidget(m_driftMessage);
    driftLayout->addLayout(m_driftForm);
    driftLayout->addStretch(1);

    for (QFormLayout* form : {m_cardForm, m_driftForm}) {
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }

    // Card and drift side by side, the chart below: everything fits 1280 px at 100 %, and the
    // page scrolls (inside MainWindow's scroll area) at larger text sizes.
    auto* top = new QBoxLayout(QBoxLayout::LeftToRight);
    top->addWidget(m_cardBox, 1);
    top->addWidget(m_driftBox, 1);
    m_topRow = top;
    layout->addWidget(m_heading);
    layout->addWidget(m_warning);
    layout->addLayout(top);
    layout->addWidget(m_importanceBox);
    layout->addWidget(m_fairnessBox);
    layout->addStretch(1);
    rebuild();
}

void ModelPage::setModelCard(const ModelCard& card)
{
    m_card = card;
    rebuild();
}

void ModelPage::clearModelCard()
{
    m_card.reset();
    rebuild();
}

bool ModelPage::setDriftReportPath(const QString& path)
{
    m_driftPath = path;
    m_drift.reset();
    m_driftError.clear();
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        try {
            m_drift = DriftSummary::readJsonFile(path);
        } catch (const std::exception& error) {
            m_driftError = QString::fromStdString(error.what());
        }
    }
    rebuild();
    return m_drift.has_value();
}

void ModelPage::setLanguage(const QString& language)
{
    m_language = language;
    m_importance->setLanguage(language);
    m_fairness->setLanguage(language);
    m_fairnessModel->setLanguage(language);
    rebuild();
}

void ModelPage::setStacked(bool stacked)
{
    m_topRow->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void ModelPage::setTheme(const Theme& theme)
{
    m_importance->setTheme(theme);
    m_fairness->setTheme(theme);
}

QLabel* ModelPage::valueLabel(const QString& key) const
{
    return findChild<QLabel*>(QStringLiteral("modelValue_") + key);
}

void ModelPage::addRow(QFormLayout* form, const QString& key, const QString& name,
                       const QString& value)
{
    auto* nameLabel = new QLabel(tr("%1 :").arg(name));
    auto* valueLabel = new QLabel(value);
    valueLabel->setObjectName(QStringLiteral("modelValue_") + key);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setAccessibleName(tr("%1 : %2").arg(name, value));
    nameLabel->setBuddy(valueLabel);
    form->addRow(nameLabel, valueLabel);
}

namespace {

QString driftStatusText(const QString& status)
{
    if (status == QStringLiteral("stable"))
        return ModelPage::tr("✓ Stable");
    if (status == QStringLiteral("warning"))
        return ModelPage::tr("⚠ Dérive modérée");
    if (status == QStringLiteral("alert"))
        return ModelPage::tr("✗ Dérive forte");
    return ModelPage::tr("? Non comparable");
}

} // namespace

void ModelPage::rebuild()
{
    while (m_cardForm->rowCount() > 0)
        m_cardForm->removeRow(0);
    while (m_driftForm->rowCount() > 0)
        m_driftForm->removeRow(0);

    const QLocale locale = localeForLanguage(m_language);
    m_heading->setText(m_card ? tr("Modèle de score, version %1").arg(m_card->version)
                              : tr("Aucun modèle chargé"));
    m_cardBox->setTitle(tr("Fiche du modèle"));
    m_importanceBox->setTitle(tr("Importance globale des variables"));
    m_driftBox->setTitle(tr("Dérive des données (dernier rapport)"));
    m_fairnessBox->setTitle(tr("Équité par groupe de clients"));
    m_fairnessTable->setAccessibleName(tr("Tableau de l'équité par groupe"));
    for (QGroupBox* box : {m_cardBox, m_importanceBox, m_fairnessBox, m_driftBox})
        box->setAccessibleName(box->title());
    m_importanceCaption->setText(
        tr("Effet moyen de chaque variable sur le score de tous les clients (valeur absolue "
           "des contributions, en log-odds) : plus la barre est longue, plus la variable pèse."));

    const QString unknown = tr("non renseigné");
    const auto percent = [&](std::optional<double> value) {
        return value ? formatPercent(*value, locale) : unknown;
    };
    if (m_card) {
        const ModelCard& card = *m_card;
        addRow(m_cardForm, QStringLiteral("version"), tr("Version"), card.version);
        addRow(m_cardForm, QStringLiteral("date"), tr("Date d'entraînement (UTC)"),
               card.createdUtc.isEmpty() ? unknown : card.createdUtc);
        addRow(m_cardForm, QStringLiteral("data"), tr("Données d'entraînement"),
               card.trainingRows
                   ? tr("%1 clients, dont %2 en difficulté de paiement")
                         .arg(locale.toString(*card.trainingRows),
                              card.trainingPositives ? locale.toString(*card.trainingPositives)
                                                     : unknown)
                   : unknown);
        addRow(m_cardForm, QStringLiteral("features"), tr("Variables calculées"),
               locale.toString(card.featureCount));
        addRow(m_cardForm, QStringLiteral("threshold"), tr("Seuil de décision"),
               tr("%1 (refus au-dessus)").arg(formatPercent(card.threshold, locale)));
        addRow(m_cardForm, QStringLiteral("costs"), tr("Coûts métier"),
               tr("un défaut non détecté coûte %1 fois un bon client refusé")
                   .arg(locale.toString(card.falsePositiveCost > 0
                                            ? card.falseNegativeCost / card.falsePositiveCost
                                            : card.falseNegativeCost,
                                        'g', 3)));
        addRow(m_cardForm, QStringLiteral("auc"), tr("AUC (validation croisée)"),
               card.oofAuc ? (card.meanFoldAuc && card.stdFoldAuc
                                  ? tr("%1 (moyenne des plis %2 ± %3)")
                                        .arg(locale.toString(*card.oofAuc, 'f', 3),
                                             locale.toString(*card.meanFoldAuc, 'f', 3),
                                             locale.toString(*card.stdFoldAuc, 'f', 3))
                                  : locale.toString(*card.oofAuc, 'f', 3))
                           : unknown);
        addRow(m_cardForm, QStringLiteral("recall"), tr("Défauts détectés (rappel)"),
               percent(card.recall));
        addRow(m_cardForm, QStringLiteral("precision"), tr("Refus justifiés (précision)"),
               percent(card.precision));
        addRow(m_cardForm, QStringLiteral("checksum"), tr("Empreinte du fichier"),
               card.checksum.isEmpty() ? unknown : card.checksum.left(16));
        addRow(m_cardForm, QStringLiteral("policy"), tr("Attributs exclus du modèle"),
               !card.policyKnown ? tr("non renseigné (modèle antérieur aux règles d'exclusion)")
               : card.excludedColumns.isEmpty() ? tr("aucun")
                                                : card.excludedColumns.join(QStringLiteral(", ")));
        if (!card.allowedDefaults.isEmpty())
            addRow(m_cardForm, QStringLiteral("allowed"), tr("Exclusions par défaut levées"),
                   tr("⚠ %1").arg(card.allowedDefaults.join(QStringLiteral(", "))));
        m_importance->setEntries(card.importance, m_language);
        if (card.fairness) {
            const FairnessSummary& fairness = *card.fairness;
            m_fairness->setSummary(fairness, m_language);
            m_fairnessModel->setSummary(fairness, m_language);
            m_fairnessCaption->setText(
                tr("Part des clients acceptés au seuil %1 dans chaque groupe (prédictions hors "
                   "échantillon de l'entraînement, %2 clients), avec l'intervalle de confiance à "
                   "95 % (%3 rééchantillonnages). ⚠ marque un groupe accepté moins de %4 fois "
                   "autant que le groupe le plus accepté : un signal à examiner, pas un test "
                   "juridique ; un groupe peut être moins accepté parce qu'il fait plus défaut.")
                    .arg(formatPercent(fairness.threshold, locale), locale.toString(fairness.rows),
                         locale.toString(fairness.resamples),
                         locale.toString(fairness.approvalRatioFlag, 'f', 1)) +
                (fairness.proxies.isEmpty()
                     ? QString()
                     : QStringLiteral("\n") +
                           tr("Attributs exclus retrouvés par les variables du modèle (AUC "
                              "validée croisée, 0,5 = pas du tout) : %1")
                               .arg(fairness.proxies.join(QStringLiteral(" ; ")))));
        } else {
            m_fairness->clear();
            m_fairnessModel->clear();
            m_fairnessCaption->setText(tr("Ce modèle ne contient pas d'analyse d'équité : "
                                          "l'équipe données la produit avec « credit-scoring "
                                          "fairness »."));
        }
        // Core's warning text is English; the page says the same in the advisor's language.
        m_warning->setVisible(!card.policyKnown);
        m_warning->setText(card.policyKnown
                               ? QString()
                               : tr("⚠ Attention : ce modèle n'indique pas quels attributs il "
                                    "exclut (fichier antérieur aux règles d'exclusion). Il peut "
                                    "tenir compte du genre ou de la situation familiale : "
                                    "demandez à l'équipe données de le réentraîner."));
        m_warning->setAccessibleName(m_warning->text());
    } else {
        m_warning->hide();
        m_fairness->clear();
        m_fairnessModel->clear();
        m_fairnessCaption->clear();
        auto* none = new QLabel(tr("Aucun modèle chargé : le score vient du service distant ou "
                                   "n'est pas disponible."));
        none->setWordWrap(true);
        m_cardForm->addRow(none);
        m_importance->setEntries({}, m_language);
    }

    if (m_drift) {
        const DriftSummary& drift = *m_drift;
        m_driftMessage->setText(tr("Rapport du %1").arg(drift.generatedAtUtc));
        addRow(m_driftForm, QStringLiteral("driftStatus"), tr("État"),
               driftStatusText(drift.status));
        addRow(m_driftForm, QStringLiteral("driftShare"), tr("Variables en dérive"),
               tr("%1 sur %2 (%3)")
                   .arg(locale.toString(drift.driftedFeatures),
                        locale.toString(drift.comparedFeatures),
                        formatPercent(drift.driftedShare, locale)));
        QStringList top;
        for (const DriftSummary::Feature& feature : drift.topDrifted)
            top << tr("%1 (%2, PSI %3)")
                       .arg(feature.name, driftStatusText(feature.status),
                            locale.toString(feature.psi, 'f', 2));
        addRow(m_driftForm, QStringLiteral("driftTop"), tr("Variables les plus touchées"),
               top.isEmpty() ? tr("aucune") : top.join(QStringLiteral("\n")));
    } else if (!m_driftError.isEmpty()) {
        m_driftMessage->setText(
            tr("Le rapport de dérive %1 n'a pas pu être lu : %2").arg(m_driftPath, m_driftError));
    } else {
        m_driftMessage->setText(tr("Aucun rapport de dérive. L'équipe données le produit avec "
                                   "« credit-scoring drift --json » ; son chemin se règle dans "
                                   "les paramètres (drift/reportJson)."));
    }
    m_driftMessage->setAccessibleName(m_driftMessage->text());
    m_fairnessCaption->setAccessibleName(m_fairnessCaption->text());
}

} // namespace credit::ui
