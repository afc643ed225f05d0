#pragma once

#include "scenario/ScenarioScoring.h"

#include <QFutureWatcher>
#include <QWidget>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace credit::store {
class LocalStore;
}

namespace credit::ui {

class ReasonsPanel;
class ScoreGauge;

// "Modifier le dossier": the client's main application fields as a form. Each accepted edit is a
// QUndoCommand on the editor's stack (Ctrl+Z / Ctrl+Shift+Z) and changes a scenario on top of the
// original record, never the record itself; ~250 ms after the advisor stops typing the scenario
// is rescored through the controller's ScenarioScoring and shown beside the original's score
// (at once with a local model; when the scoring API answers without one, answers for a scenario
// changed since are dropped). Invalid values get an inline message (core's FieldRules decide) and
// are not scored. The counterfactual search runs on a worker thread: it scores ~130 variants of
// the file, too slow to run on every client selection on the GUI thread.
class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    void setScoring(ScenarioScoring scoring);
    void setStore(store::LocalStore* store); // not owned; may be null (saving disabled)
    void setLanguage(const QString& language);

    // Starts editing a client's record (the JSON client record); clears edits and history.
    void setOriginal(const nlohmann::json& record);
    // The caller's answer for the original record, when the scoring says originalScoredByCaller
    // (ignored otherwise, and after the first answer for an original).
    void setOriginalScore(const ScenarioScore& score);
    // Starts a new application from defaults (no original score to compare with).
    void startNewApplication();
    bool isNewApplication() const { return m_newApplication; }

    // The original with the edits applied.
    nlohmann::json scenarioRecord() const;
    const nlohmann::json& original() const { return m_original; }
    const std::map<std::string, nlohmann::json>& edits() const { return m_edits; }

    // Sets a field as if the advisor typed it and the debounce elapsed; false with the inline
    // message shown when the value is refused. `text` is what the advisor sees (years for ages).
    bool enterValue(const std::string& column, const QString& text);
    void applySuggestion(int index);
    // Rescores now instead of after the debounce (tests, and before saving).
    void rescoreNow();

    std::optional<explain::Explanation> originalScore() const { return m_originalScore; }
    std::optional<explain::Explanation> scenarioScore() const { return m_scenarioScore; }
    QString fieldMessage(const std::string& column) const;
    QString comparisonText() const;
    QUndoStack* undoStack() const { return m_undo; }
    QLineEdit* numberEditor(const std::string& column) const;
    QComboBox* categoryEditor(const std::string& column) const;
    int suggestionCount() const { return static_cast<int>(m_suggestions.suggestions.size()); }
    const explain::CounterfactualResult& suggestions() const { return m_suggestions; }
    // True from a rescore until the counterfactual search for that scenario has answered.
    bool isSearchingSuggestions() const { return m_searching; }
    // True while the scoring API has not yet answered for the current scenario.
    bool isWaitingForScore() const { return m_waitingForScore; }
    QWidget* suggestionBox() const { return m_suggestionBox; }

    // Saves the scenario (or, for a new application, the application) in the store; returns
    // its id, 0 when there is no store. Throws store::StoreError.
    qint64 saveScenario(const QString& name);
    void openScenario(qint64 id);

    // Internal: used by the undo commands.
    void setEdit(const std::string& column, const std::optional<nlohmann::json>& value);
    std::optional<nlohmann::json> editOf(const std::string& column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void scenarioScored(const explain::Explanation& explanation);
    // The suggestions for the current scenario are shown (possibly none, with the reason).
    void suggestionsShown();
    void storeError(const QString& message);

private:
    void buildForm();
    void showRecordInForm();
    void showFieldValue(const std::string& column);
    void scheduleRescore();
    void flushPendingEdit();
    void showScenarioScore(const ScenarioScore& score);
    void refreshSuggestions();
    void startSuggestionSearch();
    void onSuggestionSearchFinished();
    void showSuggestions();
    void clearSuggestionRows();
    void refreshScenarioList();
    void onNumberEdited(const std::string& column);
    QString decisionWords(const explain::Explanation& explanation) const;

    ScenarioScoring m_scoring;
    store::LocalStore* m_store = nullptr;
    QString m_language = QStringLiteral("fr");
    nlohmann::json m_original = nlohmann::json::object();
    std::map<std::string, nlohmann::json> m_edits;
    bool m_newApplication = false;
    std::optional<explain::Explanation> m_originalScore;
    std::optional<explain::Explanation> m_scenarioScore;
    explain::CounterfactualResult m_suggestions;
    bool m_waitingForScore = false;
    bool m_originalFromCaller = false; // the original's score will come via setOriginalScore
    quint64 m_scoreGeneration = 0;     // bumped by every rescore: older API answers are dropped
    quint64 m_originalGeneration = 0;  // bumped when the original record changes
    // The counterfactual search: one at a time on a worker; a rescore while it runs queues the
    // newest scenario, and a result for a scenario no longer shown is dropped.
    struct SuggestionSearch {
        quint64 generation = 0;
        explain::CounterfactualResult result;
    };
    QFutureWatcher<SuggestionSearch>* m_search = nullptr;
    QTimer* m_searchDelay = nullptr; // the search waits until the advisor stays on a scenario
    quint64 m_searchGeneration = 0;
    bool m_searching = false;
    bool m_searchQueued = false;

    QUndoStack* m_undo = nullptr;
    QTimer* m_debounce = nullptr;
    std::map<std::string, QLineEdit*> m_numberEditors;
    std::map<std::string, QComboBox*> m_categoryEditors;
    std::map<std::string, QLabel*> m_messages;
    QLabel* m_comparison = nullptr;
    QLabel* m_scoreError = nullptr;
    ScoreGauge* m_gauge = nullptr;
    ReasonsPanel* m_reasons = nullptr;
    QVBoxLayout* m_suggestionLayout = nullptr;
    QWidget* m_suggestionBox = nullptr;
    QLineEdit* m_scenarioName = nullptr;
    QListWidget* m_scenarioList = nullptr;
    QLabel* m_title = nullptr;
    std::string m_pendingColumn; // the field being typed in, validated when the debounce fires
};

} // namespace credit::ui
