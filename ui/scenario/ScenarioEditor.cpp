#include "scenario/ScenarioEditor.h"

#include "accessibility/InternalControlNames.h"
#include "common/LocalizedError.h"
#include "data/SchemaRegistry.h"
#include "document/EditableField.h"
#include "document/LocalScenarioRepository.h"
#include "document/SavedScenarioListModel.h"
#include "explain/FeatureLabels.h"
#include "models/DisplayFormat.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace credit::ui {

namespace {

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

// A scroll bar is a control of its own for a screen reader: it says what it scrolls.
void nameScrollBars(QAbstractScrollArea* area, const QString& what)
{
    area->verticalScrollBar()->setAccessibleName(
        ScenarioEditor::tr("Défilement vertical : %1").arg(what));
    area->horizontalScrollBar()->setAccessibleName(
        ScenarioEditor::tr("Défilement horizontal : %1").arg(what));
}

void announce(QObject* object, QAccessible::Event event)
{
    QAccessibleEvent changed(object, event);
    QAccessible::updateAccessibility(&changed);
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent) : QWidget(parent), m_language(interfaceLanguage())
{
    m_document = new ScenarioDocument(this);
    m_document->setLanguage(m_language);

    // Our own actions rather than createUndoAction(): a value still being typed is committed
    // first, so Ctrl+Z never loses it nor undoes the step before it by surprise.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, m_document, &ScenarioDocument::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_redoAction, &QAction::triggered, m_document, &ScenarioDocument::redo);
    addAction(m_undoAction);
    addAction(m_redoAction);
    buildForm();

    connect(m_document, &ScenarioDocument::documentReset, this, &ScenarioEditor::showDocument);
    connect(m_document, &ScenarioDocument::fieldChanged, this, &ScenarioEditor::showFieldValue);
    connect(m_document, &ScenarioDocument::fieldProblemChanged, this,
            &ScenarioEditor::showFieldProblem);
    connect(m_document, &ScenarioDocument::scoreChanged, this, &ScenarioEditor::showScore);
    connect(m_document, &ScenarioDocument::suggestionsChanged, this, [this] {
        showSuggestions();
        if (!m_document->isSearchingSuggestions())
            emit suggestionsShown();
    });
    connect(m_document, &ScenarioDocument::repositoryError, this,
            [this](const LocalizedText& message) {
                emit storeError(QString::fromStdString(message.in(m_language.toStdString())));
            });
    retranslateUi();
    showDocument();
}

ScenarioEditor::~ScenarioEditor()
{
    // Our children die after this body, in ~QWidget, which first closes the window: a field that
    // still has the focus then emits editingFinished into a half-destroyed editor (it crashed
    // when the window closed with the cursor in a field).
    for (const auto& [column, widgets] : m_fields) {
        if (widgets.line)
            widgets.line->disconnect(this);
        if (widgets.box)
            widgets.box->disconnect(this);
    }
    m_document->disconnect(this);
}

void ScenarioEditor::buildForm()
{
    auto* layout = new QHBoxLayout(this);
    auto* formSide = new QVBoxLayout;
    m_title = new QLabel(this);
    formSide->addWidget(m_title);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    formSide->addWidget(m_note);
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    // At large text sizes the label column leaves the fields too little room: a label then goes
    // above its field rather than the field being cut off.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const auto& field : editableFields()) {
        FieldWidgets widgets;
        auto* column = new QWidget(formWidget);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        widgets.message = new QLabel(column);
        widgets.message->setWordWrap(true);
        widgets.message->setVisible(false);
        const std::string key = field.column;
        QWidget* editor = nullptr;
        if (field.unit == EditableField::Unit::Category) {
            widgets.box = new QComboBox(column);
            fillLevels(key, widgets.box);
            connect(widgets.box, &QComboBox::activated, this, [this, key, box = widgets.box] {
                m_document->enterValue(key, box->currentData().toString(), false);
            });
            editor = widgets.box;
        } else {
            widgets.line = new QLineEdit(column);
            connect(widgets.line, &QLineEdit::textEdited, this,
                    [this, key](const QString& text) { m_document->typeText(key, text); });
            connect(widgets.line, &QLineEdit::editingFinished, this,
                    [this, key, line = widgets.line] {
                        m_document->typeText(key, line->text());
                        m_document->commitTypedText();
                    });
            widgets.line->installEventFilter(this);
            editor = widgets.line;
        }
        columnLayout->addWidget(editor);
        columnLayout->addWidget(widgets.message);
        widgets.label = new QLabel(formWidget);
        widgets.label->setBuddy(editor);
        form->addRow(widgets.label, column);
        m_fields[key] = widgets;
    }
    m_fieldsScroll = new QScrollArea(this);
    m_fieldsScroll->setObjectName(QStringLiteral("scenarioFieldsScroll"));
    m_fieldsScroll->setWidgetResizable(true);
    m_fieldsScroll->setWidget(formWidget);
    formSide->addWidget(m_fieldsScroll, 1);

    auto* undoRow = new QHBoxLayout;
    m_undoButton = new QPushButton(this);
    m_redoButton = new QPushButton(this);
    connect(m_undoButton, &QPushButton::clicked, m_document, &ScenarioDocument::undo);
    connect(m_redoButton, &QPushButton::clicked, m_document, &ScenarioDocument::redo);
    QUndoStack* undo = m_document->undoStack();
    connect(undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    undoRow->addWidget(m_undoButton);
    undoRow->addWidget(m_redoButton);
    formSide->addLayout(undoRow);
    layout->addLayout(formSide, 3);

    // The score side scrolls vertically when the window is too short for all of it.
    auto* scoreWidget = new QWidget(this);
    auto* scoreSide = new QVBoxLayout(scoreWidget);
    scoreSide->setContentsMargins(0, 0, 0, 0);
    m_comparison = new QLabel(this);
    m_comparison->setWordWrap(true);
    QFont bold = m_comparison->font();
    bold.setBold(true);
    m_comparison->setFont(bold);
    scoreSide->addWidget(m_comparison);
    m_scoreError = new QLabel(this);
    m_scoreError->setWordWrap(true);
    m_scoreError->setVisible(false);
    scoreSide->addWidget(m_scoreError);
    m_gauge = new ScoreGauge(this);
    m_gauge->setLanguage(m_language);
    scoreSide->addWidget(m_gauge);
    m_reasons = new ReasonsPanel(this);
    m_reasons->setLanguage(m_language);
    scoreSide->addWidget(m_reasons, 1);

    m_suggestionBox = new QGroupBox(this);
    m_suggestionLayout = new QVBoxLayout(m_suggestionBox);
    scoreSide->addWidget(m_suggestionBox);

    m_savedBox = new QGroupBox(this);
    auto* savedLayout = new QVBoxLayout(m_savedBox);
    auto* saveRow = new QHBoxLayout;
    m_scenarioName = new QLineEdit(m_savedBox);
    m_saveButton = new QPushButton(m_savedBox);
    saveRow->addWidget(m_scenarioName, 1);
    saveRow->addWidget(m_saveButton);
    savedLayout->addLayout(saveRow);
    m_savedList = new QListView(m_savedBox);
    m_savedList->setModel(m_document->savedList());
    m_savedList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    savedLayout->addWidget(m_savedList);
    m_openButton = new QPushButton(m_savedBox);
    savedLayout->addWidget(m_openButton);
    scoreSide->addWidget(m_savedBox);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        try {
            m_document->save(m_scenarioName->text().trimmed());
        } catch (const LocalizedError& error) {
            emit storeError(QString::fromStdString(error.text().in(m_language.toStdString())));
        }
    });
    connect(m_openButton, &QPushButton::clicked, this, &ScenarioEditor::openSelectedEntry);
    connect(m_savedList, &QAbstractItemView::activated, this, &ScenarioEditor::openSelectedEntry);

    m_scoreScroll = new VerticalScrollArea(this);
    m_scoreScroll->setObjectName(QStringLiteral("scenarioScoreScroll"));
    m_scoreScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scoreScroll->setWidgetResizable(true);
    m_scoreScroll->setWidget(scoreWidget);
    layout->addWidget(m_scoreScroll, 2);
}

void ScenarioEditor::fillLevels(const std::string& column, QComboBox* box)
{
    // The data's levels stay the items' data (what the document stores); the advisor reads them
    // in her language, with the same words as the facts panel.
    const auto* field = findEditableField(column);
    const std::string language = m_language.toStdString();
    if (box->count() == 0) {
        box->addItem(QString(), QString());
        if (const auto* schema =
                data::SchemaRegistry::builtIn().find(data::TableId::ApplicationTrain, column))
            for (const auto& level : schema->levels)
                box->addItem(QString(), QString::fromStdString(level));
    }
    box->setItemText(0, field && field->required ? tr("(choisir)") : tr("(non renseigné)"));
    for (int index = 1; index < box->count(); ++index)
        box->setItemText(
            index, QString::fromStdString(explain::categoryLevelLabel(
                                              column, box->itemData(index).toString().toStdString())
                                              .in(language)));
}

void ScenarioEditor::setStore(store::LocalStore* store)
{
    // The document stops using the old repository before it goes.
    m_document->setRepository(nullptr);
    m_storeRepository = store ? std::make_unique<LocalScenarioRepository>(*store) : nullptr;
    m_document->setRepository(m_storeRepository.get());
}

void ScenarioEditor::setRepository(ScenarioRepository* repository)
{
    m_document->setRepository(repository);
    m_storeRepository.reset();
}

void ScenarioEditor::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_document->setLanguage(language);
    m_gauge->setLanguage(language);
    m_reasons->setLanguage(language);
    retranslateUi();
    for (const auto& field : editableFields())
        showFieldValue(field.column); // "0,505" in French, "0.505" in English
}

void ScenarioEditor::changeEvent(QEvent* event)
{
    // The catalogue just changed: our own texts follow it, and so do the data-driven ones.
    if (event->type() == QEvent::LanguageChange) {
        const QString language = interfaceLanguage();
        if (language != m_language)
            setLanguage(language);
        else
            retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ScenarioEditor::retranslateUi()
{
    const std::string language = m_language.toStdString();
    setAccessibleName(tr("Modifier le dossier"));
    m_undoAction->setText(tr("Annuler"));
    m_redoAction->setText(tr("Rétablir"));
    m_note->setText(tr("Les champs marqués * sont obligatoires. Les modifications forment un "
                       "scénario : le dossier d'origine n'est jamais modifié."));
    for (auto& [column, widgets] : m_fields) {
        const auto* field = findEditableField(column);
        const QString name = QString::fromStdString(field->label.in(language));
        widgets.label->setText(name + (field->required ? QStringLiteral(" *") : QString()));
        QWidget* editor = widgets.line ? static_cast<QWidget*>(widgets.line) : widgets.box;
        editor->setAccessibleName(name);
        if (widgets.box) {
            fillLevels(column, widgets.box);
            nameScrollBars(widgets.box->view(), name);
        }
        showFieldProblem(column); // sets the description (required, or the problem)
    }
    m_fieldsScroll->setAccessibleName(tr("Champs du dossier"));
    m_undoButton->setText(tr("Annuler (Ctrl+Z)"));
    m_redoButton->setText(tr("Rétablir (Ctrl+Maj+Z)"));
    m_comparison->setAccessibleName(tr("Score avant et après"));
    m_suggestionBox->setTitle(tr("Pistes pour obtenir un accord"));
    m_savedBox->setTitle(tr("Scénarios enregistrés"));
    m_scenarioName->setPlaceholderText(tr("Nom du scénario"));
    m_scenarioName->setAccessibleName(tr("Nom du scénario"));
    m_saveButton->setText(tr("Enregistrer"));
    m_savedList->setAccessibleName(tr("Scénarios enregistrés de ce dossier"));
    m_openButton->setText(tr("Ouvrir le scénario"));
    m_scoreScroll->setAccessibleName(tr("Score du scénario"));
    nameScrollBars(m_fieldsScroll, m_fieldsScroll->accessibleName());
    nameScrollBars(m_scoreScroll, m_scoreScroll->accessibleName());
    nameScrollBars(m_savedList, m_savedList->accessibleName());
    // The combo boxes' popup lists take their box's name (also when the editor stands alone).
    nameInternalControls(this);
    showTitle();
    showScore();
    showSuggestions();
}

void ScenarioEditor::showTitle()
{
    const auto& origin = m_document->origin();
    if (origin.kind == ScenarioKind::NewApplication)
        m_title->setText(origin.saved ? tr("Demande enregistrée : %1").arg(origin.savedName)
                                      : tr("Nouvelle demande"));
    else
        m_title->setText(tr("Dossier du client %1").arg(origin.clientId));
}

void ScenarioEditor::showDocument()
{
    for (const auto& field : editableFields()) {
        showFieldValue(field.column);
        showFieldProblem(field.column);
    }
    // Only what depends on the document: a full retranslation here refilled every list of
    // levels and renamed every control on each selection (docs/performance.md, issue 24).
    showTitle();
    showScore();
    showSuggestions();
}

void ScenarioEditor::showFieldValue(const std::string& column)
{
    const auto found = m_fields.find(column);
    const auto* field = findEditableField(column);
    if (found == m_fields.end() || !field)
        return;
    const nlohmann::json value = m_document->value(column);
    if (QComboBox* box = found->second.box) {
        const int index =
            value.is_string() ? box->findData(QString::fromStdString(value.get<std::string>())) : 0;
        box->setCurrentIndex(std::max(0, index));
        return;
    }
    QLineEdit* line = found->second.line;
    if (line->hasFocus())
        return; // never rewrite what the advisor is typing
    if (!value.is_number() ||
        (column == "DAYS_EMPLOYED" && value.get<double>() == data::kNoDateSentinel)) {
        line->clear();
        return;
    }
    line->setText(localeForLanguage(m_language)
                      .toString(field->fromColumn(value.get<double>()), 'f', field->decimals));
}

void ScenarioEditor::showFieldProblem(const std::string& column)
{
    const auto found = m_fields.find(column);
    const auto* field = findEditableField(column);
    if (found == m_fields.end() || !field)
        return;
    const auto problem = m_document->fieldProblem(column);
    QLabel* message = found->second.message;
    QWidget* editor =
        found->second.line ? static_cast<QWidget*>(found->second.line) : found->second.box;
    if (problem) {
        const QString why = QString::fromStdString(problem->in(m_language.toStdString()));
        message->setText(QStringLiteral("⚠ ") + why);
        editor->setAccessibleDescription(why);
    } else {
        editor->setAccessibleDescription(field->required ? tr("Obligatoire") : QString());
    }
    message->setVisible(problem.has_value());
}

QString ScenarioEditor::fieldMessage(const std::string& column) const
{
    openWaitingClient();
    const auto found = m_fields.find(column);
    return found != m_fields.end() && !found->second.message->isHidden()
               ? found->second.message->text()
               : QString();
}

QString ScenarioEditor::decisionWords(const explain::Explanation& explanation) const
{
    return explanation.decision == explain::Decision::Grant ? tr("accord") : tr("refus");
}

QString ScenarioEditor::comparisonText() const
{
    openWaitingClient();
    if (!m_document->scoring().available())
        return tr("Aucun modèle disponible pour recalculer le score.");
    const auto before = m_document->originalScore();
    const auto after = m_document->scenarioScore();
    if (m_document->isWaitingForScore() && !before)
        return tr("Calcul du score par le serveur…");
    const QLocale locale = localeForLanguage(m_language);
    const auto words = [&](const explain::Explanation& explanation) {
        return tr("%1 (%2)").arg(formatPercent(explanation.probability, locale),
                                 decisionWords(explanation));
    };
    if (!after)
        return before ? tr("Avant : %1 — après : non évalué").arg(words(*before)) : QString();
    if (m_document->isNewApplication() || !before)
        return tr("Probabilité de difficultés : %1").arg(words(*after));
    return tr("Avant : %1 → après : %2").arg(words(*before), words(*after));
}

void ScenarioEditor::showScore()
{
    const QString comparison = comparisonText();
    if (m_comparison->text() != comparison) {
        m_comparison->setText(comparison);
        announce(m_comparison, QAccessible::NameChanged);
    }
    const auto error = m_document->scoreError();
    if (error)
        m_scoreError->setText(
            tr("Le scénario n'a pas pu être évalué : %1")
                .arg(QString::fromStdString(error->in(m_language.toStdString()))));
    m_scoreError->setVisible(error.has_value());
    const auto score = m_document->scenarioScore();
    if (score && !m_document->isWaitingForScore()) {
        m_gauge->setExplanation(*score);
        m_reasons->setExplanation(*score);
    }
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

void ScenarioEditor::showSuggestions()
{
    clearSuggestionRows();
    const std::string language = m_language.toStdString();
    const auto& result = m_document->suggestions();
    const auto addLabel = [this](const QString& text) {
        auto* label = new QLabel(text, m_suggestionBox);
        label->setWordWrap(true);
        label->setAccessibleName(text);
        m_suggestionLayout->addWidget(label);
        return label;
    };
    if (m_document->isSearchingSuggestions()) {
        const QString searching = tr("Recherche de pistes en cours…");
        addLabel(searching)->setObjectName(QStringLiteral("suggestionSearchState"));
        m_suggestionBox->setAccessibleDescription(searching);
        announce(m_suggestionBox, QAccessible::DescriptionChanged);
        return;
    }
    const QString statement = QString::fromStdString(result.statement.in(language));
    m_suggestionBox->setAccessibleDescription(
        result.suggestions.empty() ? statement
                                   : tr("Pistes trouvées : %1").arg(result.suggestions.size()));
    announce(m_suggestionBox, QAccessible::DescriptionChanged);
    if (result.suggestions.empty())
        addLabel(statement);
    for (std::size_t index = 0; index < result.suggestions.size(); ++index) {
        auto* row = new QWidget(m_suggestionBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString sentence =
            QString::fromStdString(result.suggestions[index].sentence.in(language));
        auto* label = new QLabel(sentence, row);
        label->setWordWrap(true);
        label->setAccessibleName(sentence);
        auto* apply = new QPushButton(tr("Appliquer"), row);
        apply->setAccessibleName(tr("Appliquer : %1").arg(sentence));
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(apply);
        const int suggestion = static_cast<int>(index);
        connect(apply, &QPushButton::clicked, this, [this, suggestion] {
            // Deferred: applying rebuilds this list, which owns the clicked button.
            QTimer::singleShot(0, m_document,
                               [this, suggestion] { m_document->applySuggestion(suggestion); });
        });
        m_suggestionLayout->addWidget(row);
    }
}

QWidget* ScenarioEditor::suggestionBox() const
{
    openWaitingClient();
    return m_suggestionBox;
}

void ScenarioEditor::setOpensWhenShown(bool waits)
{
    m_opensWhenShown = waits;
    if (!waits)
        openWaitingClient();
}

void ScenarioEditor::setOriginal(const nlohmann::json& record)
{
    if (m_opensWhenShown && !isVisible()) {
        setOriginal([record] { return record; });
        return;
    }
    m_waitingOriginal = nullptr;
    m_waitingScore.reset();
    m_document->openClient(record);
}

void ScenarioEditor::setOriginal(std::function<nlohmann::json()> makeRecord)
{
    m_waitingOriginal = std::move(makeRecord);
    m_waitingScore.reset();
    if (!m_opensWhenShown || isVisible())
        openWaitingClient();
}

void ScenarioEditor::setOriginalScore(const ScenarioScore& score)
{
    if (m_waitingOriginal) {
        m_waitingScore = score;
        return;
    }
    m_document->setOriginalScore(score);
}

void ScenarioEditor::startNewApplication()
{
    // A new application replaces whatever client file was waiting to be opened.
    m_waitingOriginal = nullptr;
    m_waitingScore.reset();
    m_document->startNewApplication();
}

void ScenarioEditor::openWaitingClient() const
{
    if (!m_waitingOriginal)
        return;
    // Moved out first: opening emits signals whose handlers may call back into the editor.
    const std::function<nlohmann::json()> makeOriginal = std::move(m_waitingOriginal);
    const std::optional<ScenarioScore> score = std::move(m_waitingScore);
    m_waitingOriginal = nullptr;
    m_waitingScore.reset();
    m_document->openClient(makeOriginal());
    if (score)
        m_document->setOriginalScore(*score);
}

void ScenarioEditor::showEvent(QShowEvent* event)
{
    openWaitingClient();
    QWidget::showEvent(event);
}

qint64 ScenarioEditor::saveScenario(const QString& name)
{
    const auto key = document()->save(name);
    return key ? key->id : 0;
}

void ScenarioEditor::openSelectedEntry()
{
    const QModelIndex current = m_savedList->currentIndex();
    if (current.isValid())
        m_document->openSaved(m_document->savedList()->keyAt(current.row()));
}

QLineEdit* ScenarioEditor::numberEditor(const std::string& column) const
{
    openWaitingClient();
    const auto found = m_fields.find(column);
    return found == m_fields.end() ? nullptr : found->second.line;
}

QComboBox* ScenarioEditor::categoryEditor(const std::string& column) const
{
    openWaitingClient();
    const auto found = m_fields.find(column);
    return found == m_fields.end() ? nullptr : found->second.box;
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
