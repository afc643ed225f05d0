#include "window/MainWindow.h"

#include "accessibility/InternalControlNames.h"
#include "decision/DecisionPanel.h"
#include "print/ExplanationSheet.h"
#include "scenario/ScenarioEditor.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "widgets/ContributionChart.h"
#include "widgets/ContributionView.h"
#include "widgets/DistributionChart.h"
#include "widgets/FactsPanel.h"
#include "widgets/ImportanceChart.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"
#include "widgets/WrappedLabel.h"
#include "window/ModelPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace credit::ui {
namespace {

constexpr std::array<int, 5> textSizes = {100, 125, 150, 175, 200};
constexpr std::array<ThemeId, 4> themeChoices = {
    ThemeId::Automatic, ThemeId::Default, ThemeId::HighContrastLight, ThemeId::HighContrastDark};

} // namespace

MainWindow::MainWindow(UiPreferences preferences, QWidget* parent)
    : QMainWindow(parent), m_preferences(std::move(preferences))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_languageSwitcher.setLanguage(m_preferences.language))
        m_preferences.language = m_languageSwitcher.language();
    // Font and palette first: widgets created afterwards start from them, while a font change
    // made during construction does not reach widgets that already exist.
    m_theme = m_appearance.apply(m_preferences.theme, m_preferences.fontScalePercent);
    createWidgets();
    createActions();
    createMenus();
    // Not applyAppearance(): applying the same palette, font and style sheet to the application
    // again once every widget exists repolished them all (160 ms of a 560 ms start, issue 24).
    styleWidgets();
    retranslateUi();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new WrappedLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(fontMetrics().height() / 3);
    layout->addWidget(m_banner);

    // Two pages: the client file (finder + score) and the model card. A tab bar so both are
    // one Tab/Ctrl+Tab (or Ctrl+1 / Ctrl+2) away and a screen reader announces where one is.
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setChildrenCollapsible(false);
    m_finder = new ClientFinder(m_splitter);
    m_finder->setObjectName(QStringLiteral("clientFinder"));

    m_detailsScroll = new QScrollArea(m_splitter);
    auto* scroll = m_detailsScroll;
    scroll->setObjectName(QStringLiteral("clientDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* details = new QWidget(scroll);
    auto* detailsLayout = new QVBoxLayout(details);
    m_clientHeading = new QLabel(details);
    m_clientHeading->setObjectName(QStringLiteral("clientHeading"));
    m_gauge = new ScoreGauge(details);
    m_gauge->setObjectName(QStringLiteral("scoreGauge"));
    m_contributions = new ContributionView(details);
    m_contributions->setObjectName(QStringLiteral("contributionView"));
    m_reasons = new ReasonsPanel(details);
    m_reasons->setObjectName(QStringLiteral("reasonsPanel"));
    m_facts = new FactsPanel(details);
    m_facts->setObjectName(QStringLiteral("factsPanel"));

    // Why (reasons, then every contribution) on the left, who (facts) on the right, so the
    // chart is on screen without scrolling at 100 % text size.
    auto* explanationColumn = new QVBoxLayout;
    explanationColumn->addWidget(m_reasons);
    explanationColumn->addWidget(m_contributions);
    explanationColumn->addStretch(1);
    auto* lowerRow = new QBoxLayout(QBoxLayout::LeftToRight);
    lowerRow->addLayout(explanationColumn, 3);
    lowerRow->addWidget(m_facts, 2);
    m_lowerRow = lowerRow;
    detailsLayout->addWidget(m_clientHeading);
    detailsLayout->addWidget(m_gauge);
    detailsLayout->addLayout(lowerRow, 1);
    scroll->setWidget(details);

    // The explanation first; comparing, editing and deciding one tab away (Ctrl+Tab).
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->addTab(scroll, QString());
    m_comparison = new ComparisonView(m_tabs);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    m_tabs->addTab(m_comparison, QString());
    m_scenarioEditor = new ScenarioEditor(m_tabs);
    m_scenarioEditor->setObjectName(QStringLiteral("scenarioEditor"));
    // In a tab: a client selected while another tab is shown opens in the editor when it is.
    m_scenarioEditor->setOpensWhenShown(true);
    m_tabs->addTab(m_scenarioEditor, QString());
    m_decision = new DecisionPanel(m_tabs);
    m_decision->setObjectName(QStringLiteral("decisionPanel"));
    m_tabs->addTab(m_decision, QString());
    connect(m_scenarioEditor, &ScenarioEditor::storeError, this,
            [this](const QString& message) { statusBar()->showMessage(message); });

    m_splitter->addWidget(m_finder);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Wide enough for every column of the client list at the current text size.
    m_splitter->setSizes(
        {fontMetrics().averageCharWidth() * 62, fontMetrics().averageCharWidth() * 140});
    m_modelScroll = new QScrollArea(m_pages);
    m_modelScroll->setObjectName(QStringLiteral("modelScroll"));
    m_modelScroll->setWidgetResizable(true);
    m_modelScroll->setFrameShape(QFrame::NoFrame);
    m_modelPage = new ModelPage(m_modelScroll);
    m_modelPage->setObjectName(QStringLiteral("modelPage"));
    m_modelScroll->setWidget(m_modelPage);
    m_pages->addTab(m_splitter, QString());
    m_pages->addTab(m_modelScroll, QString());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_modelPage->setDriftReportPath(m_preferences.driftReportPath);

    m_dataSourceLabel = new QLabel(this);
    m_dataSourceLabel->setObjectName(QStringLiteral("dataSource"));
    m_dataSourceLabel->hide(); // local mode: the portfolio's own messages say where data is from
    statusBar()->addPermanentWidget(m_dataSourceLabel);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("scoringSource"));
    statusBar()->addPermanentWidget(m_sourceLabel);

    // Logical keyboard path: find a client, then read its score from top to bottom.
    setTabOrder(m_finder->searchBox(), m_finder->decisionFilter());
    setTabOrder(m_finder->decisionFilter(), m_finder->list());
    setTabOrder(m_finder->list(), m_gauge);
    setTabOrder(m_gauge, m_contributions->tabs());

    connect(m_finder, &ClientFinder::clientSelected, this, &MainWindow::clientSelected);
}

// Shortcuts are spelled out rather than taken from QKeySequence::StandardKey, whose bindings
// depend on the platform theme (none on some Linux desktops): the help page promises these keys.
void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openPortfolio);
    m_newApplicationAction = new QAction(this);
    m_newApplicationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newApplicationAction, &QAction::triggered, this, [this] {
        m_scenarioEditor->startNewApplication();
        m_tabs->setCurrentWidget(m_scenarioEditor);
        emit newApplicationRequested();
    });
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printExplanation);
    m_exportDecisionsAction = new QAction(this);
    connect(m_exportDecisionsAction, &QAction::triggered, this, &MainWindow::exportDecisions);
    // Server mode only (the controller shows it): the supervisors' review of decisions.
    m_reviewAction = new QAction(this);
    m_reviewAction->setVisible(false);
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::reviewRequested);

    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, m_finder, &ClientFinder::focusSearch);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    // Fusion on Linux does not open the menu bar on Alt alone; F10 does, as in GNOME and KDE.
    m_menuAction = new QAction(this);
    m_menuAction->setShortcut(QKeySequence(Qt::Key_F10));
    addAction(m_menuAction);
    connect(m_menuAction, &QAction::triggered, this, [this] {
        menuBar()->setFocus(Qt::ShortcutFocusReason);
        menuBar()->setActiveAction(menuBar()->actions().value(0));
    });

    m_clientPageAction = new QAction(this);
    m_clientPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_clientPageAction, &QAction::triggered, this, &MainWindow::showClientPage);
    m_modelPageAction = new QAction(this);
    m_modelPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_modelPageAction, &QAction::triggered, this, &MainWindow::showModelPage);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_themeGroup = new QActionGroup(this);
    for (ThemeId id : themeChoices) {
        QAction* action = m_themeGroup->addAction(QString());
        action->setCheckable(true);
        action->setData(themeKey(id));
        connect(action, &QAction::triggered, this, [this, id] { setThemeChoice(id); });
    }

    m_textSizeGroup = new QActionGroup(this);
    for (int size : textSizes) {
        QAction* action = m_textSizeGroup->addAction(QString());
        action->setCheckable(true);
        action->setData(size);
        connect(action, &QAction::triggered, this, [this, size] { setFontScale(size); });
    }
    m_largerTextAction = new QAction(this);
    m_largerTextAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_largerTextAction, &QAction::triggered, this,
            [this] { setFontScale(m_preferences.fontScalePercent + 25); });
    m_smallerTextAction = new QAction(this);
    m_smallerTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_smallerTextAction, &QAction::triggered, this,
            [this] { setFontScale(m_preferences.fontScalePercent - 25); });

    m_languageGroup = new QActionGroup(this);
    // Language names in their own language, never translated, so anyone can find theirs.
    for (const auto& [code, name] : {std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = m_languageGroup->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_searchAction);
    m_fileMenu->addAction(m_newApplicationAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportDecisionsAction);
    m_fileMenu->addAction(m_reviewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_clientPageAction);
    m_viewMenu->addAction(m_modelPageAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_textSizeMenu = m_viewMenu->addMenu(QString());
    m_textSizeMenu->addAction(m_largerTextAction);
    m_textSizeMenu->addAction(m_smallerTextAction);
    m_textSizeMenu->addSeparator();
    m_textSizeMenu->addActions(m_textSizeGroup->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Conseiller crédit"));
    m_fileMenu->setTitle(tr("&Fichier"));
    m_openAction->setText(tr("&Ouvrir…"));
    m_openAction->setStatusTip(tr("Ouvrir un portefeuille de clients"));
    m_newApplicationAction->setText(tr("&Nouvelle demande"));
    m_printAction->setText(tr("&Exporter l'explication en PDF…"));
    m_exportDecisionsAction->setText(tr("Exporter les &décisions (CSV)…"));
    m_reviewAction->setText(tr("Re&vue des décisions (superviseur)…"));
    m_tabs->setAccessibleName(tr("Explication, comparaison, modification et décision"));
    m_tabs->setTabText(0, tr("Explication"));
    m_tabs->setTabText(1, tr("Comparer"));
    m_tabs->setTabText(2, tr("Modifier le dossier"));
    m_tabs->setTabText(3, tr("Décision"));
    m_settingsAction->setText(tr("&Paramètres…"));
    m_settingsAction->setStatusTip(
        tr("Serveur de scoring, clé d'API, mode de calcul, langue, thème et taille du texte"));
    m_searchAction->setText(tr("&Rechercher un client"));
    m_quitAction->setText(tr("&Quitter"));
    m_viewMenu->setTitle(tr("&Affichage"));
    m_clientPageAction->setText(tr("&Dossier client"));
    m_modelPageAction->setText(tr("&Modèle"));
    m_pages->setTabText(0, tr("C&lients"));
    m_pages->setTabText(1, tr("&Modèle"));
    m_pages->setAccessibleName(tr("Pages"));
    m_tabs->setAccessibleName(tr("Dossier du client"));
    m_modelScroll->setAccessibleName(tr("Modèle de score"));
    m_themeMenu->setTitle(tr("&Thème"));
    const QStringList themeNames = {tr("&Automatique (suivre le système)"),
                                    tr("Couleurs a&daptées (par défaut)"),
                                    tr("Contraste élevé &clair"), tr("Contraste élevé &sombre")};
    const QList<QAction*> themeActions = m_themeGroup->actions();
    for (int i = 0; i < themeActions.size(); ++i) {
        themeActions[i]->setText(themeNames[i]);
        themeActions[i]->setChecked(themeFromKey(themeActions[i]->data().toString()) ==
                                    m_preferences.theme);
    }
    m_textSizeMenu->setTitle(tr("Ta&ille du texte"));
    m_largerTextAction->setText(tr("A&grandir le texte"));
    m_smallerTextAction->setText(tr("&Réduire le texte"));
    for (QAction* action : m_textSizeGroup->actions()) {
        action->setText(tr("%1 %").arg(action->data().toInt()));
        action->setChecked(action->data().toInt() == m_preferences.fontScalePercent);
    }
    m_languageMenu->setTitle(tr("&Langue"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_preferences.language);
    m_helpMenu->setTitle(tr("Ai&de"));
    m_shortcutsAction->setText(tr("&Raccourcis clavier"));
    m_aboutAction->setText(tr("À &propos"));
    m_menuAction->setText(tr("Ouvrir le menu"));

    m_banner->setText(tr("Données de démonstration synthétiques : ces clients n'existent pas."));
    m_banner->setAccessibleName(tr("Données de démonstration synthétiques"));
    m_sourceLabel->setText(m_scoringSource.isEmpty()
                               ? tr("Source du score : non connectée")
                               : tr("Source du score : %1").arg(m_scoringSource));
    m_sourceLabel->setAccessibleName(m_sourceLabel->text());
    m_clientHeading->setText(m_shownClient ? tr("Client n° %1").arg(*m_shownClient)
                                           : tr("Aucun client sélectionné"));
    m_gauge->setAccessibleName(tr("Jauge de probabilité de défaut"));
    m_splitter->setAccessibleName(tr("Clients et score"));
    m_detailsScroll->setAccessibleName(tr("Score et dossier du client"));

    // Qt's tab bars name their scroll buttons once, when they are created: name them again.
    for (QTabBar* bar : findChildren<QTabBar*>()) {
        for (QToolButton* button : bar->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
            if (button->arrowType() == Qt::LeftArrow || button->arrowType() == Qt::UpArrow)
                button->setAccessibleName(QTabBar::tr("Scroll Left"));
            else if (button->arrowType() == Qt::RightArrow || button->arrowType() == Qt::DownArrow)
                button->setAccessibleName(QTabBar::tr("Scroll Right"));
        }
    }

    const QString& language = m_preferences.language;
    m_finder->setLanguage(language);
    m_gauge->setLanguage(language);
    m_contributions->setLanguage(language);
    m_reasons->setLanguage(language);
    m_facts->setLanguage(language);
    m_modelPage->setLanguage(language);
    m_comparison->setLanguage(language);
    m_scenarioEditor->setLanguage(language);
    m_decision->setLanguage(language);
    // Last, once every widget has its name: Qt's own helper controls take theirs from them.
    nameInternalControls(this);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyAppearance()
{
    m_theme = m_appearance.apply(m_preferences.theme, m_preferences.fontScalePercent);
    styleWidgets();
}

void MainWindow::styleWidgets()
{
    // The application style sheet (focus borders) would override a palette set on the banner,
    // so the banner takes its colours from a style sheet of its own.
    m_banner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background-color: %1; color: %2; "
                                           "font-weight: bold; }")
                                .arg(m_theme.bannerBackground.name(), m_theme.bannerText.name()));
    QFont headingFont = QApplication::font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_clientHeading->setFont(headingFont);
    m_gauge->setTheme(m_theme);
    m_contributions->setTheme(m_theme);
    // Reflow (SC 1.4.10): from 150 % the facts go under the reasons and the model card over the
    // drift summary, so the enlarged text needs vertical scrolling only, never sideways.
    const bool stacked = m_preferences.fontScalePercent >= 150;
    m_lowerRow->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_modelPage->setStacked(stacked);
    m_modelPage->setTheme(m_theme);
    m_comparison->setTheme(m_theme);
}

void MainWindow::savePreferences() const
{
    QSettings settings;
    m_preferences.save(settings);
}

void MainWindow::setPortfolio(std::vector<explain::PortfolioEntry> entries, PortfolioOrigin origin)
{
    m_finder->setEntries(std::move(entries));
    m_banner->setVisible(origin == PortfolioOrigin::SyntheticDemo);
    m_origin = origin;
}

void MainWindow::setLocalFilesAllowed(bool allowed)
{
    m_openAction->setEnabled(allowed);
}

void MainWindow::setDataSource(const QString& text)
{
    m_dataSourceLabel->setText(text);
    m_dataSourceLabel->setAccessibleName(text);
    m_dataSourceLabel->setVisible(!text.isEmpty());
}

void MainWindow::setScoringSource(const QString& text)
{
    m_scoringSource = text;
    retranslateUi();
}

void MainWindow::showClient(const explain::Explanation& explanation,
                            const explain::ClientFacts& facts)
{
    m_shownClient = facts.clientId;
    m_clientHeading->setText(tr("Client n° %1").arg(facts.clientId));
    m_gauge->setExplanation(explanation);
    m_contributions->setExplanation(explanation);
    m_reasons->setExplanation(explanation);
    m_facts->setFacts(facts);
    m_shownExplanation = explanation;
    m_shownFacts = facts;
    m_decision->setClient(QString::number(facts.clientId), explanation);
    // Keep the list in step without announcing a new selection back to whoever called us.
    const QSignalBlocker blocker(m_finder);
    m_finder->selectClient(facts.clientId);
}

void MainWindow::clearClient()
{
    m_shownClient.reset();
    m_clientHeading->setText(tr("Aucun client sélectionné"));
    m_gauge->clear();
    m_contributions->clear();
    m_reasons->clear();
    m_facts->clear();
    m_shownExplanation.reset();
    m_shownFacts.reset();
}

void MainWindow::setLocalStore(store::LocalStore* store)
{
    m_store = store;
    m_scenarioEditor->setStore(store);
    m_decision->setStore(store);
}

bool MainWindow::exportExplanationPdf(const QString& path)
{
    if (!m_shownExplanation || !m_shownFacts) {
        statusBar()->showMessage(tr("Choisissez d'abord un client."), 5000);
        return false;
    }
    ExplanationSheetContent content;
    content.clientId = QString::number(m_shownFacts->clientId);
    content.explanation = *m_shownExplanation;
    content.language = m_preferences.language;
    content.syntheticData = m_origin == PortfolioOrigin::SyntheticDemo;
    const std::string language = m_preferences.language.toStdString();
    const auto& facts = *m_shownFacts;
    for (const explain::Fact* fact :
         {&facts.age, &facts.income, &facts.credit, &facts.annuity, &facts.employmentLength,
          &facts.familyStatus, &facts.children, &facts.education, &facts.activeCreditsElsewhere,
          &facts.lateInstalments})
        if (!fact->label.fr.empty())
            content.facts << QString::fromStdString(fact->label.in(language) + " : " +
                                                    fact->value.in(language));
    // Rendered off screen at a fixed size so the sheet does not depend on the window's size.
    DistributionChart chart;
    chart.setSeries(m_comparison->chart()->series());
    chart.setTheme(Theme::forId(ThemeId::Default));
    chart.resize(900, 380);
    content.comparisonChart = chart.grab().toImage();
    content.comparisonFinding = m_comparison->finding();
    QString error;
    if (!writeExplanationPdf(content, path, &error)) {
        QMessageBox::warning(this, tr("Export PDF"), error);
        return false;
    }
    statusBar()->showMessage(tr("Explication enregistrée dans %1").arg(path), 8000);
    return true;
}

void MainWindow::printExplanation()
{
    if (!m_shownFacts) {
        statusBar()->showMessage(tr("Choisissez d'abord un client."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter l'explication"),
        tr("explication-client-%1.pdf").arg(m_shownFacts->clientId), tr("Document PDF (*.pdf)"));
    if (!path.isEmpty())
        exportExplanationPdf(path);
}

void MainWindow::exportDecisions()
{
    if (!m_store) {
        statusBar()->showMessage(tr("Le stockage local n'est pas disponible."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter les décisions"), QStringLiteral("decisions.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        m_store->exportDecisionsCsv(path);
        statusBar()->showMessage(tr("Décisions exportées dans %1").arg(path), 8000);
    } catch (const store::StoreError& error) {
        QMessageBox::warning(
            this, tr("Export des décisions"),
            QString::fromStdString(error.text().in(m_preferences.language.toStdString())));
    }
}

void MainWindow::setModelCard(const ModelCard& card)
{
    m_modelPage->setModelCard(card);
}

bool MainWindow::setDriftReportPath(const QString& path)
{
    return m_modelPage->setDriftReportPath(path);
}

void MainWindow::showClientPage()
{
    m_pages->setCurrentIndex(0);
    m_finder->focusSearch();
}

void MainWindow::showModelPage()
{
    m_pages->setCurrentIndex(1);
    m_modelPage->importanceChart()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setThemeChoice(ThemeId theme)
{
    m_preferences.theme = theme;
    applyAppearance();
    retranslateUi();
    savePreferences();
}

void MainWindow::setFontScale(int percent)
{
    m_preferences.fontScalePercent = std::clamp(percent, ApplicationAppearance::minimumFontScale,
                                                ApplicationAppearance::maximumFontScale);
    applyAppearance();
    retranslateUi();
    savePreferences();
}

bool MainWindow::setLanguage(const QString& language)
{
    const bool loaded = m_languageSwitcher.setLanguage(language);
    m_preferences.language = m_languageSwitcher.language();
    retranslateUi();
    savePreferences();
    emit languageChanged(m_preferences.language);
    return loaded;
}

void MainWindow::openPortfolio()
{
    // A portfolio is a Home Credit folder; picking its application_train.csv (or any file in
    // it) opens the folder.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Ouvrir un portefeuille (fichier application_train.csv du dossier)"), QString(),
        tr("Fichiers de clients (*.csv);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        emit openPortfolioRequested(path);
}

QList<QPair<QKeySequence, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QKeySequence, QString>> keys;
    const auto add = [&](const QKeySequence& sequence, const QString& what) {
        keys.append({sequence, what});
    };
    add(m_searchAction->shortcut(), tr("Rechercher un client"));
    add(QKeySequence(Qt::Key_Down), tr("Depuis la recherche : aller à la liste des clients"));
    add(m_clientPageAction->shortcut(), tr("Afficher la page Clients"));
    add(m_modelPageAction->shortcut(), tr("Afficher la page Modèle"));
    add(m_openAction->shortcut(), tr("Ouvrir un portefeuille"));
    add(m_settingsAction->shortcut(), tr("Paramètres"));
    add(m_newApplicationAction->shortcut(), tr("Saisir une nouvelle demande"));
    add(m_printAction->shortcut(), tr("Exporter l'explication en PDF"));
    add(QKeySequence(Qt::Key_Right),
        tr("Sur une barre d'onglets : onglet suivant (explication, comparer, modifier, décision)"));
    // The scenario editor's undo/redo, whatever keys the platform gives them.
    for (const QAction* action : m_scenarioEditor->findChildren<QAction*>()) {
        for (const QKeySequence& sequence : action->shortcuts())
            add(sequence, tr("Modifier le dossier : %1")
                              .arg(QString(action->text()).remove(QLatin1Char('&'))));
    }
    for (const QKeySequence& larger : m_largerTextAction->shortcuts())
        add(larger, tr("Agrandir le texte"));
    add(m_smallerTextAction->shortcut(), tr("Réduire le texte"));
    add(QKeySequence(Qt::Key_Tab), tr("Passer à la zone suivante"));
    add(QKeySequence(Qt::SHIFT | Qt::Key_Tab), tr("Revenir à la zone précédente"));
    add(QKeySequence(Qt::CTRL | Qt::Key_Tab),
        tr("Passer du graphique au tableau des contributions"));
    add(QKeySequence(Qt::Key_Up), tr("Graphiques : barre précédente ; liste : client précédent"));
    add(QKeySequence(Qt::Key_Down), tr("Graphiques : barre suivante ; liste : client suivant"));
    add(m_menuAction->shortcut(), tr("Ouvrir le menu (ou Alt + lettre soulignée)"));
    add(m_shortcutsAction->shortcut(), tr("Afficher cette aide"));
    add(m_quitAction->shortcut(), tr("Quitter"));
    return keys;
}

void MainWindow::showShortcuts()
{
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString rows;
    for (const auto& [keys, what] : shortcutList())
        rows +=
            row.arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped(), what.toHtmlEscaped());
    QMessageBox box(QMessageBox::Information, tr("Raccourcis clavier"),
                    QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsHelp"));
    box.setTextFormat(Qt::RichText);
    box.setAccessibleName(tr("Raccourcis clavier"));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("À propos de Conseiller crédit"),
        tr("<p><b>Conseiller crédit</b> %1</p><p>Aide à la décision de crédit pour les "
           "chargés de relation client de « Prêt à dépenser » : probabilité de défaut, "
           "décision, raisons en langage clair.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace credit::ui
