#include "document/ScenarioDocument.h"

#include "common/LocalizedError.h"
#include "data/SchemaRegistry.h"
#include "document/EditableField.h"
#include "document/FieldEditCommand.h"
#include "document/FieldValidation.h"
#include "document/SavedScenarioListModel.h"
#include "document/ScenarioRecord.h"
#include "document/SuggestionSearch.h"
#include "models/DisplayFormat.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

namespace credit::ui {

namespace {

constexpr int kTypingDebounceMs = 250;

QString clientIdOf(const nlohmann::json& record)
{
    return QString::fromStdString(record.value("SK_ID_CURR", nlohmann::json()).dump());
}

bool sameValue(const nlohmann::json& a, const nlohmann::json& b)
{
    return a == b || (a.is_number() && b.is_number() && a.get<double>() == b.get<double>());
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject* parent) : QObject(parent)
{
    m_undo = new QUndoStack(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ScenarioDocument::rescoreNow);
    // Undo and redo rescore like typing does: after the advisor pauses.
    connect(m_undo, &QUndoStack::indexChanged, m_debounce, qOverload<>(&QTimer::start));
    m_search = new SuggestionSearch(this);
    connect(m_search, &SuggestionSearch::changed, this, &ScenarioDocument::suggestionsChanged);
    m_savedList = new SavedScenarioListModel(this);
}

ScenarioDocument::~ScenarioDocument()
{
    m_debounce->stop();
    // Commands point at us; clear them while we are still whole.
    m_undo->clear();
}

void ScenarioDocument::setScoring(ScenarioScoring scoring)
{
    m_scoring = std::move(scoring);
    m_originalFromCaller = false; // a new scorer scores the file it is given itself
    ++m_originalGeneration;
    m_originalScore.reset();
    if (m_scoring.score && !m_original.empty() && !isNewApplication())
        m_originalScore = m_scoring.score(m_original).explanation;
    rescoreNow();
}

void ScenarioDocument::setRepository(ScenarioRepository* repository)
{
    m_repository = repository;
    refreshSavedList();
}

void ScenarioDocument::setLanguage(const QString& language)
{
    m_language = language;
    m_savedList->setLanguage(language);
}

void ScenarioDocument::openClient(const nlohmann::json& record)
{
    const nlohmann::json original = record.is_object() ? record : nlohmann::json::object();
    reset({ScenarioKind::ClientScenario, clientIdOf(original), std::nullopt, {}}, original,
          nlohmann::json::object());
}

void ScenarioDocument::startNewApplication()
{
    reset({ScenarioKind::NewApplication, {}, std::nullopt, {}}, newApplicationDefaults(),
          nlohmann::json::object());
}

void ScenarioDocument::open(const SavedScenario& saved)
{
    ScenarioOrigin origin{saved.kind, saved.clientId, saved.key, saved.name};
    if (origin.kind == ScenarioKind::ClientScenario && origin.clientId.isEmpty())
        origin.clientId = clientIdOf(saved.original);
    reset(std::move(origin), saved.original,
          saved.edits.is_object() ? saved.edits : nlohmann::json::object());
}

bool ScenarioDocument::openSaved(const SavedScenarioKey& key)
{
    if (!m_repository)
        return false;
    try {
        const auto saved = m_repository->load(key);
        if (!saved) {
            emit repositoryError({"Ce scénario n'existe plus dans le stockage.",
                                  "This scenario is no longer in the store."});
            refreshSavedList();
            return false;
        }
        open(*saved);
        return true;
    } catch (const LocalizedError& error) {
        emit repositoryError(error.text());
        return false;
    }
}

void ScenarioDocument::reset(ScenarioOrigin origin, const nlohmann::json& original,
                             const nlohmann::json& edits)
{
    m_debounce->stop();
    m_typedColumn.clear();
    m_typedText.clear();
    m_undo->clear();
    m_origin = std::move(origin);
    m_original = original;
    m_edits = edits;
    m_problems.clear();
    const quint64 generation = ++m_originalGeneration;
    m_originalScore.reset();
    const bool client = m_origin.kind == ScenarioKind::ClientScenario && !m_original.empty();
    // Without a local model the unedited file is scored by the first rescore below, or by the
    // caller (the app scores every selected client anyway), so the API is asked once per client.
    m_originalFromCaller = client && !m_scoring.score && m_scoring.scoreLater &&
                           m_scoring.originalScoredByCaller && !m_origin.saved;
    if (client && m_scoring.score) {
        m_originalScore = m_scoring.score(m_original).explanation;
    } else if (client && m_scoring.scoreLater && !m_originalFromCaller && !m_edits.empty()) {
        // A reopened scenario: its "before" side is asked for separately.
        QPointer<ScenarioDocument> self(this);
        m_scoring.scoreLater(m_original, [self, generation](const ScenarioScore& score) {
            if (!self || generation != self->m_originalGeneration || !score.explanation)
                return;
            self->m_originalScore = score.explanation;
            emit self->scoreChanged();
        });
    }
    emit documentReset();
    refreshSavedList();
    rescoreNow();
}

nlohmann::json ScenarioDocument::scenarioRecord() const
{
    return recordWithEdits(m_original, m_edits);
}

nlohmann::json ScenarioDocument::value(const std::string& column) const
{
    if (const auto edit = editOf(column))
        return *edit;
    return m_original.value(column, nlohmann::json());
}

std::optional<nlohmann::json> ScenarioDocument::editOf(const std::string& column) const
{
    const auto found = m_edits.find(column);
    if (found == m_edits.end())
        return std::nullopt;
    return *found;
}

void ScenarioDocument::setEdit(const std::string& column,
                               const std::optional<nlohmann::json>& value)
{
    if (value)
        m_edits[column] = *value;
    else
        m_edits.erase(column);
    setFieldProblem(column, std::nullopt);
    emit fieldChanged(column);
}

void ScenarioDocument::restoreEdits(const nlohmann::json& edits)
{
    if (!edits.is_object() || edits.empty())
        return;
    m_undo->beginMacro(tr("Restaurer le brouillon"));
    for (const auto& [column, value] : edits.items())
        m_undo->push(
            new FieldEditCommand(this, column, value, tr("Restaurer le brouillon"), false));
    m_undo->endMacro();
    rescoreNow();
}

void ScenarioDocument::typeText(const std::string& column, const QString& text)
{
    if (!m_typedColumn.empty() && m_typedColumn != column)
        commitTypedText();
    m_typedColumn = column;
    m_typedText = text;
    m_debounce->start();
}

void ScenarioDocument::commitTypedText()
{
    if (m_typedColumn.empty())
        return;
    const std::string column = std::exchange(m_typedColumn, {});
    enterValue(column, std::exchange(m_typedText, {}));
}

bool ScenarioDocument::enterValue(const std::string& column, const QString& text,
                                  bool mergeWithTyping)
{
    const auto* field = findEditableField(column);
    if (!field)
        return false;
    const FieldCheck check = checkFieldText(*field, text, localeForLanguage(m_language));
    if (!check.accepted()) {
        setFieldProblem(column, check.problem);
        return false;
    }
    setFieldProblem(column, std::nullopt);
    if (sameValue(value(column), *check.value))
        return true;
    m_undo->push(new FieldEditCommand(
        this, column, *check.value,
        tr("Modifier %1").arg(QString::fromStdString(field->label.in(m_language.toStdString()))),
        mergeWithTyping));
    return true;
}

std::optional<LocalizedText> ScenarioDocument::fieldProblem(const std::string& column) const
{
    const auto found = m_problems.find(column);
    if (found == m_problems.end())
        return std::nullopt;
    return found->second;
}

void ScenarioDocument::setFieldProblem(const std::string& column,
                                       std::optional<LocalizedText> problem)
{
    const auto found = m_problems.find(column);
    if (!problem && found == m_problems.end())
        return;
    if (problem)
        m_problems[column] = std::move(*problem);
    else
        m_problems.erase(found);
    emit fieldProblemChanged(column);
}

void ScenarioDocument::applySuggestion(int index)
{
    const auto& suggestions = m_search->result().suggestions;
    if (index < 0 || index >= static_cast<int>(suggestions.size()))
        return;
    const auto changes = suggestions[static_cast<std::size_t>(index)].changes;
    m_undo->beginMacro(tr("Appliquer une piste"));
    for (const auto& change : changes) {
        const auto* schema =
            data::SchemaRegistry::builtIn().find(data::TableId::ApplicationTrain, change.field);
        const bool integral = schema && schema->kind == data::ColumnKind::Integer;
        m_undo->push(new FieldEditCommand(
            this, change.field,
            integral ? nlohmann::json(static_cast<long long>(std::llround(change.to)))
                     : nlohmann::json(change.to),
            QString::fromStdString(change.description.in(m_language.toStdString())), false));
    }
    m_undo->endMacro();
    rescoreNow();
}

void ScenarioDocument::undo()
{
    commitTypedText();
    m_undo->undo();
}

void ScenarioDocument::redo()
{
    commitTypedText();
    m_undo->redo();
}

void ScenarioDocument::rescoreNow()
{
    m_debounce->stop();
    if (!m_typedColumn.empty()) {
        commitTypedText();  // pushes a command when valid
        m_debounce->stop(); // the push above scheduled another rescore: this one covers it
    }
    const quint64 generation = ++m_scoreGeneration; // an answer still on its way is now stale
    m_scenarioScore.reset();
    m_scoreError.reset();
    m_waitingForScore = false;
    if (!m_scoring.available()) {
        emit scoreChanged();
        refreshSuggestions();
        return;
    }
    // The unedited file is the original: its score is already known, no second scoring.
    const bool unedited = m_edits.empty() && !isNewApplication() && !m_original.empty();
    if (unedited && m_originalScore) {
        showScenarioScore({m_originalScore, {}});
        return;
    }
    const nlohmann::json record = scenarioRecord();
    if (m_scoring.score) {
        showScenarioScore(m_scoring.score(record));
        return;
    }
    m_waitingForScore = true;
    emit scoreChanged();
    refreshSuggestions(); // the previous scenario's suggestions no longer apply
    if (unedited && m_originalFromCaller)
        return; // setOriginalScore brings it
    const quint64 originalGeneration = m_originalGeneration;
    QPointer<ScenarioDocument> self(this);
    m_scoring.scoreLater(
        record, [self, generation, originalGeneration, unedited](const ScenarioScore& score) {
            if (!self)
                return;
            // The unedited file's answer is the original's score even when the advisor has typed
            // since: it is kept for the "before" side.
            if (unedited && originalGeneration == self->m_originalGeneration && score.explanation)
                self->m_originalScore = score.explanation;
            if (generation != self->m_scoreGeneration) {
                emit self->scoreChanged();
                return;
            }
            self->m_waitingForScore = false;
            self->showScenarioScore(score);
        });
}

void ScenarioDocument::setOriginalScore(const ScenarioScore& score)
{
    if (!m_originalFromCaller)
        return;
    m_originalFromCaller = false;
    if (score.explanation)
        m_originalScore = score.explanation;
    const bool unedited = m_edits.empty() && !isNewApplication();
    if (unedited && m_waitingForScore) {
        ++m_scoreGeneration;
        m_waitingForScore = false;
        showScenarioScore(score);
        return;
    }
    emit scoreChanged(); // the advisor has edited since: the "before" side only
}

void ScenarioDocument::showScenarioScore(const ScenarioScore& score)
{
    m_scenarioScore = score.explanation;
    if (!score.explanation)
        m_scoreError = score.error;
    emit scoreChanged();
    refreshSuggestions();
}

const explain::CounterfactualResult& ScenarioDocument::suggestions() const
{
    return m_search->result();
}

bool ScenarioDocument::isSearchingSuggestions() const
{
    return m_search->isSearching();
}

void ScenarioDocument::refreshSuggestions()
{
    if (!m_scoring.suggest || !m_scenarioScore) {
        explain::CounterfactualResult none;
        if (m_scoring.available() && !m_scoring.suggest)
            none.statement = {"Les pistes pour obtenir un accord demandent un modèle local.",
                              "Suggestions to obtain an approval need a local model."};
        m_search->showWithoutSearch(std::move(none));
        return;
    }
    m_search->request(m_scoring.suggest, scenarioRecord());
}

std::optional<SavedScenarioKey> ScenarioDocument::save(const QString& name)
{
    if (!m_repository)
        return std::nullopt;
    rescoreNow();
    SavedScenario saved;
    saved.kind = m_origin.kind;
    saved.name = name.isEmpty()
                     ? tr("Scénario du %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                     : name;
    saved.clientId = m_origin.clientId;
    saved.original = m_original;
    saved.edits = m_edits;
    saved.probability = m_scenarioScore ? m_scenarioScore->probability : std::nan("");
    const SavedScenarioKey key = m_repository->save(saved);
    refreshSavedList();
    emit this->saved(key);
    return key;
}

void ScenarioDocument::refreshSavedList()
{
    if (!m_repository) {
        m_savedList->setEntries({});
        return;
    }
    try {
        m_savedList->setEntries(m_repository->list(m_origin.kind, m_origin.clientId));
    } catch (const LocalizedError& error) {
        m_savedList->setEntries({});
        emit repositoryError(error.text());
    }
}

} // namespace credit::ui
