#pragma once

#include "common/LocalizedText.h"
#include "document/ScenarioOrigin.h"
#include "document/ScenarioRepository.h"
#include "document/ScenarioScoring.h"

#include <QObject>
#include <QString>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

class QTimer;
class QUndoStack;

namespace credit::ui {

class SavedScenarioListModel;
class SuggestionSearch;

// One scenario the advisor edits, with no widget: the original record and where it comes from
// (a client's file or a new application: same document, different origin), the edits on top of
// it, each field's validation problem (core's field rules), the scores before and after, and the
// counterfactual suggestions. Every accepted edit is a FieldEditCommand on the document's undo
// stack (as Tiled's commands act on a map document); an editor widget only shows the document and
// turns keystrokes into calls here. Scoring goes through the controller's ScenarioScoring, so the
// document holds no model logic; saving and the saved list go through a ScenarioRepository.
class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    // A new scorer (model loaded or changed) rescores the same scenario; edits and history stay.
    void setScoring(ScenarioScoring scoring);
    const ScenarioScoring& scoring() const { return m_scoring; }
    // Not owned; may be null (saving disabled). Refreshes the saved list.
    void setRepository(ScenarioRepository* repository);
    ScenarioRepository* repository() const { return m_repository; }
    // Numbers are read the advisor's way: "1,5" is one and a half in French.
    void setLanguage(const QString& language);
    const QString& language() const { return m_language; }

    // The three ways a document starts; each clears the edits and the history.
    void openClient(const nlohmann::json& record);
    void startNewApplication();
    void open(const SavedScenario& saved);
    // Loads a saved entry from the repository and opens it (the one path for both origins);
    // false, with repositoryError emitted, when it cannot be read.
    bool openSaved(const SavedScenarioKey& key);

    // The caller's answer for the original record, when the scoring says originalScoredByCaller
    // (ignored otherwise, and after the first answer for an original).
    void setOriginalScore(const ScenarioScore& score);

    const ScenarioOrigin& origin() const { return m_origin; }
    bool isNewApplication() const { return m_origin.kind == ScenarioKind::NewApplication; }
    const nlohmann::json& original() const { return m_original; }
    const nlohmann::json& edits() const { return m_edits; } // column -> value (null = cleared)
    nlohmann::json scenarioRecord() const;
    // The scenario's value of a column (null when unknown).
    nlohmann::json value(const std::string& column) const;
    std::optional<nlohmann::json> editOf(const std::string& column) const;
    // What FieldEditCommand does and undoes: sets (or, with nullopt, removes) one edit.
    void setEdit(const std::string& column, const std::optional<nlohmann::json>& value);
    // Puts back a draft's edits (column -> value) as one undoable step, then rescores.
    void restoreEdits(const nlohmann::json& edits);

    // Typing: the text is checked ~250 ms after the last keystroke, or at once by
    // commitTypedText (focus leaves, Ctrl+Z, rescoreNow).
    void typeText(const std::string& column, const QString& text);
    void commitTypedText();
    // Checks `text` (what the advisor sees: years for ages, a data level for categories) and, when
    // accepted and different, pushes a FieldEditCommand; false with fieldProblem set otherwise.
    bool enterValue(const std::string& column, const QString& text, bool mergeWithTyping = true);
    std::optional<LocalizedText> fieldProblem(const std::string& column) const;
    // Applies one suggestion's changes as a single undo step.
    void applySuggestion(int index);
    // Undo and redo commit what is still being typed first, so Ctrl+Z never loses it.
    void undo();
    void redo();
    QUndoStack* undoStack() const { return m_undo; }

    // Rescores now instead of after the debounce (tests, and before saving).
    void rescoreNow();
    std::optional<explain::Explanation> originalScore() const { return m_originalScore; }
    std::optional<explain::Explanation> scenarioScore() const { return m_scenarioScore; }
    // Why the scenario could not be scored, when it could not.
    std::optional<LocalizedText> scoreError() const { return m_scoreError; }
    // True while the scoring API has not yet answered for the current scenario.
    bool isWaitingForScore() const { return m_waitingForScore; }

    const explain::CounterfactualResult& suggestions() const;
    // True from a rescore until the counterfactual search for that scenario has answered.
    bool isSearchingSuggestions() const;

    // Saves the document under `name` (a dated name when empty); the saved entry's key, or
    // nullopt without a repository. Throws LocalizedError.
    std::optional<SavedScenarioKey> save(const QString& name);
    // The repository's entries for this document's origin (client scenarios of this client, or
    // typed applications).
    SavedScenarioListModel* savedList() const { return m_savedList; }
    // Rereads the repository's entries: for a repository whose content changes without a save
    // from this document (the server answered, an entry was sent).
    void refreshSavedList();

signals:
    // A new original or origin: every field, the title and the scores changed.
    void documentReset();
    void fieldChanged(const std::string& column);
    void fieldProblemChanged(const std::string& column);
    // A score, the waiting state or the score error changed.
    void scoreChanged();
    void suggestionsChanged();
    void repositoryError(const credit::LocalizedText& message);
    // The document's content was saved to its repository as `key`.
    void saved(const credit::ui::SavedScenarioKey& key);

private:
    void reset(ScenarioOrigin origin, const nlohmann::json& original, const nlohmann::json& edits);
    void setFieldProblem(const std::string& column, std::optional<LocalizedText> problem);
    void showScenarioScore(const ScenarioScore& score);
    void refreshSuggestions();

    ScenarioScoring m_scoring;
    ScenarioRepository* m_repository = nullptr;
    QString m_language = QStringLiteral("fr");
    ScenarioOrigin m_origin;
    nlohmann::json m_original = nlohmann::json::object();
    nlohmann::json m_edits = nlohmann::json::object();
    std::map<std::string, LocalizedText> m_problems;
    std::optional<explain::Explanation> m_originalScore;
    std::optional<explain::Explanation> m_scenarioScore;
    std::optional<LocalizedText> m_scoreError;
    bool m_waitingForScore = false;
    bool m_originalFromCaller = false; // the original's score will come via setOriginalScore
    quint64 m_scoreGeneration = 0;     // bumped by every rescore: older API answers are dropped
    quint64 m_originalGeneration = 0;  // bumped when the original record changes
    std::string m_typedColumn;         // the field being typed in
    QString m_typedText;

    QUndoStack* m_undo = nullptr;
    QTimer* m_debounce = nullptr;
    SuggestionSearch* m_search = nullptr;
    SavedScenarioListModel* m_savedList = nullptr;
};

} // namespace credit::ui
