#pragma once

#include "document/ScenarioDocument.h"

#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QUndoStack;
class QVBoxLayout;

namespace credit::store {
class LocalStore;
}

namespace credit::ui {

class ReasonsPanel;
class ScoreGauge;

// "Modifier le dossier": shows a ScenarioDocument as a form beside the scenario's score, and
// turns the advisor's keystrokes into calls on the document (typing, choosing a level, Ctrl+Z,
// "Appliquer", saving, opening a saved entry). Everything else — the original record and the
// edits, validation, undo commands, rescoring, the suggestion search, the repository — lives in
// the widget-free document, so the widget holds no data the document does not.
class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    // The document, with a client's file that waits for the editor to be shown opened first.
    ScenarioDocument* document() const
    {
        openWaitingClient();
        return m_document;
    }
    // While another tab is shown, a selected client's file waits here and opens when the editor
    // is shown or its document is asked for (MainWindow turns this on; off, it opens at once).
    // Why: opening scores the file, reads its saved scenarios and starts the suggestion search,
    // which cost the selection of a client ~3 ms when nobody looks at the editor
    // (docs/performance.md, "One frame per client").
    void setOpensWhenShown(bool waits);

    void setScoring(ScenarioScoring scoring) { m_document->setScoring(std::move(scoring)); }
    // Saves into the local store through a LocalScenarioRepository (not owned; may be null:
    // saving disabled). setRepository takes any other repository (not owned either).
    void setStore(store::LocalStore* store);
    void setRepository(ScenarioRepository* repository);
    void setLanguage(const QString& language);

    // The three origins of a document: a client's file, a new application, a saved entry.
    void setOriginal(const nlohmann::json& record);
    // The same, with the file made only when it is opened: while the editor is hidden, a
    // selection costs no JSON (writing a client's file is ~13 % of a selection's time,
    // docs/performance.md step 5). `makeRecord` must not depend on anything that may change
    // before it is called.
    void setOriginal(std::function<nlohmann::json()> makeRecord);
    void setOriginalScore(const ScenarioScore& score);
    void startNewApplication();
    bool isNewApplication() const { return document()->isNewApplication(); }

    // Shortcuts to the document, for the window, the controller and tests.
    nlohmann::json scenarioRecord() const { return document()->scenarioRecord(); }
    const nlohmann::json& original() const { return document()->original(); }
    const nlohmann::json& edits() const { return document()->edits(); }
    bool enterValue(const std::string& column, const QString& text)
    {
        return document()->enterValue(column, text);
    }
    void applySuggestion(int index) { document()->applySuggestion(index); }
    void rescoreNow() { document()->rescoreNow(); }
    std::optional<explain::Explanation> originalScore() const
    {
        return document()->originalScore();
    }
    std::optional<explain::Explanation> scenarioScore() const
    {
        return document()->scenarioScore();
    }
    const explain::CounterfactualResult& suggestions() const { return document()->suggestions(); }
    int suggestionCount() const { return static_cast<int>(suggestions().suggestions.size()); }
    bool isSearchingSuggestions() const { return document()->isSearchingSuggestions(); }
    bool isWaitingForScore() const { return document()->isWaitingForScore(); }
    QUndoStack* undoStack() const { return document()->undoStack(); }
    // Saves the document; the saved entry's number, 0 without a store. Throws LocalizedError.
    qint64 saveScenario(const QString& name);

    // What the form shows.
    QString fieldMessage(const std::string& column) const;
    QString comparisonText() const;
    QLineEdit* numberEditor(const std::string& column) const;
    QComboBox* categoryEditor(const std::string& column) const;
    QWidget* suggestionBox() const;
    QListView* savedList() const { return m_savedList; }

signals:
    // The suggestions for the current scenario are shown (possibly none, with the reason).
    void suggestionsShown();
    // A repository failure, in the current language (the window shows it in its status bar).
    void storeError(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct FieldWidgets {
        QLabel* label = nullptr;
        QLineEdit* line = nullptr;
        QComboBox* box = nullptr;
        QLabel* message = nullptr;
    };
    void buildForm();
    void retranslateUi();
    void fillLevels(const std::string& column, QComboBox* box);
    void showTitle();
    void showDocument();
    void showFieldValue(const std::string& column);
    void showFieldProblem(const std::string& column);
    void showScore();
    void showSuggestions();
    void clearSuggestionRows();
    void openSelectedEntry();
    QString decisionWords(const explain::Explanation& explanation) const;

    void openWaitingClient() const;

    ScenarioDocument* m_document = nullptr;
    bool m_opensWhenShown = false;
    // How to make the file (and the caller's score for it) selected while the editor was hidden.
    // Mutable: opening it is what any accessor, const or not, needs first.
    mutable std::function<nlohmann::json()> m_waitingOriginal;
    mutable std::optional<ScenarioScore> m_waitingScore;
    std::unique_ptr<ScenarioRepository> m_storeRepository; // wraps the store given to setStore
    QString m_language;

    std::map<std::string, FieldWidgets> m_fields;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QScrollArea* m_fieldsScroll = nullptr;
    QScrollArea* m_scoreScroll = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_redoButton = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_comparison = nullptr;
    QLabel* m_scoreError = nullptr;
    ScoreGauge* m_gauge = nullptr;
    ReasonsPanel* m_reasons = nullptr;
    QGroupBox* m_suggestionBox = nullptr;
    QVBoxLayout* m_suggestionLayout = nullptr;
    QGroupBox* m_savedBox = nullptr;
    QLineEdit* m_scenarioName = nullptr;
    QPushButton* m_saveButton = nullptr;
    QListView* m_savedList = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace credit::ui
