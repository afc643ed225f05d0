#pragma once

#include "document/ScenarioDocument.h"

#include <QWidget>

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

    ScenarioDocument* document() const { return m_document; }

    void setScoring(ScenarioScoring scoring) { m_document->setScoring(std::move(scoring)); }
    // Saves into the local store through a LocalScenarioRepository (not owned; may be null:
    // saving disabled). setRepository takes any other repository (not owned either).
    void setStore(store::LocalStore* store);
    void setRepository(ScenarioRepository* repository);
    void setLanguage(const QString& language);

    // The three origins of a document: a client's file, a new application, a saved entry.
    void setOriginal(const nlohmann::json& record) { m_document->openClient(record); }
    void setOriginalScore(const ScenarioScore& score) { m_document->setOriginalScore(score); }
    void startNewApplication() { m_document->startNewApplication(); }
    bool isNewApplication() const { return m_document->isNewApplication(); }

    // Shortcuts to the document, for the window, the controller and tests.
    nlohmann::json scenarioRecord() const { return m_document->scenarioRecord(); }
    const nlohmann::json& original() const { return m_document->original(); }
    const nlohmann::json& edits() const { return m_document->edits(); }
    bool enterValue(const std::string& column, const QString& text)
    {
        return m_document->enterValue(column, text);
    }
    void applySuggestion(int index) { m_document->applySuggestion(index); }
    void rescoreNow() { m_document->rescoreNow(); }
    std::optional<explain::Explanation> originalScore() const
    {
        return m_document->originalScore();
    }
    std::optional<explain::Explanation> scenarioScore() const
    {
        return m_document->scenarioScore();
    }
    const explain::CounterfactualResult& suggestions() const { return m_document->suggestions(); }
    int suggestionCount() const { return static_cast<int>(suggestions().suggestions.size()); }
    bool isSearchingSuggestions() const { return m_document->isSearchingSuggestions(); }
    bool isWaitingForScore() const { return m_document->isWaitingForScore(); }
    QUndoStack* undoStack() const { return m_document->undoStack(); }
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

    ScenarioDocument* m_document = nullptr;
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
