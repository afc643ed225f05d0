#include "scenario/ScenarioEditor.h"

#include "common/LocalizedError.h"
#include "data/FieldRules.h"
#include "data/SchemaRegistry.h"
#include "models/DisplayFormat.h"
#include "scenario/EditableField.h"
#include "scenario/FieldEditCommand.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace credit::ui {

namespace {

const data::ColumnSchema* schemaOf(const std::string& column)
{
    return data::SchemaRegistry::builtIn().find(data::TableId::ApplicationTrain, column);
}

// Accepts "150 000", "150000,5" and "150000.5" whatever the language: advisors paste numbers.
std::optional<double> parseNumber(QString text, const QLocale& locale)
{
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value =
            QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// The counterfactual searches of every editor share one worker thread, apart from the global
// pool where the scoring service explains the selected client: a search never delays a score,
// and never runs twice at once.
Q_GLOBAL_STATIC(QThreadPool, suggestionPool)

constexpr int kSuggestionSearchDelayMs = 300;

// Scrolls vertically only, and is at least as wide as its content: the score side must not
// squeeze its wrapped reasons below their height (they were cut mid-line with two or three
// suggestions shown), nor make the editor narrower than its content needs.
class VerticalScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize minimumSizeHint() const override
    {
        const int content = widget() ? widget()->minimumSizeHint().width() : 0;
        return {content + 2 * frameWidth() + verticalScrollBar()->sizeHint().width(),
                QScrollArea::minimumSizeHint().height()};
    }
};

QThreadPool* suggestionWorker()
{
    static const bool configured = [] {
        suggestionPool()->setMaxThreadCount(1);
        return true;
    }();
    (void)configured;
    return suggestionPool();
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Modifier le dossier"));
    m_undo = new QUndoStack(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ScenarioEditor::rescoreNow);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { scheduleRescore(); });
    m_search = new QFutureWatcher<SuggestionSearch>(this);
    connect(m_search, &QFutureWatcher<SuggestionSearch>::finished, this,
            &ScenarioEditor::onSuggestionSearchFinished);
    // Starting the search only once the advisor stays on a client keeps it from competing for
    // the CPU with the selection's own explanation and painting, and arrowing down the list
    // starts no search at all.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSuggestionSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (!m_searching)
            return;
        if (m_search->isRunning())
            m_searchQueued = true; // started when the running search ends: one at a time
        else
            startSuggestionSearch();
    });

    // Our own actions rather than createUndoAction(): a value still being typed is committed
    // first, so Ctrl+Z never loses it nor undoes the step before it by surprise.
    auto* undo = new QAction(tr("Annuler"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, this, [this] {
        flushPendingEdit();
        m_undo->undo();
    });
    auto* redo = new QAction(tr("Rétablir"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, this, [this] {
        flushPendingEdit();
        m_undo->redo();
    });
    addAction(undo);
    addAction(redo);
    buildForm();
}

ScenarioEditor::~ScenarioEditor()
{
    // Our children die after this body and our members, in ~QWidget, which first closes the
    // window: a field that still has the focus then emits editingFinished into a half-destroyed
    // editor (it crashed when the window closed with the cursor in a field).
    for (const auto& [column, line] : m_numberEditors)
        line->disconnect(this);
    for (const auto& [column, box] : m_categoryEditors)
        box->disconnect(this);
    m_search->disconnect(this);
    m_debounce->stop();
    m_searchDelay->stop();
    // Commands hold a QPointer to us; clear them before our children go.
    m_undo->clear();
}

void ScenarioEditor::buildForm()
{
    auto* layout = new QHBoxLayout(this);
    auto* formSide = new QVBoxLayout;
    m_title = new QLabel(this);
    formSide->addWidget(m_title);
    auto* note =
        new QLabel(tr("Les champs marqués * sont obligatoires. Les modifications forment un "
                      "scénario : le dossier d'origine n'est jamais modifié."),
                   this);
    note->setWordWrap(true);
    formSide->addWidget(note);
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    for (const auto& field : editableFields()) {
        const QString label = QString::fromStdString(field.label.fr) +
                              (field.required ? QStringLiteral(" *") : QString());
        auto* column = new QWidget(formWidget);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto* message = new QLabel(column);
        message->setWordWrap(true);
        message->setVisible(false);
        m_messages[field.column] = message;
        QWidget* editor = nullptr;
        if (field.unit == EditableField::Unit::Category) {
            auto* box = new QComboBox(column);
            box->addItem(field.required ? tr("(choisir)") : tr("(non renseigné)"), QString());
            if (const auto* schema = schemaOf(field.column))
                for (const auto& level : schema->levels)
                    box->addItem(QString::fromStdString(level), QString::fromStdString(level));
            const std::string key = field.column;
            connect(box, &QComboBox::activated, this, [this, key, box] {
                const QString level = box->currentData().toString();
                std::optional<nlohmann::json> value =
                    level.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(level.toStdString());
                if (value == editOf(key) ||
                    (!editOf(key) && m_original.value(key, nlohmann::json()) == *value))
                    return;
                m_undo->push(new FieldEditCommand(
                    this, key, value, tr("Modifier %1").arg(box->accessibleName()), false));
            });
            m_categoryEditors[field.column] = box;
            editor = box;
        } else {
            auto* line = new QLineEdit(column);
            const std::string key = field.column;
            connect(line, &QLineEdit::textEdited, this, [this, key] {
                m_pendingColumn = key;
                m_debounce->start();
            });
            connect(line, &QLineEdit::editingFinished, this, [this, key] { onNumberEdited(key); });
            line->installEventFilter(this);
            m_numberEditors[field.column] = line;
            editor = line;
        }
        editor->setAccessibleName(QString::fromStdString(field.label.fr));
        editor->setAccessibleDescription(field.required ? tr("Obligatoire") : QString());
        columnLayout->addWidget(editor);
        columnLayout->addWidget(message);
        auto* labelWidget = new QLabel(label, formWidget);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, column);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scenarioFieldsScroll"));
    scroll->setAccessibleName(tr("Champs du dossier"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(formWidget);
    formSide->addWidget(scroll, 1);

    auto* undoRow = new QHBoxLayout;
    auto* undoButton = new QPushButton(tr("Annuler (Ctrl+Z)"), this);
    auto* redoButton = new QPushButton(tr("Rétablir (Ctrl+Maj+Z)"), this);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    undoRow->addWidget(undoButton);
    undoRow->addWidget(redoButton);
    formSide->addLayout(undoRow);
    layout->addLayout(formSide, 3);

    // The score side scrolls vertically when the window is too short for all of it.
    auto* scoreWidget = new QWidget(this);
    auto* scoreSide = new QVBoxLayout(scoreWidget);
    scoreSide->setContentsMargins(0, 0, 0, 0);
    m_comparison = new QLabel(this);
    m_comparison->setWordWrap(true);
    m_comparison->setAccessibleName(tr("Score avant et après"));
    QFont bold = m_comparison->font();
    bold.setBold(true);
    m_comparison->setFont(bold);
    scoreSide->addWidget(m_comparison);
    m_scoreError = new QLabel(this);
    m_scoreError->setWordWrap(true);
    m_scoreError->setVisible(false);
    scoreSide->addWidget(m_scoreError);
    m_gauge = new ScoreGauge(this);
    scoreSide->addWidget(m_gauge);
    m_reasons = new ReasonsPanel(this);
    scoreSide->addWidget(m_reasons, 1);

    auto* suggestions = new QGroupBox(tr("Pistes pour obtenir un accord"), this);
    m_suggestionLayout = new QVBoxLayout(suggestions);
    m_suggestionBox = suggestions;
    scoreSide->addWidget(suggestions);

    auto* saved = new QGroupBox(tr("Scénarios enregistrés"), this);
    auto* savedLayout = new QVBoxLayout(saved);
    auto* saveRow = new QHBoxLayout;
    m_scenarioName = new QLineEdit(saved);
    m_scenarioName->setPlaceholderText(tr("Nom du scénario"));
    m_scenarioName->setAccessibleName(tr("Nom du scénario"));
    auto* save = new QPushButton(tr("Enregistrer"), saved);
    saveRow->addWidget(m_scenarioName, 1);
    saveRow->addWidget(save);
    savedLayout->addLayout(saveRow);
    m_scenarioList = new QListWidget(saved);
    m_scenarioList->setAccessibleName(tr("Scénarios enregistrés de ce client"));
    savedLayout->addWidget(m_scenarioList);
    auto* open = new QPushButton(tr("Ouvrir le scénario"), saved);
    savedLayout->addWidget(open);
    scoreSide->addWidget(saved);
    connect(save, &QPushButton::clicked, this, [this] {
        try {
            saveScenario(m_scenarioName->text().trimmed());
        } catch (const store::StoreError& error) {
            emit storeError(QString::fromUtf8(error.what()));
        }
    });
    const auto openSelected = [this] {
        if (auto* item = m_scenarioList->currentItem())
            openScenario(item->data(Qt::UserRole).toLongLong());
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_scenarioList, &QListWidget::itemActivated, this, openSelected);
    auto* scoreScroll = new VerticalScrollArea(this);
    scoreScroll->setObjectName(QStringLiteral("scenarioScoreScroll"));
    scoreScroll->setAccessibleName(tr("Score du scénario"));
    scoreScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scoreScroll->setWidgetResizable(true);
    scoreScroll->setWidget(scoreWidget);
    layout->addWidget(scoreScroll, 2);
}

void ScenarioEditor::setScoring(ScenarioScoring scoring)
{
    // A new scorer (model loaded or changed) rescores the same scenario; edits and history stay.
    m_scoring = std::move(scoring);
    m_originalFromCaller = false; // a new scorer scores the file it is given itself
    ++m_originalGeneration;
    m_originalScore.reset();
    if (m_scoring.score && !m_original.empty() && !m_newApplication)
        m_originalScore = m_scoring.score(m_original).explanation;
    rescoreNow();
}

void ScenarioEditor::setStore(store::LocalStore* store)
{
    m_store = store;
    refreshScenarioList();
}

void ScenarioEditor::setLanguage(const QString& language)
{
    // The window calls this on every retranslation (each scoring-status change, too): only a
    // new language rescores, or every answer of the scoring API would ask it again.
    if (language == m_language)
        return;
    m_language = language;
    m_gauge->setLanguage(language);
    m_reasons->setLanguage(language);
    rescoreNow();
}

void ScenarioEditor::setOriginal(const nlohmann::json& record)
{
    m_debounce->stop();
    m_undo->clear();
    m_original = record.is_object() ? record : nlohmann::json::object();
    m_edits.clear();
    m_newApplication = false;
    ++m_originalGeneration;
    m_originalScore.reset();
    // Without a local model the original is scored by the first rescore below (the unedited
    // scenario is the original), or by the caller, so the API is asked once per client.
    m_originalFromCaller = !m_scoring.score && m_scoring.scoreLater &&
                           m_scoring.originalScoredByCaller && !m_original.empty();
    if (m_scoring.score && !m_original.empty())
        m_originalScore = m_scoring.score(m_original).explanation;
    m_title->setText(
        tr("Dossier du client %1")
            .arg(QString::fromStdString(m_original.value("SK_ID_CURR", nlohmann::json()).dump())));
    showRecordInForm();
    refreshScenarioList();
    rescoreNow();
}

void ScenarioEditor::startNewApplication()
{
    setOriginal(newApplicationDefaults());
    m_newApplication = true;
    m_originalFromCaller = false;
    ++m_originalGeneration;
    m_originalScore.reset();
    m_title->setText(tr("Nouvelle demande"));
    refreshScenarioList();
    rescoreNow();
}

nlohmann::json ScenarioEditor::scenarioRecord() const
{
    nlohmann::json record = m_original;
    for (const auto& [column, value] : m_edits) {
        if (value.is_null())
            record.erase(column); // cleared: the field is unknown
        else
            record[column] = value;
    }
    return record;
}

std::optional<nlohmann::json> ScenarioEditor::editOf(const std::string& column) const
{
    const auto found = m_edits.find(column);
    if (found == m_edits.end())
        return std::nullopt;
    return found->second;
}

void ScenarioEditor::setEdit(const std::string& column, const std::optional<nlohmann::json>& value)
{
    if (value)
        m_edits[column] = *value;
    else
        m_edits.erase(column);
    showFieldValue(column);
    if (auto message = m_messages.find(column); message != m_messages.end())
        message->second->setVisible(false);
}

void ScenarioEditor::showRecordInForm()
{
    for (const auto& field : editableFields())
        showFieldValue(field.column);
}

void ScenarioEditor::showFieldValue(const std::string& column)
{
    const nlohmann::json record = scenarioRecord();
    const auto* field = findEditableField(column);
    if (!field)
        return;
    const nlohmann::json value = record.value(column, nlohmann::json());
    if (auto box = m_categoryEditors.find(column); box != m_categoryEditors.end()) {
        const int index =
            value.is_string()
                ? box->second->findData(QString::fromStdString(value.get<std::string>()))
                : 0;
        box->second->setCurrentIndex(std::max(0, index));
    } else if (auto line = m_numberEditors.find(column); line != m_numberEditors.end()) {
        if (!value.is_number()) {
            line->second->clear();
            return;
        }
        double number = value.get<double>();
        if (column == "DAYS_EMPLOYED" && number == data::kNoDateSentinel) {
            line->second->clear();
            return;
        }
        const QString text =
            localeForLanguage(m_language).toString(field->fromColumn(number), 'f', field->decimals);
        if (line->second->text() != text && !line->second->hasFocus())
            line->second->setText(text);
        else if (!line->second->hasFocus())
            line->second->setText(text);
    }
}

QString ScenarioEditor::fieldMessage(const std::string& column) const
{
    const auto found = m_messages.find(column);
    return found != m_messages.end() && !found->second->isHidden() ? found->second->text()
                                                                   : QString();
}

void ScenarioEditor::onNumberEdited(const std::string& column)
{
    if (auto line = m_numberEditors.find(column); line != m_numberEditors.end())
        enterValue(column, line->second->text());
}

bool ScenarioEditor::enterValue(const std::string& column, const QString& text)
{
    const auto* field = findEditableField(column);
    QLabel* message = m_messages.count(column) ? m_messages.at(column) : nullptr;
    const auto refuse = [&](const QString& why) {
        if (message) {
            message->setText(QStringLiteral("⚠ ") + why);
            message->setVisible(true);
            if (auto line = m_numberEditors.find(column); line != m_numberEditors.end())
                line->second->setAccessibleDescription(why);
        }
        return false;
    };
    if (!field)
        return false;
    const QLocale locale = localeForLanguage(m_language);
    std::optional<nlohmann::json> value;
    if (field->unit == EditableField::Unit::Category) {
        if (text.isEmpty()) {
            if (field->required)
                return refuse(tr("Champ obligatoire."));
            value = nlohmann::json(nullptr);
        } else {
            const auto* schema = schemaOf(column);
            if (schema && std::find(schema->levels.begin(), schema->levels.end(),
                                    text.toStdString()) == schema->levels.end())
                return refuse(tr("Valeur inconnue : choisissez dans la liste."));
            value = nlohmann::json(text.toStdString());
        }
    } else if (text.trimmed().isEmpty()) {
        if (field->required)
            return refuse(tr("Champ obligatoire."));
        value = nlohmann::json(nullptr);
    } else {
        const auto shown = parseNumber(text, locale);
        if (!shown)
            return refuse(
                tr("Nombre attendu (par exemple %1).").arg(locale.toString(1234.5, 'f', 1)));
        const double stored = field->toColumn(*shown);
        const auto* schema = schemaOf(column);
        const auto kind = schema ? schema->kind : data::ColumnKind::Real;
        if (const auto issue = data::checkApplicationNumber(column, kind, stored)) {
            switch (issue->code) {
            case data::FieldIssue::Code::NotIntegral:
                return refuse(tr("Nombre entier attendu."));
            case data::FieldIssue::Code::OutOfRange:
                if (const auto* rule = data::applicationFieldRule(column)) {
                    double low = field->fromColumn(rule->minimum),
                           high = field->fromColumn(rule->maximum);
                    if (low > high)
                        std::swap(low, high);
                    return refuse(tr("Valeur hors limites : entre %1 et %2.")
                                      .arg(locale.toString(low, 'f', field->decimals),
                                           locale.toString(high, 'f', field->decimals)));
                }
                return refuse(tr("Valeur hors limites."));
            default:
                return refuse(QString::fromStdString(issue->message));
            }
        }
        // Integral columns store whole numbers; keep the JSON type the API expects.
        value = kind == data::ColumnKind::Integer
                    ? nlohmann::json(static_cast<long long>(std::llround(stored)))
                    : nlohmann::json(stored);
    }
    if (message)
        message->setVisible(false);
    const nlohmann::json current = scenarioRecord().value(column, nlohmann::json());
    if (current == *value || (current.is_number() && value->is_number() &&
                              current.get<double>() == value->get<double>()))
        return true;
    m_undo->push(new FieldEditCommand(
        this, column, value,
        tr("Modifier %1").arg(QString::fromStdString(field->label.in(m_language.toStdString()))),
        true));
    return true;
}

void ScenarioEditor::scheduleRescore()
{
    m_debounce->start();
}

void ScenarioEditor::rescoreNow()
{
    m_debounce->stop();
    if (!m_pendingColumn.empty()) {
        flushPendingEdit(); // pushes a command when valid
        m_debounce->stop(); // the push above scheduled another rescore: this one covers it
    }
    const quint64 generation = ++m_scoreGeneration; // an answer still on its way is now stale
    m_scenarioScore.reset();
    m_waitingForScore = false;
    m_scoreError->setVisible(false);
    if (!m_scoring.available()) {
        m_comparison->setText(tr("Aucun modèle disponible pour recalculer le score."));
        refreshSuggestions();
        return;
    }
    // The unedited file is the original: its score is already known, no second scoring.
    const bool unedited = m_edits.empty() && !m_newApplication && !m_original.empty();
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
    m_comparison->setText(tr("Calcul du score par le serveur…"));
    QAccessibleEvent changed(m_comparison, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    refreshSuggestions(); // the previous scenario's suggestions no longer apply
    if (unedited && m_originalFromCaller)
        return; // setOriginalScore brings it
    const quint64 originalGeneration = m_originalGeneration;
    QPointer<ScenarioEditor> self(this);
    m_scoring.scoreLater(
        record, [self, generation, originalGeneration, unedited](const ScenarioScore& score) {
            if (!self)
                return;
            // The unedited file's answer is the original's score even when the advisor has typed
            // since: it is kept for the "before" side.
            if (unedited && originalGeneration == self->m_originalGeneration && score.explanation)
                self->m_originalScore = score.explanation;
            if (generation != self->m_scoreGeneration) {
                self->m_comparison->setText(self->comparisonText());
                return;
            }
            self->m_waitingForScore = false;
            self->showScenarioScore(score);
        });
}

void ScenarioEditor::setOriginalScore(const ScenarioScore& score)
{
    if (!m_originalFromCaller)
        return;
    m_originalFromCaller = false;
    if (score.explanation)
        m_originalScore = score.explanation;
    const bool unedited = m_edits.empty() && !m_newApplication;
    if (unedited && m_waitingForScore) {
        ++m_scoreGeneration;
        m_waitingForScore = false;
        showScenarioScore(score);
        return;
    }
    m_comparison->setText(comparisonText()); // the advisor has edited since: "before" only
}

void ScenarioEditor::showScenarioScore(const ScenarioScore& score)
{
    m_scenarioScore = score.explanation;
    if (!score.explanation) {
        m_scoreError->setText(tr("Le scénario n'a pas pu être évalué : %1").arg(score.error));
        m_scoreError->setVisible(true);
    } else {
        m_gauge->setExplanation(*score.explanation);
        m_reasons->setExplanation(*score.explanation);
        emit scenarioScored(*score.explanation);
    }
    m_comparison->setText(comparisonText());
    refreshSuggestions();
}

QString ScenarioEditor::decisionWords(const explain::Explanation& explanation) const
{
    return explanation.decision == explain::Decision::Grant ? tr("accord") : tr("refus");
}

QString ScenarioEditor::comparisonText() const
{
    const QLocale locale = localeForLanguage(m_language);
    const auto words = [&](const explain::Explanation& explanation) {
        return tr("%1 (%2)").arg(formatPercent(explanation.probability, locale),
                                 decisionWords(explanation));
    };
    if (!m_scenarioScore)
        return m_originalScore ? tr("Avant : %1 — après : non évalué").arg(words(*m_originalScore))
                               : QString();
    if (m_newApplication || !m_originalScore)
        return tr("Probabilité de difficultés : %1").arg(words(*m_scenarioScore));
    return tr("Avant : %1 → après : %2").arg(words(*m_originalScore), words(*m_scenarioScore));
}

void ScenarioEditor::clearSuggestionRows()
{
    while (auto* item = m_suggestionLayout->takeAt(0)) {
        if (QWidget* row = item->widget()) {
            // Later, not now: this may run from a click on one of these rows' buttons.
            row->hide();
            row->deleteLater();
        }
        delete item;
    }
}

void ScenarioEditor::refreshSuggestions()
{
    ++m_searchGeneration; // a search still running is now stale
    m_suggestions = {};
    m_searching = false;
    m_searchQueued = false;
    m_searchDelay->stop();
    if (!m_scoring.suggest || !m_scenarioScore) {
        if (m_scoring.available() && !m_scoring.suggest)
            m_suggestions.statement = {
                "Les pistes pour obtenir un accord demandent un modèle local.",
                "Suggestions to obtain an approval need a local model."};
        showSuggestions();
        return;
    }
    m_searching = true;
    showSuggestions(); // says "searching"
    m_searchDelay->start();
}

void ScenarioEditor::startSuggestionSearch()
{
    m_searchQueued = false;
    m_search->setFuture(QtConcurrent::run(
        suggestionWorker(),
        [suggest = m_scoring.suggest, record = scenarioRecord(), generation = m_searchGeneration] {
            SuggestionSearch search;
            search.generation = generation;
            try {
                search.result = suggest(record);
            } catch (const LocalizedError& error) {
                // No suggestion rather than no editor, and the advisor reads why, in her language.
                search.result = {};
                search.result.statement = {
                    "Les pistes n'ont pas pu être calculées : " + error.text().fr + ".",
                    "Suggestions could not be computed: " + error.text().en + "."};
            } catch (const std::exception& error) {
                search.result = {};
                search.result.statement = {
                    std::string("Les pistes n'ont pas pu être calculées : ") + error.what() + ".",
                    std::string("Suggestions could not be computed: ") + error.what() + "."};
            }
            return search;
        }));
}

void ScenarioEditor::onSuggestionSearchFinished()
{
    const SuggestionSearch search = m_search->result();
    if (m_searchQueued && m_searching) {
        startSuggestionSearch();
        return;
    }
    if (search.generation != m_searchGeneration || !m_searching)
        return; // for a scenario no longer shown
    m_searching = false;
    m_suggestions = search.result;
    showSuggestions();
}

void ScenarioEditor::showSuggestions()
{
    clearSuggestionRows();
    const std::string language = m_language.toStdString();
    const auto addLabel = [this](const QString& text) {
        auto* label = new QLabel(text, m_suggestionBox);
        label->setWordWrap(true);
        label->setAccessibleName(text);
        m_suggestionLayout->addWidget(label);
        return label;
    };
    if (m_searching) {
        const QString searching = tr("Recherche de pistes en cours…");
        addLabel(searching)->setObjectName(QStringLiteral("suggestionSearchState"));
        m_suggestionBox->setAccessibleDescription(searching);
        QAccessibleEvent changed(m_suggestionBox, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
        return;
    }
    m_suggestionBox->setAccessibleDescription(
        m_suggestions.suggestions.empty()
            ? QString::fromStdString(m_suggestions.statement.in(language))
            : tr("Pistes trouvées : %1").arg(suggestionCount()));
    QAccessibleEvent changed(m_suggestionBox, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (m_suggestions.suggestions.empty()) {
        addLabel(QString::fromStdString(m_suggestions.statement.in(language)));
        emit suggestionsShown();
        return;
    }
    for (std::size_t index = 0; index < m_suggestions.suggestions.size(); ++index) {
        auto* row = new QWidget(m_suggestionBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString sentence =
            QString::fromStdString(m_suggestions.suggestions[index].sentence.in(language));
        auto* label = new QLabel(sentence, row);
        label->setWordWrap(true);
        auto* apply = new QPushButton(tr("Appliquer"), row);
        apply->setAccessibleName(tr("Appliquer : %1").arg(sentence));
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(apply);
        const int suggestion = static_cast<int>(index);
        connect(apply, &QPushButton::clicked, this, [this, suggestion] {
            // Deferred: applying rebuilds this list, which owns the clicked button.
            QTimer::singleShot(0, this, [this, suggestion] { applySuggestion(suggestion); });
        });
        m_suggestionLayout->addWidget(row);
    }
    emit suggestionsShown();
}

void ScenarioEditor::applySuggestion(int index)
{
    if (index < 0 || index >= suggestionCount())
        return;
    const auto changes = m_suggestions.suggestions[static_cast<std::size_t>(index)].changes;
    m_undo->beginMacro(tr("Appliquer une piste"));
    for (const auto& change : changes) {
        const auto* schema = schemaOf(change.field);
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

qint64 ScenarioEditor::saveScenario(const QString& name)
{
    if (!m_store)
        return 0;
    rescoreNow();
    const double probability = m_scenarioScore ? m_scenarioScore->probability : std::nan("");
    const QString label =
        name.isEmpty()
            ? tr("Scénario du %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
            : name;
    qint64 id = 0;
    if (m_newApplication) {
        id = m_store->saveApplication(
            {0, label, QString::fromStdString(scenarioRecord().dump()), probability, {}});
    } else {
        nlohmann::json edits = nlohmann::json::object();
        for (const auto& [column, value] : m_edits)
            edits[column] = value;
        store::StoredScenario scenario;
        scenario.name = label;
        scenario.clientId =
            QString::fromStdString(m_original.value("SK_ID_CURR", nlohmann::json()).dump());
        scenario.originalJson = QString::fromStdString(m_original.dump());
        scenario.editsJson = QString::fromStdString(edits.dump());
        scenario.probability = probability;
        id = m_store->saveScenario(scenario);
    }
    refreshScenarioList();
    return id;
}

void ScenarioEditor::openScenario(qint64 id)
{
    if (!m_store)
        return;
    const auto scenario = m_store->scenario(id);
    if (!scenario)
        return;
    const auto original =
        nlohmann::json::parse(scenario->originalJson.toStdString(), nullptr, false);
    const auto edits = nlohmann::json::parse(scenario->editsJson.toStdString(), nullptr, false);
    if (original.is_discarded() || edits.is_discarded() || !edits.is_object()) {
        emit storeError(tr("Le scénario %1 est illisible.").arg(scenario->name));
        return;
    }
    setOriginal(original);
    for (const auto& [column, value] : edits.items())
        m_edits[column] = value;
    showRecordInForm();
    rescoreNow();
}

void ScenarioEditor::refreshScenarioList()
{
    m_scenarioList->clear();
    if (!m_store)
        return;
    const QLocale locale = localeForLanguage(m_language);
    try {
        if (m_newApplication) {
            for (const auto& application : m_store->applications()) {
                auto* item = new QListWidgetItem(
                    tr("%1 — %2").arg(application.name,
                                      formatPercent(application.probability, locale)),
                    m_scenarioList);
                item->setData(Qt::UserRole, application.id);
            }
            return;
        }
        const QString clientId =
            QString::fromStdString(m_original.value("SK_ID_CURR", nlohmann::json()).dump());
        for (const auto& scenario : m_store->scenarios()) {
            if (scenario.clientId != clientId)
                continue;
            auto* item = new QListWidgetItem(tr("%1 — %2 — %3")
                                                 .arg(scenario.name,
                                                      formatPercent(scenario.probability, locale),
                                                      scenario.createdAt),
                                             m_scenarioList);
            item->setData(Qt::UserRole, scenario.id);
        }
    } catch (const store::StoreError& error) {
        emit storeError(QString::fromUtf8(error.what()));
    }
}

QLineEdit* ScenarioEditor::numberEditor(const std::string& column) const
{
    const auto found = m_numberEditors.find(column);
    return found == m_numberEditors.end() ? nullptr : found->second;
}

QComboBox* ScenarioEditor::categoryEditor(const std::string& column) const
{
    const auto found = m_categoryEditors.find(column);
    return found == m_categoryEditors.end() ? nullptr : found->second;
}

void ScenarioEditor::flushPendingEdit()
{
    if (m_pendingColumn.empty())
        return;
    const std::string column = std::exchange(m_pendingColumn, {});
    if (auto line = m_numberEditors.find(column); line != m_numberEditors.end())
        enterValue(column, line->second->text());
}

bool ScenarioEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit claims Ctrl+Z for its own text; the form's history must get it instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace credit::ui
