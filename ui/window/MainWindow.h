#pragma once

#include "explain/ClientFacts.h"
#include "explain/Explanation.h"
#include "explain/PortfolioEntry.h"
#include "theme/ApplicationAppearance.h"
#include "window/LanguageSwitcher.h"
#include "window/PortfolioOrigin.h"
#include "window/UiPreferences.h"

#include <QKeySequence>
#include <QMainWindow>

#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QBoxLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace credit::store {
class LocalStore;
}

namespace credit::ui {

class ClientFinder;
class ComparisonView;
class DecisionPanel;
class ScenarioEditor;
class ContributionView;
class FactsPanel;
class ModelPage;
struct ModelCard;
class ReasonsPanel;
class ScoreGauge;

// The advisor's window: client finder on the left; score gauge, contributions, reasons and
// facts on the right. It renders what it is given and reports what the advisor asks for; the
// application wires it to core (clientSelected -> explain -> showClient).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UiPreferences preferences = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setPortfolio(std::vector<explain::PortfolioEntry> entries,
                      PortfolioOrigin origin = PortfolioOrigin::SyntheticDemo);
    void setScoringSource(const QString& text);
    // Server mode: which server the client files come from and which model it scores with
    // (worded by the controller in the current language); empty hides it.
    void setDataSource(const QString& text);
    // Server mode: client files come from the server only, so File > Open (a folder of CSV
    // files) is disabled; local mode enables it again.
    void setLocalFilesAllowed(bool allowed);
    void showClient(const explain::Explanation& explanation, const explain::ClientFacts& facts);
    void clearClient();
    // The "Modèle" page: card and importance from ExplanationEngine::modelDescription(), drift
    // summary from the JSON report at `path` (UiPreferences::driftReportPath by default).
    void setModelCard(const ModelCard& card);
    bool setDriftReportPath(const QString& path);
    void showClientPage();
    void showModelPage();

    void setThemeChoice(ThemeId theme);
    void setFontScale(int percent);
    bool setLanguage(const QString& language);
    // The explanation of the client on screen, as last shown.
    const std::optional<explain::Explanation>& shownExplanation() const
    {
        return m_shownExplanation;
    }
    const UiPreferences& preferences() const { return m_preferences; }
    const Theme& theme() const { return m_theme; }
    // What F1 lists: every shortcut the window answers to, with what it does.
    QList<QPair<QKeySequence, QString>> shortcutList() const;

    ClientFinder* finder() const { return m_finder; }
    ScoreGauge* gauge() const { return m_gauge; }
    ContributionView* contributions() const { return m_contributions; }
    ReasonsPanel* reasons() const { return m_reasons; }
    FactsPanel* facts() const { return m_facts; }
    QLabel* demoBanner() const { return m_banner; }
    QLabel* scoringSourceLabel() const { return m_sourceLabel; }
    QLabel* dataSourceLabel() const { return m_dataSourceLabel; }
    QAction* reviewAction() const { return m_reviewAction; }
    QAction* openAction() const { return m_openAction; }
    QTabWidget* pages() const { return m_pages; }
    QScrollArea* detailsScrollArea() const { return m_detailsScroll; }
    QScrollArea* modelScrollArea() const { return m_modelScroll; }
    ModelPage* modelPage() const { return m_modelPage; }
    QAction* settingsAction() const { return m_settingsAction; }
    QTabWidget* clientTabs() const { return m_tabs; }
    ComparisonView* comparison() const { return m_comparison; }
    ScenarioEditor* scenarioEditor() const { return m_scenarioEditor; }
    DecisionPanel* decisionPanel() const { return m_decision; }

    // The local store for scenarios and decisions (not owned; may be null).
    void setLocalStore(store::LocalStore* store);
    // Writes the one-page explanation sheet of the shown client; false with a message shown.
    bool exportExplanationPdf(const QString& path);

signals:
    void clientSelected(long long clientId);
    void openPortfolioRequested(const QString& path);
    void settingsRequested();
    void reviewRequested();
    void newApplicationRequested();
    // After every switch of the interface language (texts that come from outside the window,
    // such as the scoring source, are worded again by whoever gave them).
    void languageChanged(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void createActions();
    void createMenus();
    void retranslateUi();
    void applyAppearance();
    // What the theme and text size set on this window's own widgets (headings, charts, reflow).
    void styleWidgets();
    void savePreferences() const;
    void openPortfolio();
    void showShortcuts();
    void showAbout();
    void printExplanation();
    void exportDecisions();

    UiPreferences m_preferences;
    ApplicationAppearance m_appearance;
    LanguageSwitcher m_languageSwitcher;
    Theme m_theme;

    QLabel* m_banner = nullptr;
    QTabWidget* m_pages = nullptr;
    ModelPage* m_modelPage = nullptr;
    QScrollArea* m_modelScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_detailsScroll = nullptr;
    QBoxLayout* m_lowerRow = nullptr;
    ClientFinder* m_finder = nullptr;
    QLabel* m_clientHeading = nullptr;
    ScoreGauge* m_gauge = nullptr;
    ContributionView* m_contributions = nullptr;
    ReasonsPanel* m_reasons = nullptr;
    FactsPanel* m_facts = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_dataSourceLabel = nullptr;
    QString m_scoringSource;
    std::optional<long long> m_shownClient;
    std::optional<explain::Explanation> m_shownExplanation;
    std::optional<explain::ClientFacts> m_shownFacts;
    PortfolioOrigin m_origin = PortfolioOrigin::SyntheticDemo;
    store::LocalStore* m_store = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComparisonView* m_comparison = nullptr;
    ScenarioEditor* m_scenarioEditor = nullptr;
    DecisionPanel* m_decision = nullptr;
    QAction* m_newApplicationAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_exportDecisionsAction = nullptr;
    QAction* m_reviewAction = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_textSizeMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_menuAction = nullptr;
    QAction* m_clientPageAction = nullptr;
    QAction* m_modelPageAction = nullptr;
    QAction* m_largerTextAction = nullptr;
    QAction* m_smallerTextAction = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QActionGroup* m_textSizeGroup = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace credit::ui
